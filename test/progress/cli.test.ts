// `chainchief progress` as a user runs it: filters and --tasks, exit codes and messages for
// bad flags and bad data, a closed pipe, "today" in the workspace's time zone.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { todayIn } from '../../src/model/dates.js'
import { BIN, EXAMPLE, FIXTURES, runCli, scratchCopy } from '../helpers/run-cli.js'

const WORKSPACE = join(FIXTURES, 'progress')
const progress = (args: string[], env: Record<string, string> = {}) =>
  runCli(['progress', '-w', WORKSPACE, '--as-of', '2024-06-15', ...args], { env })
const json = (args: string[]) => JSON.parse(progress(['--format', 'json', ...args]).stdout)
const taskIds = (args: string[]) => json(['--tasks', ...args]).tasks.map((t: { id: string }) => t.id)

let cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups) c()
  cleanups = []
})

describe('filters through the CLI', () => {
  it.each<[string, string[], string[]]>([
    ['--chain', ['--chain', 'pharmaceuticals'], ['ph-api-platform', 'ph-innovation']],
    ['--owner, two ids', ['--owner', 'luthai', 'jifa'], ['tg-waterless-dyeing', 'tg-smart-factory']],
    ['--status', ['--status', 'blocked', 'cancelled'], ['tg-trade-fair', 'tg-dyeing-cluster']],
    ['--overdue', ['--overdue'], ['tg-smart-factory']],
    ['--due-soon', ['--due-soon'], ['ph-api-platform', 'ph-innovation', 'tg-waterless-dyeing']],
    ['--due-soon --window 7', ['--due-soon', '--window', '7'], ['ph-innovation']],
    ['--chain and --overdue', ['--chain', 'pharmaceuticals', '--overdue'], []],
  ])('%s', (_name, args, expected) => {
    expect(taskIds(args)).toEqual(expected)
  })

  it('chain rows follow the filters: --chain picks rows, --overdue keeps chains with overdue tasks', () => {
    expect(json(['--chain', 'ships-offshore']).chains.map((c: { id: string }) => c.id)).toEqual(['ships-offshore'])
    const overdue = json(['--overdue'])
    expect(overdue.chains.map((c: { id: string; tasks: number }) => [c.id, c.tasks])).toEqual([['textile-garment', 1]])
    expect(overdue.total).toMatchObject({ tasks: 1, overdue: 1, progress: 35 })
  })

  it('the table of --tasks marks overdue and due-soon tasks in words that survive without colour', () => {
    const { stdout } = progress(['--tasks', '--overdue', '--due-soon', '--lang', 'zh'], { COLUMNS: '160' })
    expect(stdout).toMatch(/│ 2024-05-31 │ 推进中 逾期 /)
    expect(stdout).toMatch(/│ 2024-06-30 │ 推进中 即将到期 /)
    expect(stdout).toContain('共 4 项任务：逾期 1 项，30 天内到期 3 项。')
  })

  it('an empty selection still prints the table header and says so', () => {
    const result = progress(['--tasks', '--chain', 'ships-offshore'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('│ Chain')
    expect(result.stdout).toContain('0 tasks: 0 overdue, 0 due within 30 days.')
  })
})

describe('bad flags: exit 2, one clear line, no stack', () => {
  it.each<[string, string[], RegExp]>([
    ['unknown chain, closest named', ['--chain', 'pharmaceutical'], /--chain: no chain "pharmaceutical" \(did you mean "pharmaceuticals"\?\)/],
    ['unknown owner, closest named', ['--owner', 'luthia'], /--owner: no organization or person "luthia" \(did you mean "luthai"\?\)/],
    ['bad status, closest named', ['--status', 'in_progress'], /--status: "in_progress" is not a status .*did you mean "in-progress"\?/],
    ['bad format', ['--format', 'xlsx'], /argument 'xlsx' is invalid/],
    ['bad window', ['--window', '-3'], /--window/],
    ['bad date', ['--as-of', '2024-02-30'], /expected a real date/],
    ['bad language', ['--lang', 'fr'], /expected en or zh/],
  ])('%s', (_name, args, message) => {
    const result = progress(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('no workspace', () => {
    const result = runCli(['progress', '-w', join(FIXTURES, 'no-such-folder')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^chainchief: /)
  })
})

describe('data with errors', () => {
  it('prints the findings as check does, and no report, exit 1', () => {
    const { dir, cleanup } = scratchCopy(WORKSPACE)
    cleanups.push(cleanup)
    const file = join(dir, 'chains/pharmaceuticals.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('owner: qilu-pharma', 'owner: qilu-pharm'))
    const result = runCli(['progress', '-w', dir, '--as-of', '2024-06-15', '--format', 'json'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('chains/pharmaceuticals.yaml:')
    expect(result.stderr).toContain('unknown-ref')
    expect(result.stderr).toContain('qilu-pharma')
  })
})

describe('a closed pipe', () => {
  it('`progress | head -1` ends quietly with exit 0', () => {
    // Enough rows that the output outgrows the pipe's buffer, so the writer meets EPIPE.
    const { dir, cleanup } = scratchCopy(WORKSPACE)
    cleanups.push(cleanup)
    const many = Array.from(
      { length: 3000 },
      (_, i) => `  - id: bulk-${i}\n    title: 大批量任务 ${i}\n    category: other\n    owner: diitsp\n    due: 2025-01-01\n    status: planned\n    progress: 0\n`,
    ).join('')
    writeFileSync(join(dir, 'chains/ships-offshore.yaml'), `id: ships-offshore\nname: Ships\ntasks:\n${many}`)
    const result = spawnSync('bash', ['-c', `node "${BIN}" progress --tasks -w "${dir}" --as-of 2024-06-15 | head -1; echo "exit=\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, COLUMNS: '100' },
    })
    expect(result.stdout).toBe('Key tasks as of 2024-06-15\nexit=0\n')
    expect(result.stderr).toBe('')
  })
})

describe('today', () => {
  it('is taken in the workspace time zone, whatever the machine zone', () => {
    const before = todayIn('Asia/Shanghai')
    const dates = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) =>
      JSON.parse(runCli(['progress', '-w', EXAMPLE, '--format', 'json'], { env: { TZ: tz } }).stdout).asOf,
    )
    const after = todayIn('Asia/Shanghai')
    expect(new Set(dates).size).toBe(1)
    expect([before, after]).toContain(dates[0])
  })

  it('--as-of overrides it', () => {
    expect(JSON.parse(runCli(['progress', '-w', EXAMPLE, '--format', 'json', '--as-of', '2022-12-07']).stdout).asOf).toBe('2022-12-07')
  })
})

describe('language', () => {
  it('defaults to the workspace language; --lang overrides it', () => {
    const { dir, cleanup } = scratchCopy(WORKSPACE)
    cleanups.push(cleanup)
    const manifest = join(dir, 'chainchief.yaml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('language: en', 'language: zh'))
    const zh = runCli(['progress', '-w', dir, '--as-of', '2024-06-15'], { env: { COLUMNS: '100' } })
    expect(zh.stdout).toContain('产业链推进情况（截至 2024-06-15）')
    expect(zh.stdout).toContain('│ 合计 ')
    const en = runCli(['progress', '-w', dir, '--as-of', '2024-06-15', '--lang', 'en'], { env: { COLUMNS: '100' } })
    expect(en.stdout).toContain('│ Total ')
  })
})

describe('--help', () => {
  it('lists the flags and examples', () => {
    const { stdout, code } = runCli(['progress', '--help'])
    expect(code).toBe(0)
    for (const flag of ['--tasks', '--chain', '--owner', '--status', '--overdue', '--due-soon', '--window', '--format', '--ascii', '--no-bom', '--as-of', '--lang', '--output']) {
      expect(stdout).toContain(flag)
    }
    expect(stdout).toContain('Examples:')
  })
})
