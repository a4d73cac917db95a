// What `progress` selects, called as functions on the progress fixture as of 2024-06-15:
// --chain, --owner, --status, --overdue, --due-soon, --window and their combinations, chain
// rows that follow the filters, the words that mark tasks without colour, an empty selection.
// That each flag reaches the report through the CLI is in cli.test.ts.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { progressJson, progressRun, type ProgressRunOptions } from '../helpers/in-process.js'
import { FIXTURES } from '../helpers/run-cli.js'

const WORKSPACE = join(FIXTURES, 'progress')
const AS_OF = '2024-06-15'
const json = (options: ProgressRunOptions) => progressJson(WORKSPACE, { asOf: AS_OF, ...options })
const taskIds = (options: ProgressRunOptions) => json({ tasks: true, ...options }).tasks.map((t: { id: string }) => t.id)

describe('filters', () => {
  it.each<[string, ProgressRunOptions, string[]]>([
    ['--chain', { chains: ['pharmaceuticals'] }, ['ph-api-platform', 'ph-innovation']],
    ['--owner, two ids', { owners: ['luthai', 'jifa'] }, ['tg-waterless-dyeing', 'tg-smart-factory']],
    ['--status', { statuses: ['blocked', 'cancelled'] }, ['tg-trade-fair', 'tg-dyeing-cluster']],
    ['--overdue', { overdue: true }, ['tg-smart-factory']],
    ['--due-soon', { dueSoon: true }, ['ph-api-platform', 'ph-innovation', 'tg-waterless-dyeing']],
    ['--due-soon --window 7', { dueSoon: true, window: 7 }, ['ph-innovation']],
    ['--chain and --overdue', { chains: ['pharmaceuticals'], overdue: true }, []],
  ])('%s', (_name, options, expected) => {
    expect(taskIds(options)).toEqual(expected)
  })

  it('chain rows follow the filters: --chain picks rows, --overdue keeps chains with overdue tasks', () => {
    expect(json({ chains: ['ships-offshore'] }).chains.map((c: { id: string }) => c.id)).toEqual(['ships-offshore'])
    const overdue = json({ overdue: true })
    expect(overdue.chains.map((c: { id: string; tasks: number }) => [c.id, c.tasks])).toEqual([['textile-garment', 1]])
    expect(overdue.total).toMatchObject({ tasks: 1, overdue: 1, progress: 35 })
  })

  it('the table of --tasks marks overdue and due-soon tasks in words that survive without colour', () => {
    const { stdout } = progressRun(WORKSPACE, { asOf: AS_OF, tasks: true, overdue: true, dueSoon: true, lang: 'zh', width: 160 })
    expect(stdout).toMatch(/│ 2024-05-31 │ 推进中 逾期 /)
    expect(stdout).toMatch(/│ 2024-06-30 │ 推进中 即将到期 /)
    expect(stdout).toContain('共 4 项任务：逾期 1 项，30 天内到期 3 项。')
  })

  it('an empty selection says that nothing matched, with no empty table (issue #13)', () => {
    const { stdout } = progressRun(WORKSPACE, { asOf: AS_OF, tasks: true, chains: ['ships-offshore'] })
    expect(stdout).not.toContain('│ Chain')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('No task matches the filters.')
  })
})
