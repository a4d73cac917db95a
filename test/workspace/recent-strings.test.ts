// The parser's string sharing (src/workspace/recent-strings.ts, issue #15): whatever the table
// holds, a value is given back equal to itself. (Which object it is cannot be seen from
// JavaScript; the sharing shows in the heap only.)
import { describe, expect, it } from 'vitest'
import { RecentStrings, SHARED_STRING_LENGTH } from '../../src/workspace/recent-strings.js'

/** An equal string that is a different object (built at run time, not a literal). */
const fresh = (s: string) => [...s].join('')

describe('RecentStrings', () => {
  it('gives back an equal string for every value, shared or not', () => {
    const strings = new RecentStrings()
    const values = ['', 'a', '2024-06-30', '纺织服装', 'x'.repeat(SHARED_STRING_LENGTH), 'y'.repeat(SHARED_STRING_LENGTH + 1)]
    for (let i = 0; i < 20_000; i++) values.push(`t-${i % 3000}`, `2024-${(i % 12) + 1}-${(i % 28) + 1}`)
    for (const v of values) expect(strings.share(fresh(v))).toBe(v)
  })
})
