// `chainchief check` through the real CLI, for what only the process shows: exit codes, the
// flags reaching the renderers (output equal to the functions' of test/check/diagnostics.test.ts),
// the workspace found from the current folder, colours from FORCE_COLOR / NO_COLOR / --no-color,
// -o, GITHUB_ACTIONS, bad invocations, a closed pipe.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { checkRun } from '../helpers/in-process.js'
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
  it('is what the renderer gives, in the language of --lang; errors exit 1', () => {
    const unknownRef = join(FIXTURES, 'errors', 'unknown-ref')
    const zh = runCli(['check', '-w', unknownRef, '--lang', 'zh'])
    expect(zh.code).toBe(1)
    expect(zh.stderr).toBe('')
    expect(zh.stdout).toBe(checkRun(unknownRef, { lang: 'zh' }).stdout)
    expect(zh.stdout).toContain('错误')
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
    // --as-of reaches future-date: warnings alone exit 0
    const warned = runCli(['check', '-w', dir, '--as-of', '2024-01-01'])
    expect(warned.stdout).toBe(checkRun(dir, { asOf: '2024-01-01' }).stdout)
    expect(warned.stdout).toContain('future-date')
    expect(warned.code).toBe(0)
    expect(runCli(['check', '-w', dir, '--as-of', '2024-01-01', '--max-warnings', '2']).code).toBe(0)
    expect(runCli(['check', '-w', dir, '--as-of', '2024-01-01', '--max-warnings', '0']).code).toBe(1)
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
})
