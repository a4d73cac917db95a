// ProgressReport → the JSON of contract §5: ids and machine values as they are in the data
// (status "in-progress"), names and titles in the chosen language, progress with at most one
// decimal or null. Same report, same bytes. Written by jsonText (escape.ts): controls and bidi
// controls as \u escapes, losslessly (contract §8).
import { jsonText } from '../escape.js'
import type { Counts, ProgressReport, TaskRow } from '../../report/progress.js'
import type { ProgressRenderOptions } from './options.js'

function counts(c: Counts, since: boolean) {
  const { tasks, planned, inProgress, done, blocked, cancelled, overdue, dueSoon, progress } = c
  return { tasks, planned, inProgress, done, blocked, cancelled, overdue, dueSoon, progress, ...change(c.change, since) }
}

/** `--since`: rows get "change" (a number or null); without it the key is left out. */
const change = (value: number | null, since: boolean) => (since ? { change: value } : {})

export function renderProgressJson(report: ProgressReport, options: ProgressRenderOptions): string {
  const since = report.since !== null
  const sinceKey = since ? { since: report.since } : {}
  const data = options.tasks
    ? {
        asOf: report.asOf,
        ...sinceKey,
        tasks: report.tasks.map((t) => ({ ...taskJsonFields(t), ...change(t.change, since) })),
      }
    : {
        asOf: report.asOf,
        ...sinceKey,
        chains: report.chains.map((c) => ({ id: c.id, name: c.name, ...counts(c, since) })),
        total: counts(report.total, since),
      }
  return jsonText(data) + '\n'
}

/** A task row's fields in JSON, as `progress --tasks` gives them (contract §5); `task` starts from these too (§10). */
export function taskJsonFields(t: TaskRow) {
  return {
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
  }
}
