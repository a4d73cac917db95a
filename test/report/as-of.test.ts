// Contract §3 pinned as tables: a task's progress and status as of a date, overdue, due soon,
// a chain's weighted progress and the total row, open problems.
import { describe, expect, it } from 'vitest'
import { isDueSoon, isOverdue, isProblemOpen, taskStateAsOf, weightedProgress } from '../../src/report/as-of.js'
import type { Problem, Task, TaskStatus, Update } from '../../src/model/types.js'

const origin = { file: 'chains/x.yaml', path: [] }

function task(fields: Partial<Task> & { updates?: Array<Pick<Update, 'date' | 'progress'> & { status?: TaskStatus }> }): Task {
  return {
    id: 't',
    chain: 'x',
    title: 't',
    category: 'other',
    owner: 'o',
    partners: [],
    due: '2024-06-30',
    status: 'in-progress',
    progress: 50,
    weight: 1,
    milestones: [],
    origin,
    ...fields,
    updates: (fields.updates ?? []).map((u) => ({ ...u, origin })),
  }
}

// Updates 30 % on 03-31, 60 % (no status) on 05-31, 80 % blocked on 06-10; now in progress at 80.
const logged = task({
  status: 'in-progress',
  progress: 80,
  updates: [
    { date: '2024-03-31', progress: 30 },
    { date: '2024-05-31', progress: 60 },
    { date: '2024-06-10', progress: 80, status: 'blocked' },
  ],
})

describe('a task as of a date (§3)', () => {
  it.each([
    ['before the first update: planned at 0', logged, '2024-03-30', 'planned', 0],
    ['on the first update: its progress, status implied', logged, '2024-03-31', 'in-progress', 30],
    ['between updates: the latest on or before', logged, '2024-05-30', 'in-progress', 30],
    ['on a later update', logged, '2024-05-31', 'in-progress', 60],
    ['the day before an update that states blocked', logged, '2024-06-09', 'in-progress', 60],
    ['on the last update: the current values', logged, '2024-06-10', 'in-progress', 80],
    ['after the last update: the current values', logged, '2030-01-01', 'in-progress', 80],
    ['no updates: the current values, whatever the date', task({ status: 'blocked', progress: 40 }), '2000-01-01', 'blocked', 40],
    ['an update at 100 without status: done', task({ status: 'done', progress: 100, updates: [{ date: '2024-01-01', progress: 100 }, { date: '2024-02-01', progress: 100, status: 'done' }] }), '2024-01-15', 'done', 100],
    ['an update at 0 without status: planned', task({ updates: [{ date: '2024-01-01', progress: 0 }, { date: '2024-02-01', progress: 50 }] }), '2024-01-15', 'planned', 0],
    ['cancelled in an update', task({ status: 'cancelled', progress: 20, updates: [{ date: '2024-01-01', progress: 20 }, { date: '2024-02-01', progress: 20, status: 'cancelled' }] }), '2024-02-01', 'cancelled', 20],
    ['before the cancelling update: still in progress', task({ status: 'cancelled', progress: 20, updates: [{ date: '2024-01-01', progress: 20 }, { date: '2024-02-01', progress: 20, status: 'cancelled' }] }), '2024-01-31', 'in-progress', 20],
  ])('%s', (_name, t, date, status, progress) => {
    expect(taskStateAsOf(t, date)).toEqual({ status, progress })
  })
})

