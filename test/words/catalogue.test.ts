// The catalogue of the tool's own words (contract §8): both languages hold the same keys with
// the same placeholders; commander's own texts are said again in the tool's language; every
// key that code below cli/ names exists.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { en } from '../../src/cli/words/en.js'
import { zh } from '../../src/cli/words/zh.js'
import { fill, isWordKey, say, sayIn, setToolLang } from '../../src/cli/words.js'
import { translateCommanderError } from '../../src/cli/commander-words.js'
import { ROOT } from '../helpers/run-cli.js'

const placeholders = (t: string) => [...t.matchAll(/\{([a-z][a-z0-9-]*)\}/gi)].map((m) => m[1]).sort()

describe('the catalogue', () => {
  afterEach(() => setToolLang('en'))

  it('has the same keys in English and Chinese, each with the same placeholders and some words', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]))
      expect(en[key].trim().length, key).toBeGreaterThan(0)
      expect(zh[key].trim().length, key).toBeGreaterThan(0)
    }
  })

  it('Chinese words are Chinese: every zh entry that is prose holds a Chinese character', () => {
    const codeOnly = new Set(['help.notes-separator', 'help.usage.options', 'help.usage.command', 'help.notes', 'view-id.flag', 'view-id.list'])
    for (const [key, text] of Object.entries(zh)) {
      if (codeOnly.has(key)) continue
      expect(/[\u4e00-\u9fff]/.test(text), `${key}: ${text}`).toBe(true)
    }
  })

  it('fills placeholders, and says a key in the language of the run', () => {
    expect(fill('a {x} b {y} {z}', { x: 1, y: 'two' })).toBe('a 1 b two {z}')
    expect(sayIn('zh', 'wrote', { file: 'a.md' })).toBe('已写入 a.md')
    setToolLang('zh')
    expect(say('id.no-chain', { id: 'pharmaceutical', hint: '' })).toBe('--chain：没有产业链“pharmaceutical”')
    setToolLang('en')
    expect(say('id.no-chain', { id: 'x', hint: '' })).toBe('--chain: no chain "x"')
  })

  it('every words key named by code below cli/ is in the catalogue', () => {
    const keys: string[] = []
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name)
        if (e.isDirectory()) walk(path)
        else if (e.name.endsWith('.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/\{ key: '([^']+)'/g)) keys.push(m[1]!)
      }
    }
    walk(join(ROOT, 'src'))
    expect(keys.length).toBeGreaterThanOrEqual(4)
    for (const key of keys) expect(isWordKey(key), key).toBe(true)
  })
})

describe("commander's own error texts", () => {
  afterEach(() => setToolLang('en'))
  const cases: [string, string, string][] = [
    ["error: missing required argument 'shell'\n", "error: missing required argument 'shell'\n", '错误：缺少必填参数“shell”\n'],
    ["error: option '--lang <lang>' argument missing\n", "error: option '--lang <lang>' argument missing\n", '错误：选项“--lang <lang>”缺少取值\n'],
    ["error: unknown option '--tsks'\n(Did you mean --tasks?)\n", "error: unknown option '--tsks'\n(Did you mean --tasks?)\n", '错误：未知选项“--tsks”\n（是否应为 --tasks？）\n'],
    ["error: unknown command 'brieff'\n(Did you mean brief?)\n", "error: unknown command 'brieff'\n(Did you mean brief?)\n", '错误：未知命令“brieff”\n（是否应为 brief？）\n'],
    [
      "error: too many arguments for 'brief'. Expected 1 argument but got 2.\n",
      "error: too many arguments for 'brief'. Expected 1 argument(s) but got 2.\n",
      '错误：“brief”的参数过多：应为 1 个参数，实际有 2 个。\n',
    ],
    [
      "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are pretty, json, github.\n",
      "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are pretty, json, github.\n",
      '错误：选项“--format <format>”的取值“xml”无效。可选值为 pretty, json, github。\n',
    ],
  ]
  it.each(cases)('%j', (input, english, chinese) => {
    expect(translateCommanderError(input)).toBe(english)
    setToolLang('zh')
    expect(translateCommanderError(input)).toBe(chinese)
  })

  it('leaves a text it does not know as it is', () => {
    setToolLang('zh')
    expect(translateCommanderError('something new\n')).toBe('something new\n')
  })
})
