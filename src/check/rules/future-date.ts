// future-date (contract §4): something recorded as happened after the as-of date: an update,
// a milestone done, a problem resolved, a decision carried out.
import { at, type Rule } from './rule.js'

export const futureDate: Rule = {
  id: 'future-date',
  defaultSeverity: 'warn',
  check(context, report) {
    const { model } = context
    // Most dates are well in the past: the cheap bound settles them without "today".
    const after = (date: string) => date > context.asOfAtLeast && date > context.asOf
    const asOf = () => context.asOf
    for (const task of model.tasks) {
      for (const update of task.updates) {
        if (after(update.date)) report(at(update, 'date'), 'update', { date: update.date, asOf: asOf() })
      }
      for (const milestone of task.milestones) {
        if (milestone.done && after(milestone.done)) report(at(milestone, 'done'), 'milestone', { date: milestone.done, asOf: asOf() })
      }
    }
    for (const problem of model.problems) {
      if (problem.resolved && after(problem.resolved)) report(at(problem, 'resolved'), 'resolved', { date: problem.resolved, asOf: asOf() })
    }
    for (const meeting of model.meetings) {
      for (const decision of meeting.decisions) {
        if (decision.done && after(decision.done)) report(at(decision, 'done'), 'decision', { date: decision.done, asOf: asOf() })
      }
    }
  },
}
