// The generated validators call src/check/fast-formats.ts instead of ajv-formats' `date`
// (issue #15): the same answer for every value, held here to ajv-formats' own function.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { fastDate } from '../../src/check/fast-formats.js'

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
    const alphabet = '0123456789--0129 x٣'
    let seed = 15
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
    for (let n = 0; n < 50000; n++) {
      let text = ''
      for (let k = 0; k < 10; k++) text += alphabet[next() % alphabet.length]
      if (n % 2 === 0) text = `${text.slice(0, 4)}-${text.slice(5, 7)}-${text.slice(8)}`
      expect(date(text), text).toBe(ajvDate(text))
    }
  })
})
