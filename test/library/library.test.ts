// The package as a library (contract §7): a user's script that imports 'chainchief' by name
// (package.json "exports", self-reference) gets what the commands print, and the public API
// type-checks from the built declarations.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLE, FIXTURES, ROOT, runCli } from '../helpers/run-cli.js'

const SCRIPT = join(import.meta.dirname, 'user-script.mjs')

function userScript(args: string[]): string {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
  return r.stdout
}

describe("import … from 'chainchief'", () => {
  const cases: Array<[string, string, 'en' | 'zh']> = [
    ['the example workspace', EXAMPLE, 'en'],
    ['the unknown-ref fixture', join(FIXTURES, 'errors/unknown-ref'), 'en'],
    ['the schema fixture, in Chinese', join(FIXTURES, 'errors/schema'), 'zh'],
    ['the date-order fixture', join(FIXTURES, 'errors/date-order'), 'zh'],
  ]

  it.each(cases)('checkWorkspace on %s gives the diagnostics of check --format json', (_name, dir, lang) => {
    const cli = runCli(['check', '-w', dir, '--format', 'json', '--as-of', '2024-01-01', '--lang', lang])
    const fromCli = JSON.parse(cli.stdout) as Record<string, unknown>
    const fromLibrary = JSON.parse(userScript(['check', dir, '2024-01-01', lang])) as Record<string, unknown>
    expect(fromLibrary).toEqual(fromCli)
    if (dir !== EXAMPLE) expect((fromLibrary.diagnostics as unknown[]).length).toBeGreaterThan(0)
  })

  it('buildProgressReport gives the figures of progress --format json', () => {
    const cli = JSON.parse(runCli(['progress', '-w', EXAMPLE, '--format', 'json', '--as-of', '2023-06-30']).stdout) as {
      asOf: string
      chains: Array<{ id: string; tasks: number; done: number; overdue: number; progress: number | null }>
      total: { tasks: number; progress: number | null }
    }
    const lib = JSON.parse(userScript(['progress', EXAMPLE, '2023-06-30', 'en'])) as typeof cli
    expect(lib.asOf).toBe('2023-06-30')
    const pick = (r: typeof cli) => r.chains.map(({ id, tasks, done, overdue, progress }) => ({ id, tasks, done, overdue, progress }))
    expect(pick(lib)).toEqual(pick(cli))
    expect(lib.total.tasks).toBe(cli.total.tasks)
    expect(cli.total.tasks).toBeGreaterThan(0)
  })

  it.each(['en', 'zh'])('renderBrief(buildBrief(…)) is byte for byte what brief prints (%s)', (lang) => {
    const meeting = '2022-12-07-textile-garment'
    const cli = runCli(['brief', meeting, '-w', EXAMPLE, '--lang', lang])
    expect(cli.code).toBe(0)
    expect(userScript(['brief', EXAMPLE, '2024-01-01', lang, meeting])).toBe(cli.stdout)
  })

  it('findWorkspaceRoot throws a UsageError (no stack printed by us) when there is no workspace', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "import { findWorkspaceRoot, UsageError } from 'chainchief'; try { findWorkspaceRoot('/nonexistent-folder', '/') } catch (e) { console.log(e instanceof UsageError, e.message) }"], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stdout).toBe('true workspace folder not found: /nonexistent-folder\n')
  })

  it('the public API type-checks from the built declarations, and misuse does not', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--skipLibCheck', join(import.meta.dirname, 'typed-usage.ts')], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stdout + r.stderr).toBe('')
    expect(r.status).toBe(0)
  }, 60_000)
})
