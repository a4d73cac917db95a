// ProgressReport → the grid of its workbook (contract §5 `--format xlsx`): the columns and
// words of the table and CSV — chain rows with the total row last, or with `--tasks` a row per
// task (its status with the overdue / due-soon mark) — and the change column of `--since`.
import type { ProgressReport } from '../../report/progress.js'
import type { Grid, GridColumn, GridType } from '../grid.js'
import { CHAIN_COLUMNS, header, taskStatusText, TASK_COLUMNS, type HeaderKey } from './labels.js'

/** A figure as the other formats show it: at most one decimal. */
const figure = (p: number | null) => (p === null ? null : Math.round(p * 10) / 10)

const TYPES: Partial<Record<HeaderKey, GridType>> = {
  tasks: 'integer',
  done: 'integer',
  inProgress: 'integer',
  blocked: 'integer',
  overdue: 'integer',
  progress: 'percent',
  id: 'id',
  due: 'date',
  change: 'change',
}

function columns(keys: readonly HeaderKey[], report: ProgressReport): GridColumn[] {
  const all = report.since === null ? keys : [...keys, 'change' as const]
  return all.map((key) => ({ header: header(key, report.lang), type: TYPES[key] ?? 'text' }))
}

export function progressGrid(report: ProgressReport, tasks: boolean): Grid {
  const { lang } = report
  const since = report.since !== null
  const change = (c: number | null) => (since ? [figure(c)] : [])
  if (tasks) {
    return {
      name: lang === 'zh' ? '重点任务' : 'Tasks',
      columns: columns(TASK_COLUMNS, report),
      rows: report.tasks.map((t) => [t.chainName, t.id, t.title, t.ownerName, t.due, taskStatusText(t, lang), figure(t.progress), ...change(t.change)]),
    }
  }
  const t = report.total
  return {
    name: lang === 'zh' ? '产业链推进情况' : 'Progress',
    columns: columns(CHAIN_COLUMNS, report),
    rows: [
      ...report.chains.map((c) => [c.name, c.chiefName, c.tasks, c.done, c.inProgress, c.blocked, c.overdue, figure(c.progress), ...change(c.change)]),
      [header('total', lang), null, t.tasks, t.done, t.inProgress, t.blocked, t.overdue, figure(t.progress), ...change(t.change)],
    ],
  }
}
