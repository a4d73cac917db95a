// The words of the progress report in each output language: column headers, headings and
// the formatting of a progress figure (contract §5). Status words live in labels.ts.
import type { Lang } from '../../model/types.js'
import type { ProgressReport } from '../../report/progress.js'
export { taskStatusText } from '../labels.js'

const HEADERS = {
  chain: { en: 'Chain', zh: '产业链' },
  chief: { en: 'Chief', zh: '链长' },
  tasks: { en: 'Tasks', zh: '任务' },
  done: { en: 'Done', zh: '已完成' },
  inProgress: { en: 'In progress', zh: '推进中' },
  blocked: { en: 'Blocked', zh: '受阻' },
  overdue: { en: 'Overdue', zh: '逾期' },
  progress: { en: 'Progress', zh: '进度' },
  total: { en: 'Total', zh: '合计' },
  id: { en: 'ID', zh: '编号' },
  title: { en: 'Task', zh: '任务' },
  owner: { en: 'Owner', zh: '责任单位' },
  due: { en: 'Due', zh: '完成时限' },
  status: { en: 'Status', zh: '状态' },
  change: { en: 'Change', zh: '变化' },
} as const satisfies Record<string, Record<Lang, string>>

export type HeaderKey = keyof typeof HEADERS

export function header(key: HeaderKey, lang: Lang): string {
  return HEADERS[key][lang]
}

/** The columns of each view, in the order of contract §5. */
export const CHAIN_COLUMNS = ['chain', 'chief', 'tasks', 'done', 'inProgress', 'blocked', 'overdue', 'progress'] as const satisfies readonly HeaderKey[]
export const TASK_COLUMNS = ['chain', 'id', 'title', 'owner', 'due', 'status', 'progress'] as const satisfies readonly HeaderKey[]

/** A progress figure as people read it: 45, 45.5 (at most one decimal), '' for none. */
export function formatProgress(progress: number | null): string {
  if (progress === null) return ''
  return String(Math.round(progress * 10) / 10)
}

/** A change in progress, signed: +12.5, -3, 0; '' for none (contract §5 `--since`). */
export function formatChange(change: number | null): string {
  if (change === null) return ''
  const figure = formatProgress(Math.abs(change))
  return change > 0 ? `+${figure}` : change < 0 ? `-${figure}` : '0'
}

/** The line above a table or markdown table. */
export function heading(report: ProgressReport, tasks: boolean): string {
  if (report.lang === 'zh') {
    const since = report.since ? `，变化自 ${report.since} 起` : ''
    return `${tasks ? '重点任务' : '产业链'}推进情况（截至 ${report.asOf}${since}）`
  }
  const since = report.since ? `, change since ${report.since}` : ''
  return `${tasks ? 'Key tasks' : 'Progress of the chains'} as of ${report.asOf}${since}`
}

/** The line under a task table: how many tasks, how many overdue and due soon. */
/** In place of an empty table: the filters left no task (a bordered table of nothing says less). */
export function noTasksLine(lang: ProgressReport['lang']): string {
  return lang === 'zh' ? '没有符合筛选条件的任务。' : 'No task matches the filters.'
}

export function taskSummary(report: ProgressReport): string {
  const n = report.tasks.length
  const overdue = report.tasks.filter((t) => t.overdue).length
  const soon = report.tasks.filter((t) => t.dueSoon).length
  if (report.lang === 'zh') return `共 ${n} 项任务：逾期 ${overdue} 项，${report.window} 天内到期 ${soon} 项。`
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`
  return `${plural(n, 'task')}: ${overdue} overdue, ${soon} due within ${report.window} days.`
}
