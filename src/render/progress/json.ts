// ProgressReport → the JSON of contract §5: ids and machine values as they are in the data
// (status "in-progress"), names and titles in the chosen language, progress with at most one
// decimal or null. Same report, same bytes.
import type { Counts, ProgressReport } from '../../report/progress.js'
import type { ProgressRenderOptions } from './options.js'

function counts(c: Counts) {
  const { tasks, planned, inProgress, done, blocked, cancelled, overdue, dueSoon, progress } = c
  return { tasks, planned, inProgress, done, blocked, cancelled, overdue, dueSoon, progress }
}

export function renderProgressJson(report: ProgressReport, options: ProgressRenderOptions): string {
  const data = options.tasks
    ? {
        asOf: report.asOf,
        tasks: report.tasks.map((t) => ({
          id: t.id,
          chain: t.chain,
          title: t.title,
          owner: t.owner,
          ownerName: t.ownerName,
          category: t.category,
          start: t.start,
          due: t.due,
          status: t.status,
          progress: t.progress,
          overdue: t.overdue,
          dueSoon: t.dueSoon,
        })),
      }
    : {
        asOf: report.asOf,
        chains: report.chains.map((c) => ({ id: c.id, name: c.name, ...counts(c) })),
        total: counts(report.total),
      }
  return JSON.stringify(data, null, 2) + '\n'
}
