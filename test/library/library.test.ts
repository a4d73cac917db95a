// The package as a library (contract §7): a user's script that imports 'chainchief' by name
// (package.json "exports", self-reference; one run for all cases) gets what the commands print
// (the in-process pipelines of test/helpers/in-process.ts, and the CLI once per command), and
// the public API type-checks from the built declarations.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { briefRun, checkJson } from '../helpers/in-process.js'
import { EXAMPLE, FIXTURES, ROOT, runCli } from '../helpers/run-cli.js'

const SCRIPT = join(import.meta.dirname, 'user-script.mjs')
const MEETING = '2022-12-07-textile-garment'

const CHECKS: Array<[string, string, 'en' | 'zh']> = [
  ['the example workspace', EXAMPLE, 'en'],
  ['the unknown-ref fixture', join(FIXTURES, 'errors/unknown-ref'), 'en'],
  ['the schema fixture, in Chinese', join(FIXTURES, 'errors/schema'), 'zh'],
  ['the date-order fixture', join(FIXTURES, 'errors/date-order'), 'zh'],
]

/** The user's script, run once for every job of this file. */
const JOBS = [
  ...CHECKS.map(([, dir, lang]) => ['check', dir, '2024-01-01', lang]),
  ['progress', EXAMPLE, '2023-06-30', 'en'],
  ['brief', EXAMPLE, '2024-01-01', 'en', MEETING],
  ['brief', EXAMPLE, '2024-01-01', 'zh', MEETING],
  ['root', '/nonexistent-folder'],
]
const script = spawnSync(process.execPath, [SCRIPT, JSON.stringify(JOBS)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
const outputs = JSON.parse(script.stdout || '[]') as string[]
const output = (job: number) => outputs[job]!

describe("import … from 'chainchief'", () => {
  it('the script runs cleanly', () => {
    expect(script.stderr).toBe('')
    expect(script.status).toBe(0)
    expect(outputs).toHaveLength(JOBS.length)
  })

  it.each(CHECKS.map((c, i) => [...c, i] as const))('checkWorkspace on %s gives the diagnostics of check --format json', (_name, dir, lang, job) => {
    const fromLibrary = JSON.parse(output(job)) as Record<string, unknown>
    expect(fromLibrary).toEqual(checkJson(dir, { asOf: '2024-01-01', lang }))
    if (dir !== EXAMPLE) expect((fromLibrary.diagnostics as unknown[]).length).toBeGreaterThan(0)
  })

  it('… and the CLI prints the same', () => {
    const [, dir, lang] = CHECKS[2]!
    const cli = runCli(['check', '-w', dir, '--format', 'json', '--as-of', '2024-01-01', '--lang', lang])
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(output(2)))
  })

  it('buildProgressReport gives the figures of progress --format json', () => {
    const cli = JSON.parse(runCli(['progress', '-w', EXAMPLE, '--format', 'json', '--as-of', '2023-06-30']).stdout) as {
      asOf: string
      chains: Array<{ id: string; tasks: number; done: number; overdue: number; progress: number | null }>
      total: { tasks: number; progress: number | null }
    }
    const lib = JSON.parse(output(CHECKS.length)) as typeof cli
    expect(lib.asOf).toBe('2023-06-30')
    const pick = (r: typeof cli) => r.chains.map(({ id, tasks, done, overdue, progress }) => ({ id, tasks, done, overdue, progress }))
    expect(pick(lib)).toEqual(pick(cli))
    expect(lib.total.tasks).toBe(cli.total.tasks)
    expect(cli.total.tasks).toBeGreaterThan(0)
  })

  it.each([['en', 1], ['zh', 2]] as const)('renderBrief(buildBrief(…)) is byte for byte what brief prints (%s)', (lang, offset) => {
    const fromLibrary = output(CHECKS.length + offset)
    expect(fromLibrary).toBe(briefRun(EXAMPLE, MEETING, { lang }))
    if (lang === 'zh') {
      const cli = runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', lang])
      expect(cli.code).toBe(0)
      expect(fromLibrary).toBe(cli.stdout)
    }
  })

  it('findWorkspaceRoot throws a UsageError (no stack printed by us) when there is no workspace', () => {
    expect(output(JOBS.length - 1)).toBe('true workspace folder not found: /nonexistent-folder')
  })

  it('the public API type-checks from the built declarations, and misuse does not', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--skipLibCheck', join(import.meta.dirname, 'typed-usage.ts')], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stdout + r.stderr).toBe('')
    expect(r.status).toBe(0)
  }, 60_000)
})
