// ProgressReport → CSV with the columns of the table (contract §5): headers in the chosen
// language, progress as a plain number (empty where there is none), a total row.
import type { ProgressReport } from '../../report/progress.js'
import { csvText } from '../csv.js'
import { CHAIN_COLUMNS, formatProgress, header, taskStatusText, TASK_COLUMNS } from './labels.js'
import type { ProgressRenderOptions } from './options.js'

const figure = (p: number | null) => (p === null ? null : Math.sign(p) * Number(formatProgress(Math.abs(p))))

export function renderProgressCsv(report: ProgressReport, options: ProgressRenderOptions): string {
  const { lang } = options
  // --since: a change column last, as a plain signed number (a spreadsheet reads "+5" as a formula start).
  const since = report.since !== null
  const change = (c: number | null): Array<number | null> => (since ? [figure(c)] : [])
  const changeHeader = since ? [header('change', lang)] : []
  if (options.tasks) {
    const rows = report.tasks.map((t) => [t.chainName, t.id, t.title, t.ownerName, t.due, taskStatusText(t, lang), t.progress, ...change(t.change)])
    return csvText([[...TASK_COLUMNS.map((k) => header(k, lang)), ...changeHeader], ...rows], options.bom)
  }
  const rows = report.chains.map((c) => [c.name, c.chiefName ?? '', c.tasks, c.done, c.inProgress, c.blocked, c.overdue, figure(c.progress), ...change(c.change)])
  const t = report.total
  const total = [header('total', lang), '', t.tasks, t.done, t.inProgress, t.blocked, t.overdue, figure(t.progress), ...change(t.change)]
  return csvText([[...CHAIN_COLUMNS.map((k) => header(k, lang)), ...changeHeader], ...rows, total], options.bom)
}
