// `chainchief update <task-id> --progress <n>` (SPEC §9): one update appended to the task, its
// progress and status set to match; the date defaults to today in the workspace zone.
import type { TaskStatus } from '../../model/types.js'
import { planUpdate } from '../../record/update.js'
import { runRecord, type RecordFlags } from '../record-write.js'

export interface UpdateFlags extends RecordFlags {
  progress: number
  status?: TaskStatus
  note?: string
  date?: string
}

export function runUpdate(taskId: string, flags: UpdateFlags): Promise<number> {
  return runRecord(flags, ({ model, today }) =>
    planUpdate(model, { task: taskId, progress: flags.progress, status: flags.status, note: flags.note, date: flags.date ?? today }),
  )
}
