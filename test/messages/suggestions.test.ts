// "Did you mean": the nearest allowed field by edit distance with swaps as one edit, a missing
// required field first and folded into one diagnostic; refs suggested from names and short
// names (contract §4).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closest, editDistance } from '../../src/check/closest.js'
import { checkWorkspace } from '../../src/check/run-checks.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { FIXTURES, scratchCopy } from '../helpers/run-cli.js'

let cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})

function checkEdited(file: string, edit: (text: string) => string, lang: 'en' | 'zh' = 'en') {
  const copy = scratchCopy(join(FIXTURES, 'minimal'))
  cleanups.push(copy.cleanup)
  const path = join(copy.dir, file)
  writeFileSync(path, edit(readFileSync(path, 'utf8')))
  return checkWorkspace(loadWorkspace(copy.dir), { lang, asOf: '2024-01-01' }).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)
}

describe('editDistance', () => {
  it.each([
    ['stauts', 'status', 1],
    ['stauts', 'start', 2],
    ['ab', 'ba', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
  ])('%s → %s: %i', (a, b, d) => expect(editDistance(a, b)).toBe(d))

  it('picks the swap over a nearer-looking field', () => expect(closest('stauts', ['start', 'status'])).toBe('status'))
})

describe('a misspelt required field', () => {
  const CHAIN = 'chains/textile-garment.yaml'
  it('stauts: done → one diagnostic naming status, not start, and no separate "missing"', () => {
    const edit = (t: string) => t.replace('    status: done\n', '    stauts: done\n')
    expect(checkEdited(CHAIN, edit)).toEqual(['26:5 schema unknown field "stauts": did you mean "status", a required field that is missing here?'])
    expect(checkEdited(CHAIN, edit, 'zh')).toEqual(['26:5 schema 未知字段“stauts”：是否应为此处缺少的必填字段“status”？'])
  })
  it('an unknown field with no missing field near it keeps the plain hint', () => {
    expect(checkEdited(CHAIN, (t) => t.replace('    due: 2023-12-31\n', '    due: 2023-12-31\n    wieght: 2\n'))).toEqual([
      '26:5 schema unknown field "wieght" (did you mean "weight"?)',
    ])
  })
})

describe('refs suggested from names', () => {
  const CHAIN = 'chains/textile-garment.yaml'
  it('owner: 魏桥集团 (not an id; holds the short name 魏桥) → weiqiao', () => {
    const edit = (t: string) => t.replace('    owner: jifa\n', '    owner: 魏桥集团\n')
    expect(checkEdited(CHAIN, edit)).toEqual([
      '10:12 schema "owner" "魏桥集团" is not a valid id: lowercase ASCII letters, digits and -, at most 64 characters (did you mean "weiqiao"?)',
    ])
    expect(checkEdited(CHAIN, edit, 'zh')).toEqual(['10:12 schema “owner”“魏桥集团”不是合法标识：只能使用小写英文字母、数字和 -，最多 64 个字符（是否应为“weiqiao”？）'])
  })
  it('a full name in the other language, and a near miss of a name', () => {
    expect(checkEdited(CHAIN, (t) => t.replace('    owner: jifa\n', '    owner: 即发集团\n'))[0]).toMatch(/\(did you mean "jifa"\?\)$/)
    expect(checkEdited(CHAIN, (t) => t.replace('    owner: jifa\n', '    owner: Jifa Grop\n'))[0]).toMatch(/\(did you mean "jifa"\?\)$/)
  })
  it('a ref near no id and no name gets no hint', () => {
    expect(checkEdited(CHAIN, (t) => t.replace('    owner: jifa\n', '    owner: dishang\n'))).toEqual([
      '10:12 unknown-ref owner refers to "dishang", which is not a known organization or person',
    ])
  })
})
