// ProgressReport → a GitHub markdown table (contract §5), e.g. for a job summary or a brief:
// the columns of the terminal table, data escaped by markdownText, progress as a percent.
import type { ProgressReport } from '../../report/progress.js'
import { markdownTable, markdownText, type MarkdownColumn } from '../markdown.js'
import { noticeMarkdown } from '../notice.js'
import { CHAIN_COLUMNS, formatChange, formatProgress, header, heading, taskStatusText, taskSummary, TASK_COLUMNS } from './labels.js'
import type { ProgressRenderOptions } from './options.js'

const percent = (p: number | null) => (p === null ? '—' : `${formatProgress(p)}%`)
const RIGHT = new Set(['tasks', 'done', 'inProgress', 'blocked', 'overdue', 'progress'])

export function renderProgressMarkdown(report: ProgressReport, options: ProgressRenderOptions): string {
  const { lang } = options
  const since = report.since !== null
  const columns = (keys: readonly (typeof CHAIN_COLUMNS | typeof TASK_COLUMNS)[number][]): MarkdownColumn[] => [
    ...keys.map((k): MarkdownColumn => ({ header: header(k, lang), align: RIGHT.has(k) ? 'right' : 'left' })),
    ...(since ? [{ header: header('change', lang), align: 'right' } as const] : []),
  ]
  const change = (c: number | null) => (since ? [c === null ? '—' : formatChange(c)] : [])
  const title = `${noticeMarkdown(report.notice)}**${markdownText(heading(report, options.tasks))}**\n\n`
  if (options.tasks) {
    const rows = report.tasks.map((t) => {
      const flagged = t.overdue || t.dueSoon
      const status = markdownText(taskStatusText(t, lang))
      return [markdownText(t.chainName), `\`${t.id}\``, markdownText(t.title), markdownText(t.ownerName), t.due, flagged ? `**${status}**` : status, percent(t.progress), ...change(t.change)]
    })
    return title + markdownTable(columns(TASK_COLUMNS), rows) + `\n${markdownText(taskSummary(report))}\n`
  }
  const rows = report.chains.map((c) => [markdownText(c.name), markdownText(c.chiefName ?? '—'), ...[c.tasks, c.done, c.inProgress, c.blocked, c.overdue].map(String), percent(c.progress), ...change(c.change)])
  const t = report.total
  const total = [`**${markdownText(header('total', lang))}**`, '', ...[t.tasks, t.done, t.inProgress, t.blocked, t.overdue].map(String), `**${percent(t.progress)}**`, ...change(t.change)]
  return title + markdownTable(columns(CHAIN_COLUMNS), [...rows, total])
}
