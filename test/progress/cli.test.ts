// `chainchief progress` as a user runs it: each flag reaches the report (the output equal to the
// function's, or to the snapshot files of formats.test.ts), exit codes and messages for bad
// flags and bad data, COLUMNS, FORCE_COLOR / NO_COLOR / --no-color, -o, a closed pipe, "today"
// in the workspace's time zone whatever TZ says. What the filters select is in
// filters.test.ts, as function calls.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { todayIn } from '../../src/model/dates.js'
import { progressRun } from '../helpers/in-process.js'
import { BIN, EXAMPLE, FIXTURES, runCli, scratchCopy, scratchDir } from '../helpers/run-cli.js'

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

const ESC = '\u001b'
const snapshot = (name: string) => readFileSync(join(import.meta.dirname, '__snapshots__', name), 'utf8')

describe('each flag reaches the report', () => {
  it.each<[string, string[], string[]]>([
    ['--chain', ['--chain', 'pharmaceuticals'], ['ph-api-platform', 'ph-innovation']],
    ['--owner, two ids', ['--owner', 'luthai', 'jifa'], ['tg-waterless-dyeing', 'tg-smart-factory']],
    ['--status, two statuses', ['--status', 'blocked', 'cancelled'], ['tg-trade-fair', 'tg-dyeing-cluster']],
    ['--overdue', ['--overdue'], ['tg-smart-factory']],
    ['--due-soon --window 7', ['--due-soon', '--window', '7'], ['ph-innovation']],
  ])('%s', (_name, args, expected) => {
    expect(taskIds(args)).toEqual(expected)
  })

  it.each<[string, string[], string]>([
    ['--format table --tasks --lang zh', ['--tasks', '--lang', 'zh'], 'table-tasks-zh.txt'],
    ['--ascii --tasks --lang zh at COLUMNS=160', ['--ascii', '--tasks', '--lang', 'zh'], 'table-tasks-zh-ascii-160.txt'],
  ])('%s prints the snapshot of formats.test.ts byte for byte (json, csv, markdown: under -o below)', (name, args, file) => {
    const result = progress(args, { COLUMNS: name.includes('160') ? '160' : '100' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(snapshot(file))
  })

  it('--no-bom drops the byte order mark', () => {
    const result = progress(['--format', 'csv', '--tasks', '--no-bom'])
    expect(result.stdout).toBe(progressRun(WORKSPACE, { asOf: '2024-06-15', format: 'csv', tasks: true, bom: false }).stdout)
    expect(result.stdout.startsWith('\uFEFF')).toBe(false)
  })

  it('COLUMNS is the width to fit; a pipe without it keeps the natural width, without colour', () => {
    const narrow = progress(['--tasks', '--lang', 'zh'], { COLUMNS: '60' })
    expect(narrow.stdout).toBe(progressRun(WORKSPACE, { asOf: '2024-06-15', tasks: true, lang: 'zh', width: 60 }).stdout)
    const natural = progress(['--tasks'])
    expect(natural.stdout).toBe(progressRun(WORKSPACE, { asOf: '2024-06-15', tasks: true }).stdout)
    expect(natural.stdout).toContain('██████░░░░   60%')
    expect(natural.stdout).not.toContain(ESC)
  })
})

describe('colours', () => {
  it('FORCE_COLOR colours the table; without the codes it is the plain one', () => {
    const { stdout } = progress(['--tasks'], { FORCE_COLOR: '1', COLUMNS: '160' })
    expect(stdout).toContain(`${ESC}[31m2024-05-31${ESC}[39m`)
    expect(stdout.replace(/\u001b\[\d+m/g, '')).toBe(progressRun(WORKSPACE, { asOf: '2024-06-15', tasks: true, width: 160 }).stdout)
  })

  it('never in json, csv, markdown or files, and not with NO_COLOR or --no-color', () => {
    for (const format of ['json', 'csv', 'markdown']) expect(progress(['--format', format], { FORCE_COLOR: '1' }).stdout).not.toContain(ESC)
    expect(progress([], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC)
    expect(progress(['--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain(ESC)
    const { dir, cleanup } = scratchDir()
    cleanups.push(cleanup)
    const file = join(dir, 'progress.txt')
    const result = progress(['-o', file], { FORCE_COLOR: '1' })
    expect(result.stdout).toBe('')
    expect(result.code).toBe(0)
    const written = readFileSync(file, 'utf8')
    expect(written).not.toContain(ESC)
    expect(written).toContain('Li Hua')
  })

  it('-o writes every format: the bytes it prints', () => {
    const { dir, cleanup } = scratchDir()
    cleanups.push(cleanup)
    for (const [format, ext] of [['json', 'json'], ['csv', 'csv'], ['markdown', 'md']]) {
      const file = join(dir, `p.${format}`)
      const result = progress(['--format', format!, '-o', file])
      expect(result.code).toBe(0)
      expect(result.stdout).toBe('')
      expect(readFileSync(file, 'utf8')).toBe(snapshot(`${format}-chains-en.${ext}`))
    }
  })
})

describe('bad flags: exit 2, one clear line, no stack', () => {
  it.each<[string, string[], RegExp]>([
    ['unknown chain, closest named', ['--chain', 'pharmaceutical'], /--chain: no chain "pharmaceutical" \(did you mean "pharmaceuticals"\?\)/],
    ['unknown owner, closest named', ['--owner', 'luthia'], /--owner: no organization or person "luthia" \(did you mean "luthai"\?\)/],
    ['bad status, closest named', ['--status', 'in_progress'], /--status: "in_progress" is not a status .*did you mean "in-progress"\?/],
    ['bad format', ['--format', 'pdf'], /argument 'pdf' is invalid/],
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
