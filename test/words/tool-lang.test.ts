// The language of the tool's own words (contract §8): --lang, else the workspace's language,
// else the locale, else English; decided from argv and the manifest's text only.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { decideToolLang, flagValue, localeLang, manifestLanguage } from '../../src/cli/tool-lang.js'
import { scratchDir } from '../helpers/run-cli.js'

const scratch = scratchDir()
afterAll(scratch.cleanup)
const zhWorkspace = join(scratch.dir, 'zh-ws')
const plainWorkspace = join(scratch.dir, 'plain-ws')
const outside = join(scratch.dir, 'outside')
mkdirSync(join(zhWorkspace, 'chains'), { recursive: true })
mkdirSync(plainWorkspace, { recursive: true })
mkdirSync(outside, { recursive: true })
writeFileSync(join(zhWorkspace, 'chainchief.yaml'), 'name: 测试\nchains: 1\nlanguage: zh  # 中文\n')
writeFileSync(join(plainWorkspace, 'chainchief.yaml'), 'name: test\nchains: 1\n')

describe('flagValue', () => {
  it.each([
    [['--lang', 'zh'], 'zh'],
    [['--lang=zh'], 'zh'],
    [['check', '--lang', 'en', '--lang', 'zh'], 'zh'],
    [['--', '--lang', 'zh'], undefined],
    [[], undefined],
  ])('%j → %s', (argv, expected) => expect(flagValue(argv, '--lang')).toBe(expected))

  it.each([
    [['-w', 'a'], 'a'],
    [['-wa'], 'a'],
    [['--workspace', 'b'], 'b'],
    [['--workspace=c'], 'c'],
  ])('%j → %s', (argv, expected) => expect(flagValue(argv, '--workspace', '-w')).toBe(expected))
})

describe('manifestLanguage', () => {
  it.each([
    ['language: zh\n', 'zh'],
    ['name: x\nlanguage: "en"\n', 'en'],
    ["language: 'zh' # c\r\n", 'zh'],
    ['  language: zh\n', undefined],
    ['language: fr\n', undefined],
    ['name: x\n', undefined],
  ])('%j → %s', (text, expected) => expect(manifestLanguage(text)).toBe(expected))
})

describe('localeLang', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LC_MESSAGES: 'zh_TW' }, 'zh'],
    [{ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_ALL: '', LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
  ])('%j → %s', (env, expected) => expect(localeLang(env)).toBe(expected))
})

describe('decideToolLang', () => {
  it('--lang wins over the workspace and the locale', () => {
    expect(decideToolLang(['check', '--lang', 'en'], { LANG: 'zh_CN' }, zhWorkspace)).toBe('en')
  })
  it("the workspace's language, found upward from the current folder or by -w", () => {
    expect(decideToolLang(['check'], {}, join(zhWorkspace, 'chains'))).toBe('zh')
    expect(decideToolLang(['check', '-w', zhWorkspace], {}, outside)).toBe('zh')
    expect(decideToolLang(['check', `--workspace=${zhWorkspace}`], {}, outside)).toBe('zh')
  })
  it('a workspace without language speaks its default, English, whatever the locale', () => {
    expect(decideToolLang(['check'], { LANG: 'zh_CN.UTF-8' }, plainWorkspace)).toBe('en')
  })
  it('no workspace found (or -w naming none): the locale', () => {
    expect(decideToolLang(['init'], { LANG: 'zh_CN.UTF-8' }, outside)).toBe('zh')
    expect(decideToolLang(['check', '-w', join(outside, 'none')], { LANG: 'zh_CN.UTF-8' }, zhWorkspace)).toBe('zh')
    expect(decideToolLang(['init'], { LANG: 'C.UTF-8' }, outside)).toBe('en')
  })
  it('an invalid --lang value is left to commander and does not decide', () => {
    expect(decideToolLang(['check', '--lang', 'fr'], {}, zhWorkspace)).toBe('zh')
  })
})
