// Contract §3: what a task looked like on a given date, and the derived facts built on it
// (overdue, due soon, weighted progress, open problems). Pure functions of records and dates.
import { addDays } from '../model/dates.js'
import type { Decision, IsoDate, Problem, Task, TaskStatus } from '../model/types.js'

export interface TaskState {
  status: TaskStatus
  progress: number
}

/** The status an update implies when it states none: done at 100, in progress above 0. */
function impliedStatus(progress: number): TaskStatus {
  return progress >= 100 ? 'done' : progress > 0 ? 'in-progress' : 'planned'
}

/**
 * A task's status and progress as of `date`: its current values when it has no updates or
 * `date` is on or after its last update; else those of its latest update on or before
 * `date`; with no such update, planned at 0.
 */
export function taskStateAsOf(task: Task, date: IsoDate): TaskState {
  const last = task.updates[task.updates.length - 1]
  if (!last || date >= last.date) return { status: task.status, progress: task.progress }
  let latest: Task['updates'][number] | undefined
  for (const update of task.updates) {
    if (update.date <= date && (!latest || update.date >= latest.date)) latest = update
  }
  if (!latest) return { status: 'planned', progress: 0 }
  return { status: latest.status ?? impliedStatus(latest.progress), progress: latest.progress }
}

const closed = (status: TaskStatus) => status === 'done' || status === 'cancelled'

/** Overdue as of `date`: due before it and not done or cancelled as of it. */
export function isOverdue(task: Task, state: TaskState, date: IsoDate): boolean {
  return task.due < date && !closed(state.status)
}

/** Due soon: not overdue, not done or cancelled, due within the next `window` days. */
export function isDueSoon(task: Task, state: TaskState, date: IsoDate, window: number): boolean {
  return !isOverdue(task, state, date) && !closed(state.status) && task.due <= addDays(date, window)
}

/**
 * Weighted mean progress of the tasks that are not cancelled as of the date, rounded to one
 * decimal; null when there is none. When the sums overflow (two tasks of weight 1e308), the
 * weights are taken relative to the largest, so the mean is never NaN.
 */
export function weightedProgress(items: ReadonlyArray<{ task: Pick<Task, 'weight'>; state: TaskState }>): number | null {
  const open = items.filter(({ state }) => state.status !== 'cancelled')
  let mean = weightedMean(open, 1)
  if (mean !== null && !Number.isFinite(mean)) mean = weightedMean(open, open.reduce((m, { task }) => Math.max(m, task.weight), 0))
  return mean === null ? null : Math.round(mean * 10) / 10
}

function weightedMean(items: ReadonlyArray<{ task: Pick<Task, 'weight'>; state: TaskState }>, scale: number): number | null {
  let weight = 0
  let sum = 0
  for (const { task, state } of items) {
    weight += task.weight / scale
    sum += (task.weight / scale) * state.progress
  }
  return weight === 0 ? null : sum / weight
}

/** Open as of `date`: raised on or before it, and not resolved or resolved after it. */
export function isProblemOpen(problem: Problem, date: IsoDate): boolean {
  if (problem.raised > date) return false
  if (problem.status === 'open') return true
  return problem.resolved !== undefined && problem.resolved > date
}

/** Whether a task existed on `date` (contract §5 `--since`): not when it starts after it, or, without a start, when its first update is after it. */
export function taskExistedOn(task: Task, date: IsoDate): boolean {
  if (task.start !== undefined) return task.start <= date
  const first = task.updates[0]
  return first === undefined || first.date <= date
}

export type DecisionStatus = 'done' | 'open' | 'overdue'

export interface DecisionState {
  status: DecisionStatus
  /** Done because its task is done as of the date, not by a `done` date of its own. */
  byTask: boolean
}

/**
 * The one rule for a decision as of `date` (contract §3), for every report that shows one
 * (meetings, the task card, the brief's follow-up): done when its `done` date is on or before
 * it, or, without one, when its task (`task`: the record its `task` names, if any) is done as
 * of it; else overdue when its `due` is before it; else open. A `done` date after `date`
 * wins over the task: the decision was not done then.
 */
export function decisionStateAsOf(decision: Decision, task: Task | undefined, date: IsoDate): DecisionState {
  if (decision.done !== undefined) {
    if (decision.done <= date) return { status: 'done', byTask: false }
  } else if (task && taskStateAsOf(task, date).status === 'done') return { status: 'done', byTask: true }
  return { status: decision.due !== undefined && decision.due < date ? 'overdue' : 'open', byTask: false }
}

/** A decision's status as of `date`: {@link decisionStateAsOf} without the reason. */
export function decisionStatusAsOf(decision: Decision, task: Task | undefined, date: IsoDate): DecisionStatus {
  return decisionStateAsOf(decision, task, date).status
}

const DAY_MS = 86_400_000
const dayNumber = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / DAY_MS

/** Days a problem has been open as of `date`: `date` − raised; resolved by then: resolved − raised. */
export function problemDaysOpen(problem: Problem, date: IsoDate): number {
  const end = problem.resolved !== undefined && problem.resolved <= date && problem.status === 'resolved' ? problem.resolved : date
  return Math.max(0, dayNumber(end) - dayNumber(problem.raised))
}
