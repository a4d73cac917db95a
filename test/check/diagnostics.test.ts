// `check` called as functions (load → checkWorkspace → the diagnostics renderers): the pretty
// output as a whole-output snapshot, code frames under Chinese text, the json shape, severities
// from chainchief.yaml, schema errors in the manifest, languages, and data that tries to act on
// a CI runner or a terminal. Exit codes, flags, colours and the environment through the real
// CLI are in test/cli/check.test.ts.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkJson, checkRun } from '../helpers/in-process.js'
import { EXAMPLE, FIXTURES, scratchCopy } from '../helpers/run-cli.js'

let cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups) c()
  cleanups = []
})

function copyOf(fixture: string): string {
  const { dir, cleanup } = scratchCopy(join(FIXTURES, fixture))
  cleanups.push(cleanup)
  return dir
}

const ESC = '\u001b'

describe('the bundled example', () => {
  it('passes: exit 0, the one-line summary', () => {
    const run = checkRun(EXAMPLE)
    expect(run.stdout).toBe('✔ 15 files checked, no problems\n')
    expect(run.code).toBe(0)
  })

  it('json has the contract shape', () => {
    expect(checkJson(EXAMPLE)).toEqual({ workspace: EXAMPLE, files: 15, errors: 0, warnings: 0, diagnostics: [] })
  })
})

describe('pretty output', () => {
  it('matches the snapshot for a workspace with errors and warnings', async () => {
    const dir = join(FIXTURES, 'errors')
    const parts = ['date-order', 'unknown-ref', 'future-date'].map((rule) => {
      const r = checkRun(join(dir, rule), { asOf: '2024-01-01' })
      return `$ chainchief check -w errors/${rule}  (exit ${r.code})\n${r.stdout}`
    })
    await expect(parts.join('\n')).toMatchFileSnapshot('../cli/__snapshots__/check-pretty.txt')
  })

  it('lines the caret up under Chinese text', () => {
    const dir = copyOf('minimal')
    const file = join(dir, 'chains', 'textile-garment.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('    text: 数据标准不统一\n', '    text: 数据标准不统一\n    备注: 待定\n'))
    const result = checkRun(dir, { lang: 'zh' })
    expect(result.code).toBe(1)
    const lines = result.stdout.split('\n')
    const at = lines.findIndex((l) => l.startsWith('> ') && l.includes('备注'))
    expect(lines[at]).toBe('> 42 |     备注: 待定')
    // '    ' is 4 columns, so the caret starts under 备 and spans 备注 (4 columns).
    expect(lines[at + 1]).toBe('     |     ^^^^')
    expect(lines[0]).toBe('chains/textile-garment.yaml:42:5  错误  未知字段“备注”  schema')
  })
})

describe('chainchief.yaml', () => {
  it('rules: change severities', () => {
    const dir = copyOf('errors/date-order')
    const manifest = join(dir, 'chainchief.yaml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8') + 'rules:\n  date-order: warn\n')
    const warned = checkJson(dir)
    expect([warned.errors, warned.warnings]).toEqual([0, 4])
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('date-order: warn', 'date-order: off'))
    const off = checkRun(dir, { format: 'json' })
    expect(JSON.parse(off.stdout).diagnostics).toEqual([])
    expect(off.code).toBe(0)
  })

  it('a misspelt rule id in rules: is a schema error with a suggestion', () => {
    const dir = copyOf('minimal')
    const manifest = join(dir, 'chainchief.yaml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8') + 'rules:\n  date-ordre: off\n  yaml-syntax: off\n')
    expect(checkJson(dir).diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual([
      '6 unknown field "date-ordre" (did you mean "date-order"?)',
      '7 "yaml-syntax" must be one of error, found "off"',
    ])
  })

  it('an unknown time zone is a schema error', () => {
    const dir = copyOf('minimal')
    const manifest = join(dir, 'chainchief.yaml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('Asia/Shanghai', 'Asia/Jinan'))
    expect(checkJson(dir).diagnostics).toMatchObject([{ file: 'chainchief.yaml', line: 4, column: 11, rule: 'schema', message: expect.stringContaining('unknown time zone "Asia/Jinan"') }])
  })
})

