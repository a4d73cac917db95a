// future-date (contract §4): something recorded as happened after the as-of date: an update,
// a milestone done, a problem resolved.
import { at, type Rule } from './rule.js'

export const futureDate: Rule = {
  id: 'future-date',
  defaultSeverity: 'warn',
  check({ model, asOf }, report) {
    for (const task of model.tasks) {
      for (const update of task.updates) {
        if (update.date > asOf) report(at(update, 'date'), 'update', { date: update.date, asOf })
      }
      for (const milestone of task.milestones) {
        if (milestone.done && milestone.done > asOf) report(at(milestone, 'done'), 'milestone', { date: milestone.done, asOf })
      }
    }
    for (const problem of model.problems) {
      if (problem.resolved && problem.resolved > asOf) report(at(problem, 'resolved'), 'resolved', { date: problem.resolved, asOf })
    }
  },
}
