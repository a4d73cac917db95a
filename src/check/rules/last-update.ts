// last-update (contract §4): a task's progress must be what its last update says.
import { at, type Rule } from './rule.js'

export const lastUpdate: Rule = {
  id: 'last-update',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const task of model.tasks) {
      const last = task.updates[task.updates.length - 1]
      if (last && last.progress !== task.progress) {
        report(at(task, 'progress'), 'differs', { progress: task.progress, last: last.progress, date: last.date })
      }
    }
  },
}
