// `chainchief check` through the real CLI: formats, exit codes, flags, colours, languages,
// and output that no terminal or CI runner can be made to act on.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { BIN, EXAMPLE, FIXTURES, runCli, scratchCopy } from '../helpers/run-cli.js'

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

describe('check on the bundled example', () => {
  it('passes with exit 0', () => {
    const result = runCli(['check', '-w', EXAMPLE])
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('✔ 15 files checked, no problems\n')
    expect(result.code).toBe(0)
  })

  it('finds the workspace by searching upward from a sub-folder', () => {
    const result = runCli(['check'], { cwd: join(EXAMPLE, 'chains') })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('15 files checked')
  })

  it('json has the contract shape', () => {
    const result = runCli(['check', '-w', EXAMPLE, '--format', 'json'])
    expect(JSON.parse(result.stdout)).toEqual({ workspace: EXAMPLE, files: 15, errors: 0, warnings: 0, diagnostics: [] })
  })
})

describe('pretty output', () => {
  it('matches the snapshot for a workspace with errors and warnings', async () => {
    const dir = join(FIXTURES, 'errors')
    const parts = ['date-order', 'unknown-ref', 'future-date'].map((rule) => {
      const r = runCli(['check', '-w', join(dir, rule), '--as-of', '2024-01-01'])
      return `$ chainchief check -w errors/${rule}  (exit ${r.code})\n${r.stdout}`
    })
    await expect(parts.join('\n')).toMatchFileSnapshot('__snapshots__/check-pretty.txt')
  })

  it('lines the caret up under Chinese text', () => {
    const dir = copyOf('minimal')
    const file = join(dir, 'chains', 'textile-garment.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('    text: 数据标准不统一\n', '    text: 数据标准不统一\n    备注: 待定\n'))
    const result = runCli(['check', '-w', dir, '--lang', 'zh'])
    expect(result.code).toBe(1)
    const lines = result.stdout.split('\n')
    const at = lines.findIndex((l) => l.startsWith('> ') && l.includes('备注'))
    expect(lines[at]).toBe('> 42 |     备注: 待定')
    // '    ' is 4 columns, so the caret starts under 备 and spans 备注 (4 columns).
    expect(lines[at + 1]).toBe('     |     ^^^^')
    expect(lines[0]).toBe('chains/textile-garment.yaml:42:5  错误  未知字段“备注”  schema')
  })

  it('has no colour when piped, colour with FORCE_COLOR, none with NO_COLOR or --no-color', () => {
    const dir = join(FIXTURES, 'errors', 'date-order')
    expect(runCli(['check', '-w', dir]).stdout).not.toContain(ESC)
    expect(runCli(['check', '-w', dir], { env: { FORCE_COLOR: '1' } }).stdout).toContain(`${ESC}[31m`)
    expect(runCli(['check', '-w', dir], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC)
    expect(runCli(['check', '-w', dir, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC)
  })

  it('writes to a file with -o, without colour', () => {
    const dir = copyOf('errors/date-order')
    const out = join(dir, 'report.txt')
    const result = runCli(['check', '-w', dir, '-o', out], { env: { FORCE_COLOR: '1' } })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const text = readFileSync(out, 'utf8')
    expect(text).toContain('date-order')
    expect(text).not.toContain(ESC)
  })
})

describe('flags and exit codes', () => {
  it('--max-warnings turns too many warnings into exit 1', () => {
    const dir = join(FIXTURES, 'errors', 'future-date')
    expect(runCli(['check', '-w', dir, '--as-of', '2024-01-01']).code).toBe(0)
    expect(runCli(['check', '-w', dir, '--as-of', '2024-01-01', '--max-warnings', '2']).code).toBe(0)
    expect(runCli(['check', '-w', dir, '--as-of', '2024-01-01', '--max-warnings', '0']).code).toBe(1)
  })

  it('rules: in chainchief.yaml change severities', () => {
    const dir = copyOf('errors/date-order')
    const manifest = join(dir, 'chainchief.yaml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8') + 'rules:\n  date-order: warn\n')
    const warned = JSON.parse(runCli(['check', '-w', dir, '--format', 'json']).stdout)
    expect([warned.errors, warned.warnings]).toEqual([0, 4])
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('date-order: warn', 'date-order: off'))
    const off = runCli(['check', '-w', dir, '--format', 'json'])
    expect(JSON.parse(off.stdout).diagnostics).toEqual([])
    expect(off.code).toBe(0)
  })

  it('a misspelt rule id in rules: is a schema error with a suggestion', () => {
    const dir = copyOf('minimal')
    const manifest = join(dir, 'chainchief.yaml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8') + 'rules:\n  date-ordre: off\n  yaml-syntax: off\n')
    const json = JSON.parse(runCli(['check', '-w', dir, '--format', 'json']).stdout)
    expect(json.diagnostics.map((d: { line: number; message: string }) => `${d.line} ${d.message}`)).toEqual([
      '6 unknown field "date-ordre" (did you mean "date-order"?)',
      '7 "yaml-syntax" must be one of error, found "off"',
    ])
  })

  it('an unknown time zone is a schema error', () => {
    const dir = copyOf('minimal')
    const manifest = join(dir, 'chainchief.yaml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('Asia/Shanghai', 'Asia/Jinan'))
    const json = JSON.parse(runCli(['check', '-w', dir, '--format', 'json']).stdout)
    expect(json.diagnostics).toMatchObject([{ file: 'chainchief.yaml', line: 4, column: 11, rule: 'schema', message: expect.stringContaining('unknown time zone "Asia/Jinan"') }])
  })

  it.each([
    [['check', '--format', 'xml'], /--format/],
    [['check', '--as-of', '2023-02-30'], /real date/],
    [['check', '--lang', 'fr'], /en or zh/],
    [['check', '--max-warnings', 'many'], /whole number/],
    [['check', '--bogus'], /unknown option/],
    [['frobnicate'], /unknown command/],
  ])('bad invocation %j: exit 2 with a message, no stack', (args, message) => {
    const result = runCli([...args, '-w', EXAMPLE])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/\n\s+at .*\.js:\d+/)
    expect(result.stdout).toBe('')
  })

  it('--help shows the flags and an example; --version prints the version', () => {
    const help = runCli(['check', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--max-warnings <n>')
    expect(help.stdout).toContain('Examples:')
    const version = runCli(['--version'])
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version)
  })
})

describe('pipes', () => {
  it('a closed pipe ends quietly: `check | head -1`', () => {
    // Many findings, so the writer is still writing when head exits.
    const dir = copyOf('minimal')
    const lines = Array.from({ length: 3000 }, (_, i) => `unknown_${i}: ${i}`).join('\n')
    writeFileSync(join(dir, 'people.yaml'), `people: []\n${lines}\n`)
    const result = spawnSync('bash', ['-c', `node ${BIN} check -w ${dir} | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' })
    expect(result.stdout.split('\n').length).toBe(2)
    expect(result.stderr).toMatch(/^exit=1\n$/)
  })
})

describe('languages', () => {
  it('--lang zh words every message in Chinese; the workspace language is the default', () => {
    const dir = join(FIXTURES, 'errors', 'unknown-ref')
    const zh = JSON.parse(runCli(['check', '-w', dir, '--format', 'json', '--lang', 'zh']).stdout)
    expect(zh.diagnostics.map((d: { message: string }) => d.message)).toEqual([
      'owner 引用的“jifaa”不是已知的单位或人员（是否应为“jifa”？）',
      'chair 引用的“diitsp”是单位，而不是人员',
      'by 引用的“diitsp”是单位，而不是人员',
      'present_also 引用的“weiqia”不是已知的单位或人员（是否应为“weiqiao”？）',
      'distribution 引用的“nobody”不是已知的单位或人员',
    ])
    const copy = copyOf('errors/schema')
    const manifest = join(copy, 'chainchief.yaml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('language: en', 'language: zh'))
    const pretty = runCli(['check', '-w', copy])
    expect(pretty.stdout).toContain('未知字段“wieght”（是否应为“weight”？）')
    expect(pretty.stdout).toContain('✖ 已检查 5 个文件：2 个错误，0 个警告')
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

  it('github: every line is one of our commands or the summary; data is escaped', () => {
    const result = runCli(['check', '-w', hostileWorkspace(), '--format', 'github'])
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
  })

  it('github is the default under GitHub Actions, with repository-relative paths', () => {
    const dir = hostileWorkspace()
    const result = runCli(['check', '-w', dir], { env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: join(dir, '..') } })
    const name = dir.split('/').pop()
    expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^::error file=${name}/meetings/`))
    expect(result.stdout).toContain(`::${name}/meetings/2023-03-15-textile-garment.yaml:`)
  })

  it('pretty and json: no escape sequences, no line a runner would parse as a command', () => {
    const dir = hostileWorkspace()
    for (const format of ['pretty', 'json']) {
      const result = runCli(['check', '-w', dir, '--format', format])
      expect(result.code).toBe(1)
      expect(result.stdout).not.toContain(ESC)
      expect(result.stdout).not.toContain('\u009b')
      for (const line of result.stdout.split('\n')) {
        expect(line.trimStart().startsWith('::')).toBe(false)
        expect(line).not.toContain('##[')
      }
    }
    const json = JSON.parse(runCli(['check', '-w', dir, '--format', 'json']).stdout)
    // The JSON escapes are JSON's own: the parsed message keeps the data exactly.
    expect(json.diagnostics.map((d: { message: string }) => d.message).join('\n')).toContain('"##[group]hidden"')
  })
})
