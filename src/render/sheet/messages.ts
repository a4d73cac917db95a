// Why `sheet import` rejects a row (contract §9: `sheet!cell: reason`), in each output
// language: the words of record/sheet-import.ts's reasons, as check/messages.ts words the
// rules' findings. Placeholders {name} are filled from the rejection's arguments. The
// commands' own words are in the catalogue of cli/words/.
import type { Lang } from '../../model/types.js'
import type { RejectReason } from '../../record/sheet-import.js'

const MESSAGES = {
  // Why a row is rejected (`sheet!cell: reason`).
  'no-task-id': {
    en: 'this row has no task id: a task cannot be added in the sheet; add it to its chain file first',
    zh: '此行没有任务编号：不能在表中新增任务，请先在产业链文件中添加',
  },
  'unknown-task': {
    en: 'no task "{id}" in this workspace{near? (did you mean "{near}"?)}',
    zh: '本工作区没有任务“{id}”{near?（是否应为“{near}”？）}',
  },
  'duplicate-task': { en: 'task "{id}" has a row at {other} already', zh: '任务“{id}”已在 {other} 填报' },
  'no-progress': {
    en: 'filled in without a new progress: give the progress, or clear the row',
    zh: '未填写本期进度：请填写进度，或清空此行',
  },
  'progress-not-whole': { en: 'new progress "{value}" is not a whole number from 0 to 100', zh: '本期进度“{value}”不是 0 到 100 的整数' },
  'progress-range': { en: 'new progress {value} is not from 0 to 100', zh: '本期进度 {value} 不在 0 到 100 之间' },
  'status-unknown': {
    en: '"{value}" is not a status (planned, in progress, done, blocked, cancelled)',
    zh: '“{value}”不是状态（未启动、推进中、已完成、受阻、已取消）',
  },
  'status-contradicts': {
    en: 'status "{status}" contradicts progress {progress}% (done is 100%, planned 0%, and 100% is done)',
    zh: '状态“{status}”与进度 {progress}% 不符（已完成为 100%，未启动为 0%，100% 即已完成）',
  },
  'date-invalid': { en: '"{value}" is not a date (write YYYY-MM-DD)', zh: '“{value}”不是日期（请写作 YYYY-MM-DD）' },
  'date-before-last': {
    en: "date {date}{today? (empty: today)} is before the task's last update ({last})",
    zh: '日期 {date}{today?（空白即当天）}早于该任务上次更新（{last}）',
  },
} as const satisfies Record<RejectReason, Record<Lang, string>>

export type RejectionWordsId = keyof typeof MESSAGES
export type MessageArgs = Record<string, string | number>

/**
 * Fills a template: `{name}` is the argument; `{name?text}` is `text` (itself filled) when
 * the argument is non-empty, else nothing.
 */
export function fill(template: string, args: MessageArgs): string {
  return template
    .replace(/\{(\w+)\?([^{}]*(?:\{\w+\}[^{}]*)*)\}/g, (_, name: string, text: string) => (args[name] === undefined || args[name] === '' ? '' : fill(text, args)))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (args[name] === undefined ? whole : String(args[name])))
}

/** The words of a rejected row's reason. */
export function rejectionWords(lang: Lang, reason: RejectReason, args: MessageArgs): string {
  return fill(MESSAGES[reason][lang], args)
}
