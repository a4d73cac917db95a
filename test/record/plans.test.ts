// The writes of SPEC §9 as plans, before any file is touched: the status an update takes,
// what makes an update wrong (for a sheet import's cells), problem ids, merged plans, and
// which diagnostics a write adds.
import { describe, expect, it } from 'vitest'
import { checkWorkspace } from '../../src/check/run-checks.js'
import type { Diagnostic } from '../../src/findings/index.js'
import { addedDiagnostics, judgePlan } from '../../src/record/apply.js'
import { mergePlans } from '../../src/record/plan.js'
import { nextProblemId, planProblemAdd } from '../../src/record/problem.js'
import { RecordRefusal } from '../../src/record/refusal.js'
import { defaultStatus, planUpdate, updateProblems } from '../../src/record/update.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { EXAMPLE } from '../helpers/run-cli.js'

const loaded = loadWorkspace(EXAMPLE)
const before = checkWorkspace(loaded, { asOf: '2026-11-30' })
const model = before.model
const task = (id: string) => model.tasksById.get(id)!

describe('the status of an update without --status (SPEC §9)', () => {
  it.each<[string, number, string]>([
    ['blocked', 40, 'blocked'],
    ['blocked', 99, 'blocked'],
    ['blocked', 100, 'done'],
    ['in-progress', 0, 'planned'],
    ['in-progress', 1, 'in-progress'],
    ['planned', 100, 'done'],
    ['done', 90, 'in-progress'],
    ['cancelled', 20, 'in-progress'],
  ])('%s at %i → %s', (current, progress, expected) => {
    expect(defaultStatus(current as never, progress)).toBe(expected)
  })
})

describe('updateProblems: what a sheet import names per cell', () => {
  const luthai = task('tg-luthai-smart-factory') // last update 2026-09-30
  it.each<[string, Parameters<typeof updateProblems>[1], string[]]>([
    ['a good update', { progress: 80, date: '2026-11-30' }, []],
    ['on the day of the last update', { progress: 80, date: '2026-09-30' }, []],
    ['progress out of range', { progress: 120, date: '2026-11-30' }, ['progress-range']],
    ['progress not whole', { progress: 50.5, date: '2026-11-30' }, ['progress-range']],
    ['a date before the last update', { progress: 80, date: '2026-09-29' }, ['date-before-last-update']],
    ['done below 100', { progress: 80, status: 'done', date: '2026-11-30' }, ['status-contradicts']],
    ['100 but in progress', { progress: 100, status: 'in-progress', date: '2026-11-30' }, ['status-contradicts']],
    ['planned above 0', { progress: 10, status: 'planned', date: '2026-11-30' }, ['status-contradicts']],
    ['cancelled at 100', { progress: 100, status: 'cancelled', date: '2026-11-30' }, []],
  ])('%s', (_name, request, codes) => {
    expect(updateProblems(luthai, request).map((p) => p.code)).toEqual(codes)
  })
})

describe('plans', () => {
  it('an update: three edits of the task in its chain file', () => {
    expect(planUpdate(model, { task: 'tg-dyeing-cluster-upgrade', progress: 45, note: 'x', date: '2026-11-30' }).edits).toEqual([
      {
        file: 'chains/textile-garment.yaml',
        kind: 'chain',
        edits: [
          { op: 'set', path: ['tasks', 12, 'progress'], value: 45 },
          { op: 'set', path: ['tasks', 12, 'status'], value: 'blocked' },
          { op: 'append', path: ['tasks', 12, 'updates'], value: { date: '2026-11-30', progress: 45, status: 'blocked', note: 'x' } },
        ],
      },
    ])
  })

  it('an unknown task is refused with the closest ids as data', () => {
    try {
      planUpdate(model, { task: 'tg-trade-fare', progress: 1, date: '2026-11-30' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(RecordRefusal)
      expect((error as RecordRefusal).code).toBe('unknown-task')
      expect((error as RecordRefusal).args).toEqual({ id: 'tg-trade-fare', closest: ['tg-trade-fair'] })
    }
  })

  it('problem ids: the first free <chain>-p<n>', () => {
    expect(nextProblemId(model, 'textile-garment')).toBe('textile-garment-p1')
    const taken = { ...model, ids: [...model.ids, ...[1, 2, 4].map((n) => ({ namespace: 'problem' as const, kind: 'problem' as const, id: `textile-garment-p${n}`, origin: { file: 'x', path: [] } }))] }
    expect(nextProblemId(taken, 'textile-garment')).toBe('textile-garment-p3')
  })

  it('merged plans write each file once, edits in order; judged together', () => {
    const plan = mergePlans([
      planUpdate(model, { task: 'tg-luthai-smart-factory', progress: 80, date: '2026-11-30' }),
      planProblemAdd(model, { chain: 'pharmaceuticals', text: 'API', raised: '2026-11-30' }),
      planUpdate(model, { task: 'tg-iiot-platform', progress: 90, date: '2026-11-30' }),
    ])
    expect(plan.edits.map((e) => [e.file, e.edits.length])).toEqual([['chains/textile-garment.yaml', 6], ['chains/pharmaceuticals.yaml', 1]])
    expect(plan.recorded.map((r) => r.kind)).toEqual(['update', 'problem-added', 'update'])
    const judged = judgePlan(loaded, before, plan)
    expect(judged.changes.map((c) => c.file)).toEqual(['chains/textile-garment.yaml', 'chains/pharmaceuticals.yaml'])
    expect(judged.addedErrors).toEqual([])
    expect(judged.after.model.tasksById.get('tg-iiot-platform')!.progress).toBe(90)
    expect(judged.after.model.problemsById.get('pharmaceuticals-p1')!.status).toBe('open')
  })
})

describe('addedDiagnostics: only what the write adds', () => {
  const d = (line: number, message: string, rule: Diagnostic['rule'] = 'unknown-ref'): Diagnostic => ({
    file: 'chains/a.yaml', line, column: 3, endLine: line, endColumn: 9, severity: 'error', rule, message,
  })
  it('a finding that moved down a few lines is not new; a second one like it is', () => {
    const old = [d(10, 'owner refers to "x"'), d(20, 'task id "t" is already used at chains/a.yaml:5:9', 'duplicate-id')]
    const now = [d(13, 'owner refers to "x"'), d(23, 'task id "t" is already used at chains/a.yaml:5:9', 'duplicate-id'), d(30, 'owner refers to "x"')]
    expect(addedDiagnostics(old, now)).toEqual([d(30, 'owner refers to "x"')])
    expect(addedDiagnostics(old, [d(40, 'task id "t" is already used at chains/a.yaml:8:9', 'duplicate-id')])).toEqual([])
  })
})
