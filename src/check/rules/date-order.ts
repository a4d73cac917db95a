// date-order (contract §4): dates that run backwards: a task's start after its due date, a
// problem resolved before it was raised, a task's updates out of date order, a decision done
// before its meeting was held.
import { at, type Rule } from './rule.js'

export const dateOrder: Rule = {
  id: 'date-order',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const task of model.tasks) {
      if (task.start && task.start > task.due) {
        report(at(task, 'start'), 'start-after-due', { start: task.start, due: task.due })
      }
      task.updates.forEach((update, i) => {
        const previous = task.updates[i - 1]
        if (previous && update.date < previous.date) {
          report(at(update, 'date'), 'updates-order', { date: update.date, previous: previous.date })
        }
      })
    }
    for (const problem of model.problems) {
      if (problem.resolved && problem.resolved < problem.raised) {
        report(at(problem, 'resolved'), 'resolved-before-raised', { resolved: problem.resolved, raised: problem.raised })
      }
    }
    for (const meeting of model.meetings) {
      for (const decision of meeting.decisions) {
        if (decision.done && decision.done < meeting.date) {
          report(at(decision, 'done'), 'decision-done-before-meeting', { done: decision.done, date: meeting.date })
        }
      }
    }
  },
}
