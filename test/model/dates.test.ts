// isIsoDate reads its YYYY-MM-DD by character codes since issue #15; it must accept exactly
// what the regular expression and a real Date accept (contract §2: a real calendar date of
// the years 1900 to 9999).
import { describe, expect, it } from 'vitest'
import { isIsoDate, MIN_YEAR } from '../../src/model/dates.js'
import { dateLikeTexts } from '../helpers/date-like-texts.js'

/** The rule stated plainly: the pattern, then a Date of those fields that keeps them. */
function reference(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < MIN_YEAR) return false
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

const pad = (n: number, w: number) => String(n).padStart(w, '0')

describe('isIsoDate', () => {
  it('agrees with the pattern and Date on every day, and the days around, of years near the edges', () => {
    const years = [0, 1, 99, 100, 1600, 1800, 1899, 1900, 1904, 2000, 2023, 2024, 2100, 2400, 9998, 9999]
    for (const y of years) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`
          expect(isIsoDate(text), text).toBe(reference(text))
        }
      }
    }
  })

  it('refuses what is not YYYY-MM-DD, as the pattern does', () => {
    const odd = [
      '', '2024-1-01', '2024-01-1', '24-01-01', '2024/01/01', '2024-01-01 ', ' 2024-01-01', '2024-01-01\n',
      '2024-01-0a', '202a-01-01', '2024-0a-01', '２０２４-01-01', '٢٠٢٤-01-01', '2024-01-01T00:00', '2024--1-01',
      '2024-+1-01', '2024-01-+1', '+024-01-01', '2024-01-1.', '2024-01-1 ', '20240101', '2024-01_01', '2024_01-01',
    ]
    for (const text of odd) expect(isIsoDate(text), JSON.stringify(text)).toBe(reference(text))
    for (const value of [undefined, null, 20240101, new Date(), ['2024-01-01'], { date: '2024-01-01' }]) {
      expect(isIsoDate(value)).toBe(false)
    }
  })

  it('agrees on many ten-character texts of digits, dashes and a few other characters', () => {
    for (const text of dateLikeTexts(50000)) expect(isIsoDate(text), text).toBe(reference(text))
  })
})
