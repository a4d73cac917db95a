// A YAML syntax error is one diagnostic where the problem starts, worded in our own words in
// both languages, with the findings that only follow from it left out (contract §4, §7).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkWorkspace } from '../../src/check/run-checks.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { unclosedQuote } from '../../src/workspace/yaml-errors.js'
import { FIXTURES, scratchCopy } from '../helpers/run-cli.js'

const CHAIN = 'chains/textile-garment.yaml'
let cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})

/** The minimal workspace with the chain file edited; its diagnostics in a language. */
function checkEdited(edit: (text: string) => string, lang: 'en' | 'zh' = 'en') {
  const copy = scratchCopy(join(FIXTURES, 'minimal'))
  cleanups.push(copy.cleanup)
  const file = join(copy.dir, CHAIN)
  writeFileSync(file, edit(readFileSync(file, 'utf8')))
  return checkWorkspace(loadWorkspace(copy.dir), { lang, asOf: '2024-01-01' }).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)
}

describe('one diagnostic where the problem starts', () => {
  it('a tab before owner: the tab, nothing else (no missing or unknown fields, no broken refs in the meeting)', () => {
    const edit = (t: string) => t.replace('    owner: jifa\n', '\towner: jifa\n')
    expect(checkEdited(edit)).toEqual([`${CHAIN}:10:1 yaml-syntax a tab is used for indentation; YAML indents with spaces`])
    expect(checkEdited(edit, 'zh')).toEqual([`${CHAIN}:10:1 yaml-syntax 使用了制表符缩进；YAML 只能用空格缩进`])
  })

  it('an unterminated quote: where it opens', () => {
    const edit = (t: string) => t.replace('    title: 产业链协作平台\n', '    title: "产业链协作平台\n') // one quote, never closed
    const found = checkEdited(edit)
    expect(found).toEqual([`${CHAIN}:22:12 yaml-syntax the quote " opened here is never closed`])
    expect(checkEdited(edit, 'zh')).toEqual([`${CHAIN}:22:12 yaml-syntax 此处开始的引号 " 没有闭合`])
  })

  it('an unquoted ": " inside a Chinese title: say it needs quotes, at the text', () => {
    const edit = (t: string) => t.replace('    title: 产业链协作平台\n', '    title: 产业链协作平台 // 2023: 一期\n')
    expect(checkEdited(edit)).toEqual([`${CHAIN}:22:12 yaml-syntax the text of "title" holds ": ", which YAML reads as a new key: put the text in quotes`])
    expect(checkEdited(edit, 'zh')).toEqual([`${CHAIN}:22:12 yaml-syntax “title”的文字中含有“: ”，YAML 会把它当作新的键：请给这段文字加上引号`])
  })

  it('a sequence used as a key, a missing colon: worded without the parser’s English', () => {
    const seqKey = checkEdited((t) => t.replace('tasks:\n', 'tasks:\n- x\n  y\n'), 'zh')
    expect(seqKey).toHaveLength(1)
    for (const d of seqKey) expect(d).not.toMatch(/[A-Z][a-z]+ [a-z]+/)
    const colon = checkEdited((t) => t.replace('    category: platform\n', '    category platform\n    more\n'), 'zh')
    expect(colon).toHaveLength(1)
    expect(colon[0]).toMatch(/yaml-syntax [^A-Za-z]*[\u4e00-\u9fff]/)
  })

  it('duplicate keys stand each on their own, up to the first other error', () => {
    const found = checkEdited((t) => t.replace('    category: platform\n', '    category: platform\n    category: other\n'))
    expect(found).toEqual([`${CHAIN}:24:5 yaml-syntax duplicate key: a key may appear only once in a mapping`])
  })
})

describe('unclosedQuote', () => {
  it.each([
    ['a: "x\nb: 1\n', '"', 3],
    ['a: "x\\"y"\nb: "z\n', '"', 13],
    ["a: 'it''s'\nb: 'no\n", "'", 14],
    ['# "not\na: "x" # "not either\nb: [1, "open\n', '"', 35],
    ['a: x"y\n', '"', undefined],
  ])('%j', (text, quote, at) => expect(unclosedQuote(text, quote as '"' | "'")).toBe(at))
})
