// The words of the problem list (contract §10 `problems`) in each output language: column
// headers, the heading, the status words and the closing line.
import type { Lang } from '../../model/types.js'
import type { ProblemsReport, ProblemStatusFilter } from '../../report/problems.js'

export const HEADERS = {
  chain: { en: 'Chain', zh: '产业链' },
  id: { en: 'ID', zh: '编号' },
  text: { en: 'Problem', zh: '问题' },
  task: { en: 'Task', zh: '关联任务' },
  owner: { en: 'Owner', zh: '责任单位' },
  raised: { en: 'Raised', zh: '提出日期' },
  status: { en: 'Status', zh: '状态' },
  daysOpen: { en: 'Days', zh: '天数' },
} as const satisfies Record<string, Record<Lang, string>>

export const PROBLEM_COLUMNS = ['chain', 'id', 'text', 'task', 'owner', 'raised', 'status', 'daysOpen'] as const

const STATUS = {
  open: { en: 'open', zh: '未解决' },
  resolved: { en: 'resolved', zh: '已解决' },
  all: { en: 'all', zh: '全部' },
} as const satisfies Record<ProblemStatusFilter, Record<Lang, string>>

export function problemStatusLabel(status: ProblemStatusFilter, lang: Lang): string {
  return STATUS[status][lang]
}

export function heading(report: ProblemsReport): string {
  const which = problemStatusLabel(report.status, report.lang)
  if (report.lang === 'zh') return `问题清单（${which}，截至 ${report.asOf}）`
  return `Problem list (${which}) as of ${report.asOf}`
}

export function emptyLine(lang: Lang): string {
  return lang === 'zh' ? '没有符合条件的问题。' : 'No problems match.'
}

export function summary(report: ProblemsReport): string {
  const n = report.problems.length
  const open = report.problems.filter((p) => p.status === 'open').length
  if (report.lang === 'zh') return `共 ${n} 个问题，其中未解决 ${open} 个。`
  return `${n} problem${n === 1 ? '' : 's'}, ${open} open.`
}
