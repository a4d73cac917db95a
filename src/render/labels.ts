// Words for a task's status and its date flags in each output language (DOMAIN.md §4):
// 已完成 done · 推进中 in progress · 未启动 planned · 受阻 blocked · 已取消 cancelled · 逾期 overdue.
// Shared by every renderer that shows a status, so a table and a brief use the same words.
import type { Lang, TaskStatus } from '../model/types.js'

const STATUS: Record<TaskStatus, Record<Lang, string>> = {
  planned: { en: 'planned', zh: '未启动' },
  'in-progress': { en: 'in progress', zh: '推进中' },
  done: { en: 'done', zh: '已完成' },
  blocked: { en: 'blocked', zh: '受阻' },
  cancelled: { en: 'cancelled', zh: '已取消' },
}

export type DateFlag = 'overdue' | 'due-soon'

const FLAG: Record<DateFlag, Record<Lang, string>> = {
  overdue: { en: 'overdue', zh: '逾期' },
  'due-soon': { en: 'due soon', zh: '即将到期' },
}

/** The word for a status in a language: `in-progress` → "in progress" / "推进中". */
export function statusLabel(status: TaskStatus, lang: Lang): string {
  return STATUS[status][lang]
}

/** The word for an overdue or due-soon task: "overdue" / "逾期", "due soon" / "即将到期". */
export function flagLabel(flag: DateFlag, lang: Lang): string {
  return FLAG[flag][lang]
}

/**
 * A task's status word with its deadline mark, the one function every renderer uses. A table
 * cell (`cell`) keeps it short: "in progress, overdue" / "推进中 逾期"; running text (`prose`)
 * brackets the mark: "in progress (overdue)" / "推进中（逾期）".
 */
export function taskStatusText(
  task: { status: TaskStatus; overdue: boolean; dueSoon: boolean },
  lang: Lang,
  form: 'cell' | 'prose' = 'cell',
): string {
  const word = statusLabel(task.status, lang)
  const flag = task.overdue ? flagLabel('overdue', lang) : task.dueSoon ? flagLabel('due-soon', lang) : undefined
  if (!flag) return word
  if (form === 'prose') return lang === 'zh' ? `${word}（${flag}）` : `${word} (${flag})`
  return lang === 'zh' ? `${word} ${flag}` : `${word}, ${flag}`
}
