// The generated validators call src/check/fast-formats.ts instead of ajv-formats' `date`
// (issue #15): the same answer for every value, held here to ajv-formats' own function.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { fastDate } from '../../src/check/fast-formats.js'
import { dateLikeTexts } from '../helpers/date-like-texts.js'

const { fullFormats } = createRequire(import.meta.url)('ajv-formats/dist/formats.js') as {
  fullFormats: { date: { validate: (value: unknown) => boolean } }
}
const ajvDate = fullFormats.date.validate
const date = fastDate(ajvDate)
const pad = (n: number, w: number) => String(n).padStart(w, '0')

describe('fastDate', () => {
  it("agrees with ajv-formats' date on every day, and the days around, of years near the edges", () => {
    for (const y of [0, 1, 4, 99, 100, 400, 1600, 1700, 1899, 1900, 1904, 2000, 2023, 2024, 2100, 2400, 9996, 9999]) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`
          expect(date(text), text).toBe(ajvDate(text))
        }
      }
    }
  })

  it('agrees on texts that are not YYYY-MM-DD and on values that are no text', () => {
    const odd = ['', '2024-1-01', '24-01-01', '2024/01/01', '2024-01-01 ', ' 2024-01-01', '2024-01-01\n', '2024-01-0a',
      '２０２４-01-01', '٢٠٢٤-01-01', '2024-01-01T00:00', '2024--1-01', '2024-+1-01', '+024-01-01', '20240101', '2024_01-01']
    for (const text of odd) expect(date(text), JSON.stringify(text)).toBe(ajvDate(text))
    for (const value of [undefined, null, 20240101, ['2024-01-01'], ['2024-02-30'], { toString: () => '2024-01-01' }]) {
      expect(date(value)).toBe(ajvDate(value))
    }
  })

  it('agrees on many ten-character texts of digits, dashes and a few other characters', () => {
    for (const text of dateLikeTexts(50000)) expect(date(text), text).toBe(ajvDate(text))
  })
})
