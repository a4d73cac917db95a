// status-progress (contract §4): a status that contradicts the progress: done below 100 %,
// 100 % but not done, planned above 0 %. Also applied to updates that state a status.
import { at, type Rule } from './rule.js'
import type { Origin, TaskStatus } from '../../model/types.js'

function mismatch(status: TaskStatus, progress: number): string | undefined {
  if (status === 'done' && progress < 100) return 'done-below-100'
  if (status !== 'done' && progress === 100) return 'full-not-done'
  if (status === 'planned' && progress > 0) return 'planned-started'
  return undefined
}

export const statusProgress: Rule = {
  id: 'status-progress',
  defaultSeverity: 'error',
  check({ model }, report) {
    const judge = (record: { origin: Origin }, status: TaskStatus, progress: number) => {
      const message = mismatch(status, progress)
      if (message) report(at(record, 'status'), message, { status, progress })
    }
    for (const task of model.tasks) {
      judge(task, task.status, task.progress)
      for (const update of task.updates) if (update.status) judge(update, update.status, update.progress)
    }
  },
}
