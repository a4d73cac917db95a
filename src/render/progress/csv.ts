// ProgressReport → CSV with the columns of the table (contract §5): headers in the chosen
// language, progress as a plain number (empty where there is none), a total row.
import type { ProgressReport } from '../../report/progress.js'
import { csvText } from '../csv.js'
import { CHAIN_COLUMNS, formatProgress, header, taskStatusText, TASK_COLUMNS } from './labels.js'
import type { ProgressRenderOptions } from './options.js'

const figure = (p: number | null) => (p === null ? null : Number(formatProgress(p)))

export function renderProgressCsv(report: ProgressReport, options: ProgressRenderOptions): string {
  const { lang } = options
  if (options.tasks) {
    const rows = report.tasks.map((t) => [t.chainName, t.id, t.title, t.ownerName, t.due, taskStatusText(t, lang), t.progress])
    return csvText([TASK_COLUMNS.map((k) => header(k, lang)), ...rows], options.bom)
  }
  const rows = report.chains.map((c) => [c.name, c.chiefName ?? '', c.tasks, c.done, c.inProgress, c.blocked, c.overdue, figure(c.progress)])
  const t = report.total
  const total = [header('total', lang), '', t.tasks, t.done, t.inProgress, t.blocked, t.overdue, figure(t.progress)]
  return csvText([CHAIN_COLUMNS.map((k) => header(k, lang)), ...rows, total], options.bom)
}
