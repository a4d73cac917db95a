// The as-of logic of the views (contract §3), pinned by small tables: a problem raised after
// the date, resolved after it, days open; a decision done by its date or by its task; a task
// that did not exist on a --since date.
import { describe, expect, it } from 'vitest'
import { decisionStateAsOf, decisionStatusAsOf, isProblemOpen, problemDaysOpen, taskExistedOn } from '../../src/report/as-of.js'
import type { Decision, Problem, Task } from '../../src/model/types.js'

const origin = { file: 'x.yaml', path: [] }
const problem = (p: Partial<Problem>): Problem => ({ id: 'p', chain: 'c', text: 't', raised: '2024-03-01', status: 'open', origin, ...p })
const task = (t: Partial<Task>): Task => ({
  id: 't', chain: 'c', title: 't', category: 'other', owner: 'o', partners: [], due: '2024-12-31', status: 'in-progress',
  progress: 50, weight: 1, milestones: [], updates: [], origin, ...t,
})
const decision = (d: Partial<Decision>): Decision => ({ text: 'd', origin, ...d })

describe('problems as of a date', () => {
  it.each([
    // raised, status, resolved, as of → open, days open
    ['2024-03-01', 'open', undefined, '2024-03-01', true, 0],
    ['2024-03-01', 'open', undefined, '2024-03-31', true, 30],
    ['2024-03-10', 'open', undefined, '2024-03-01', false, 0], // raised after the date: not open (and not listed)
    ['2024-03-01', 'resolved', '2024-03-20', '2024-03-10', true, 9], // resolved after the date: open then
    ['2024-03-01', 'resolved', '2024-03-20', '2024-03-20', false, 19], // resolved on the date: resolved − raised
    ['2024-03-01', 'resolved', '2024-03-20', '2024-12-31', false, 19],
  ] as const)('raised %s, %s %s, as of %s: open %s, %i days', (raised, status, resolved, asOf, open, days) => {
    const p = problem({ raised, status, resolved })
    expect(isProblemOpen(p, asOf)).toBe(open)
    expect(problemDaysOpen(p, asOf)).toBe(days)
  })
})

describe('decisions as of a date', () => {
  const doneTask = task({ status: 'done', progress: 100, updates: [{ date: '2024-05-01', progress: 40, origin }, { date: '2024-06-15', progress: 100, status: 'done', origin }] })
  it.each([
    // done, due, task, as of → status, done by its task
    [undefined, undefined, undefined, '2024-06-01', 'open', false],
    [undefined, '2024-05-31', undefined, '2024-06-01', 'overdue', false],
    [undefined, '2024-06-01', undefined, '2024-06-01', 'open', false], // due on the date: not yet overdue
    ['2024-05-20', '2024-05-31', undefined, '2024-06-01', 'done', false],
    ['2024-06-10', '2024-05-31', undefined, '2024-06-01', 'overdue', false], // done after the date: not done then
    [undefined, '2024-05-31', doneTask, '2024-06-01', 'overdue', false], // its task is not done yet on that date
    [undefined, '2024-05-31', doneTask, '2024-06-15', 'done', true], // done by its task
    ['2024-07-01', '2024-05-31', doneTask, '2024-06-20', 'overdue', false], // a done date wins over the task
    ['2024-06-01', '2024-05-31', doneTask, '2024-06-20', 'done', false], // done by its own date, the task aside
  ] as const)('done %s, due %s, as of %s → %s', (done, due, t, asOf, expected, byTask) => {
    const d = decision({ done, due, task: t ? 't' : undefined })
    expect(decisionStateAsOf(d, t, asOf)).toEqual({ status: expected, byTask })
    expect(decisionStatusAsOf(d, t, asOf)).toBe(expected)
  })
})

describe('whether a task existed on a --since date', () => {
  it.each([
    [{ start: '2024-02-01' }, '2024-01-31', false],
    [{ start: '2024-02-01' }, '2024-02-01', true],
    [{ updates: [{ date: '2024-03-01', progress: 10, origin }] }, '2024-02-01', false],
    [{ updates: [{ date: '2024-03-01', progress: 10, origin }] }, '2024-03-01', true],
    [{}, '2000-01-01', true],
  ] as const)('%j on %s: %s', (fields, date, existed) => {
    expect(taskExistedOn(task(fields as Partial<Task>), date)).toBe(existed)
  })
})
