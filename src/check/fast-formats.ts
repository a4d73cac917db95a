// Faster equals of two ajv runtime helpers the generated validators call for every value
// (issue #15), put in by scripts/build-validators.mjs; test/perf/fast-formats.test.ts holds
// them to ajv's own answers.

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** The digit at `i` of `s` as a number, or NaN when it is not one of 0–9 (what \d matches). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : NaN
}

/**
 * ajv-formats' `date` (full mode: /^(\d\d\d\d)-(\d\d)-(\d\d)$/, then a real month and day of
 * that year) by character codes, without the match array and its strings. Anything but a
 * string goes to ajv-formats' own function, which converts it the way a RegExp does.
 */
export function fastDate(fallback: (value: unknown) => boolean): (value: unknown) => boolean {
  return (s) => {
    if (typeof s !== 'string') return fallback(s)
    if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false
    const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3)
    const month = digit(s, 5) * 10 + digit(s, 6)
    const day = digit(s, 8) * 10 + digit(s, 9)
    if (!(year === year && month === month && day === day)) return false // a character that is no digit
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
    return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!)
  }
}
