// The words of the list of meetings (contract §10 `meetings`) in each output language.
import type { Lang } from '../../model/types.js'

export const HEADERS = {
  date: { en: 'Date', zh: '日期' },
  id: { en: 'ID', zh: '编号' },
  title: { en: 'Meeting', zh: '会议' },
  chains: { en: 'Chains', zh: '产业链' },
  reports: { en: 'Reports', zh: '汇报' },
  done: { en: 'Done', zh: '已落实' },
  open: { en: 'Open', zh: '推进中' },
  overdue: { en: 'Overdue', zh: '逾期' },
} as const satisfies Record<string, Record<Lang, string>>

export const MEETING_COLUMNS = ['date', 'id', 'title', 'chains', 'reports', 'done', 'open', 'overdue'] as const

export function heading(asOf: string, lang: Lang): string {
  return lang === 'zh' ? `会议一览（议定事项落实情况截至 ${asOf}）` : `Meetings, with their decisions as of ${asOf}`
}

export function emptyLine(lang: Lang): string {
  return lang === 'zh' ? '没有会议。' : 'No meetings.'
}

/** Joins chain names in a cell: 、 in Chinese, a comma in English. */
export function joinNames(names: readonly string[], lang: Lang): string {
  return names.join(lang === 'zh' ? '、' : ', ')
}

export function decisionsHeader(lang: Lang): string {
  return lang === 'zh' ? '议定事项' : 'Decisions'
}

/** "4 done, 1 overdue" / "已落实 4 项、逾期 1 项": the counts that are not zero ("none" / "无" when all are). */
export function decisionsText(counts: { done: number; open: number; overdue: number }, lang: Lang): string {
  const parts = (['done', 'open', 'overdue'] as const).filter((k) => counts[k] > 0)
  if (parts.length === 0) return lang === 'zh' ? '无' : 'none'
  if (lang === 'zh') return parts.map((k) => `${HEADERS[k].zh} ${counts[k]} 项`).join('、')
  return parts.map((k) => `${counts[k]} ${HEADERS[k].en.toLowerCase()}`).join(', ')
}