describe('languages', () => {
  it('zh words every message in Chinese; the workspace language is the default', () => {
    const zh = checkJson(join(FIXTURES, 'errors', 'unknown-ref'), { lang: 'zh' })
    expect(zh.diagnostics.map((d) => d.message)).toEqual([
      'owner 引用的“jifaa”不是已知的单位或人员（是否应为“jifa”？）',
      'chair 引用的“diitsp”是单位，而不是人员',
      'by 引用的“diitsp”是单位，而不是人员',
      'present_also 引用的“weiqia”不是已知的单位或人员（是否应为“weiqiao”？）',
      'distribution 引用的“nobody”不是已知的单位或人员',
    ])
    const copy = copyOf('errors/schema')
    const manifest = join(copy, 'chainchief.yaml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('language: en', 'language: zh'))
    const pretty = checkRun(copy)
    expect(pretty.stdout).toContain('未知字段“wieght”（是否应为“weight”？）')
    expect(pretty.stdout).toContain('✖ 已检查 5 个文件：2 个错误，1 个警告')
    // In a Chinese workspace, Wang Xiao's name (English only) is a missing-translation warning.
    expect(pretty.stdout).toContain('“wang-xiao”的名称缺少中文文本；中文输出将显示其他名称  missing-translation')
  })
})

describe('output a CI runner or terminal cannot be made to act on', () => {
  // Values that try to start workflow commands and terminal escapes, in places that reach messages.
  const HOSTILE = [
    'id: 2023-03-15-textile-garment',
    'title: T',
    'date: 2023-03-15',
    'chains: [textile-garment]',
    'format: "\\n::add-mask::secret\\r\\n::set-output name=x::pwned ##[set-output name=y]z %0A"',
    '"::error file=forged.yaml,line=1::forged": 1',
    'organizer: "\\e[31mred\\e]0;title\\a\\u009b2J"',
    '"##[group]hidden": 2',
    '"  ::warning::indented": 3',
    '"x\\n::add-mask::secret": 4',
  ].join('\n') + '\n'

  function hostileWorkspace(): string {
    const dir = copyOf('minimal')
    writeFileSync(join(dir, 'meetings', '2023-03-15-textile-garment.yaml'), HOSTILE)
    return dir
  }

  const OURS = /^::(error|warning) file=[^,:\n]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/

  it('github: every line is one of our commands or the summary; data is escaped; the prefix leads every path', () => {
    const result = checkRun(hostileWorkspace(), { format: 'github' })
    expect(result.code).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    for (const line of lines.slice(0, -1)) expect(line).toMatch(OURS)
    expect(lines.at(-1)).toMatch(/^✖ 5 files checked: \d+ errors, 0 warnings$/)
    for (const line of lines) {
      expect(line).not.toContain('##[')
      expect(line).not.toContain(ESC)
      expect(line).not.toContain('\r')
    }
    expect(result.stdout).toContain('%0A::add-mask::secret')
    expect(result.stdout).toContain('::error file=meetings/2023-03-15-textile-garment.yaml,line=5,col=9,')
    const prefixed = checkRun(hostileWorkspace(), { format: 'github', prefix: 'data/' }).stdout
    expect(prefixed.split('\n')[0]).toMatch(/^::error file=data\/meetings\//)
    expect(prefixed).toContain('::data/meetings/2023-03-15-textile-garment.yaml:')
  })

  it('pretty and json: no escape sequences, no line a runner would parse as a command', () => {
    const dir = hostileWorkspace()
    for (const format of ['pretty', 'json'] as const) {
      const result = checkRun(dir, { format })
      expect(result.code).toBe(1)
      expect(result.stdout).not.toContain(ESC)
      expect(result.stdout).not.toContain('\u009b')
      for (const line of result.stdout.split('\n')) {
        expect(line.trimStart().startsWith('::')).toBe(false)
        expect(line).not.toContain('##[')
      }
    }
    // The JSON escapes are JSON's own: the parsed message keeps the data exactly.
    expect(checkJson(dir).diagnostics.map((d) => d.message).join('\n')).toContain('"##[group]hidden"')
  })
})
