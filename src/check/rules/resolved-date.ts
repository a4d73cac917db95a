// resolved-date (contract §4): a resolved problem needs its resolution date; an open one has none.
import { at, type Rule } from './rule.js'

export const resolvedDate: Rule = {
  id: 'resolved-date',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const problem of model.problems) {
      if (problem.status === 'resolved' && !problem.resolved) {
        report(at(problem, 'status'), 'missing-date')
      } else if (problem.status === 'open' && problem.resolved) {
        report(at(problem, 'resolved'), 'open-with-date', { resolved: problem.resolved })
      }
    }
  },
}
