// `chainchief update` as a plan (SPEC §9): an update appended to the task, its progress and
// status set to match, so no figure is entered twice. Without a status the task keeps
// `blocked` below 100, else takes done at 100, in-progress above 0, planned at 0. The update
// states its status only where the progress alone would imply another (contract §3).
import type { IsoDate, Model, Task, TaskStatus, Text } from '../model/types.js'
import type { Plain } from '../workspace/edit/yaml-edit.js'
import { found, requireUnique } from './find-target.js'
import type { WritePlan } from './plan.js'

export interface UpdateRequest {
  task: string
  /** Whole percent, 0–100. */
  progress: number
  status?: TaskStatus
  note?: Text
  date: IsoDate
}

/** The status an update states none of: done at 100, in-progress above 0, planned at 0 (contract §3). */
export function impliedStatus(progress: number): TaskStatus {
  return progress >= 100 ? 'done' : progress > 0 ? 'in-progress' : 'planned'
}

/** The status an update without `--status` gives the task. */
export function defaultStatus(current: TaskStatus, progress: number): TaskStatus {
  return current === 'blocked' && progress < 100 ? 'blocked' : impliedStatus(progress)
}

/** Why an update cannot be recorded as asked, as data (a sheet import names the cell of each). */
export type UpdateProblem =
  | { code: 'progress-range'; progress: number }
  | { code: 'date-before-last-update'; date: IsoDate; last: IsoDate }
  | { code: 'status-contradicts'; status: TaskStatus; progress: number }

/** What is wrong with `request` for `task`; empty when it can be recorded (the check still judges the result). */
export function updateProblems(task: Task, request: Omit<UpdateRequest, 'task'>): UpdateProblem[] {
  const problems: UpdateProblem[] = []
  const { progress, date } = request
  if (!Number.isInteger(progress) || progress < 0 || progress > 100) problems.push({ code: 'progress-range', progress })
  const last = task.updates[task.updates.length - 1]
  if (last && date < last.date) problems.push({ code: 'date-before-last-update', date, last: last.date })
  const status = request.status ?? defaultStatus(task.status, progress)
  if ((status === 'done' && progress < 100) || (progress === 100 && status !== 'done' && status !== 'cancelled') || (status === 'planned' && progress > 0)) {
    problems.push({ code: 'status-contradicts', status, progress })
  }
  return problems
}

/** The plan of one update. Throws RecordRefusal for an unknown or ambiguous task. */
export function planUpdate(model: Model, request: UpdateRequest): WritePlan {
  const task = found(model.tasksById.get(request.task), requireUnique(model, 'task', request.task))
  const status = request.status ?? defaultStatus(task.status, request.progress)
  const update: Record<string, Plain> = { date: request.date, progress: request.progress }
  if (status !== impliedStatus(request.progress)) update.status = status
  if (request.note !== undefined) update.note = request.note as Plain
  const path = task.origin.path
  return {
    edits: [
      {
        file: task.origin.file,
        kind: 'chain',
        edits: [
          { op: 'set', path: [...path, 'progress'], value: request.progress },
          { op: 'set', path: [...path, 'status'], value: status },
          { op: 'append', path: [...path, 'updates'], value: update },
        ],
      },
    ],
    creates: [],
    recorded: [
      {
        kind: 'update', file: task.origin.file, task: task.id, date: request.date,
        from: task.progress, progress: request.progress, fromStatus: task.status, status,
      },
    ],
  }
}
