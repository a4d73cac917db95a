// `check --format compact` and `--quiet` (contract §4): one line per finding in the problem
// matcher's shape, then the summary; --quiet drops warnings from the list only.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderDiagnosticsCompact } from '../../src/render/diagnostics/compact.js'
import { PLAIN } from '../../src/render/style.js'
import { EXAMPLE, FIXTURES, runCli } from '../helpers/run-cli.js'

const report = {
  files: 3,
  errors: 1,
  warnings: 1,
  diagnostics: [
    { file: 'chains/a.yaml', line: 10, column: 12, endLine: 10, endColumn: 17, severity: 'error' as const, rule: 'unknown-ref' as const, message: 'owner 引用的“jifaa”不是已知的单位或人员' },
    { file: 'chains/a\u001b[2J.yaml', line: 3, column: 1, endLine: 3, endColumn: 2, severity: 'warning' as const, rule: 'future-date' as const, message: 'update dated 2025-10-15 is after the as-of date' },
  ],
}
const options = (lang: 'en' | 'zh') => ({ lang, style: PLAIN, sources: new Map<string, string>(), workspace: '.', prefix: '' })

describe('compact', () => {
  it('one line per finding, `file:line:col: severity: message [rule]`, controls escaped, then the summary', () => {
    expect(renderDiagnosticsCompact(report, options('en'))).toBe(
      'chains/a.yaml:10:12: error: owner 引用的“jifaa”不是已知的单位或人员 [unknown-ref]\n' +
        'chains/a\\x1b[2J.yaml:3:1: warning: update dated 2025-10-15 is after the as-of date [future-date]\n' +
        '✖ 3 files checked: 1 error, 1 warning\n',
    )
  })
  it('keeps the severity keyword for matchers under zh; the summary is Chinese', () => {
    const text = renderDiagnosticsCompact(report, options('zh'))
    expect(text.split('\n')[0]).toBe('chains/a.yaml:10:12: error: owner 引用的“jifaa”不是已知的单位或人员 [unknown-ref]')
    expect(text.split('\n')[2]).toBe('✖ 已检查 3 个文件：1 个错误，1 个警告')
  })
})

describe('check --format compact / --quiet through the CLI', () => {
  it('39 warnings as of 2023-01-01 take 40 lines compact; --quiet leaves the summary only', () => {
    const compact = runCli(['check', '-w', EXAMPLE, '--as-of', '2023-01-01', '--format', 'compact'])
    expect(compact.code).toBe(0)
    const lines = compact.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(40)
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[\w/.-]+:\d+:\d+: warning: .+ \[[a-z-]+\]$/)
    const quiet = runCli(['check', '-w', EXAMPLE, '--as-of', '2023-01-01', '--format', 'compact', '--quiet'])
    expect(quiet.stdout).toBe('⚠ 15 files checked: 0 errors, 39 warnings\n')
    expect(quiet.code).toBe(0)
  })
  it('--quiet still counts warnings for --max-warnings and in JSON', () => {
    const r = runCli(['check', '-w', EXAMPLE, '--as-of', '2023-01-01', '-q', '--max-warnings', '0', '--format', 'json'])
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout)
    expect([json.warnings, json.diagnostics.length]).toEqual([39, 0])
  })
  it('--quiet keeps every error', () => {
    const r = runCli(['check', '-w', join(FIXTURES, 'errors/unknown-ref'), '--quiet', '--format', 'compact'])
    expect(r.code).toBe(1)
    expect(r.stdout.trimEnd().split('\n').filter((l) => l.includes(': error: '))).toHaveLength(Number(/(\d+) errors/.exec(r.stdout)![1]))
  })
})
