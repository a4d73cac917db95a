// progress-decrease (contract §4): an update whose progress is below the previous update's.
import { at, type Rule } from './rule.js'

export const progressDecrease: Rule = {
  id: 'progress-decrease',
  defaultSeverity: 'warn',
  check({ model }, report) {
    for (const task of model.tasks) {
      task.updates.forEach((update, i) => {
        const previous = task.updates[i - 1]
        if (previous && update.progress < previous.progress) {
          report(at(update, 'progress'), 'decrease', { previous: previous.progress, progress: update.progress, date: previous.date })
        }
      })
    }
  },
}