describe('overdue and due soon (§3)', () => {
  // due 2024-06-30, window 30 days
  it.each([
    ['a month before due, window 30', '2024-05-30', 'in-progress', false, false],
    ['30 days before due: the last day of the window', '2024-05-31', 'in-progress', false, true],
    ['the day before due', '2024-06-29', 'in-progress', false, true],
    ['on the due date itself: due soon, not overdue', '2024-06-30', 'in-progress', false, true],
    ['the day after due: overdue', '2024-07-01', 'in-progress', true, false],
    ['planned and past due: overdue', '2024-07-01', 'planned', true, false],
    ['blocked and past due: overdue', '2025-01-01', 'blocked', true, false],
    ['done and past due: neither', '2024-07-01', 'done', false, false],
    ['cancelled and past due: neither', '2024-07-01', 'cancelled', false, false],
    ['done before due: not due soon', '2024-06-20', 'done', false, false],
    ['cancelled before due: not due soon', '2024-06-20', 'cancelled', false, false],
  ] as const)('%s', (_name, date, status, overdue, dueSoon) => {
    const t = task({ due: '2024-06-30' })
    const state = { status, progress: status === 'done' ? 100 : 10 }
    expect(isOverdue(t, state, date)).toBe(overdue)
    expect(isDueSoon(t, state, date, 30)).toBe(dueSoon)
  })

  it.each([
    [0, '2024-06-30', true],
    [0, '2024-06-29', false],
    [7, '2024-06-23', true],
    [7, '2024-06-22', false],
  ])('window %i days, as of %s: due soon %s', (window, date, dueSoon) => {
    expect(isDueSoon(task({ due: '2024-06-30' }), { status: 'planned', progress: 0 }, date, window)).toBe(dueSoon)
  })

  it('uses the status as of the date: done later, overdue then', () => {
    const t = task({ due: '2024-03-31', status: 'done', progress: 100, updates: [{ date: '2024-02-01', progress: 50 }, { date: '2024-04-15', progress: 100 }] })
    const before = taskStateAsOf(t, '2024-04-10')
    expect(isOverdue(t, before, '2024-04-10')).toBe(true)
    const after = taskStateAsOf(t, '2024-04-15')
    expect(isOverdue(t, after, '2024-04-15')).toBe(false)
  })
})

describe('weighted progress (§3)', () => {
  const item = (progress: number, weight = 1, status: TaskStatus = 'in-progress') => ({ task: { weight }, state: { status, progress } })
  it.each([
    ['equal weights: the plain mean', [item(100), item(50), item(0)], 50],
    ['weight 2 counts twice', [item(100, 2), item(40)], 80],
    ['fractional weights', [item(100, 0.5), item(0, 1.5)], 25],
    ['cancelled tasks do not count', [item(100), item(0, 1, 'cancelled'), item(50)], 75],
    ['one decimal, rounded', [item(100), item(0), item(0)], 33.3],
    ['rounded to one decimal, half up', [item(10), item(10), item(10), item(11)], 10.3],
    ['only cancelled tasks: no value', [item(30, 1, 'cancelled')], null],
    ['a chain with no tasks: no value', [], null],
  ] as const)('%s', (_name, items, expected) => {
    expect(weightedProgress(items)).toBe(expected)
  })

  it('a total is the weighted mean over all tasks, not the mean of the chains', () => {
    const chainA = [item(100), item(100), item(100)]
    const chainB = [item(0)]
    expect(weightedProgress(chainA)).toBe(100)
    expect(weightedProgress(chainB)).toBe(0)
    expect(weightedProgress([...chainA, ...chainB])).toBe(75) // not (100 + 0) / 2
  })
})

describe('open problems (§3)', () => {
  const problem = (fields: Partial<Problem>): Problem => ({ id: 'p', chain: 'x', text: 'p', raised: '2024-03-01', status: 'open', origin, ...fields })
  it.each([
    ['open, as of the day it was raised', problem({}), '2024-03-01', true],
    ['open, before it was raised', problem({}), '2024-02-29', false],
    ['resolved later: open before', problem({ status: 'resolved', resolved: '2024-05-01' }), '2024-04-30', true],
    ['resolved: not open on the day', problem({ status: 'resolved', resolved: '2024-05-01' }), '2024-05-01', false],
    ['resolved: not open after', problem({ status: 'resolved', resolved: '2024-05-01' }), '2024-06-01', false],
  ])('%s', (_name, p, date, open) => {
    expect(isProblemOpen(p, date)).toBe(open)
  })
})
