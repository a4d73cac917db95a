// The words of the owners' workbook in each language (contract §9): column headers, the
// drop-down's status words (the same as every table's), and the messages the sheet shows
// when a cell is given a value it refuses.
import { TASK_STATUSES, type IsoDate, type Lang, type TaskStatus } from '../../model/types.js'
import type { SheetColumn } from '../../record/sheet-layout.js'
import { statusLabel } from '../labels.js'

const HEADERS: Record<SheetColumn, Record<Lang, string>> = {
  id: { en: 'ID', zh: '编号' },
  title: { en: 'Task', zh: '任务' },
  owner: { en: 'Owner', zh: '责任单位' },
  due: { en: 'Due', zh: '完成时限' },
  status: { en: 'Status as of {date}', zh: '截至{date}状态' },
  progress: { en: 'Progress % as of {date}', zh: '截至{date}进度（%）' },
  'last-date': { en: 'Last update', zh: '上次更新' },
  'last-note': { en: 'Last note', zh: '上次进展说明' },
  'new-progress': { en: 'New progress % (0–100)', zh: '本期进度（%，0–100）' },
  'new-status': { en: 'New status (empty: from the progress)', zh: '本期状态（空白按进度确定）' },
  'new-note': { en: 'Note', zh: '本期进展说明' },
  'new-date': { en: 'Date (empty: the day it is recorded)', zh: '日期（空白为录入当天）' },
}

export function sheetHeader(column: SheetColumn, lang: Lang, asOf: IsoDate): string {
  return HEADERS[column][lang].replace('{date}', asOf)
}

const PROMPTS = {
  progressTitle: { en: 'New progress', zh: '本期进度' },
  progress: { en: 'A whole number from 0 to 100.', zh: '请填写 0 到 100 的整数。' },
  statusTitle: { en: 'New status', zh: '本期状态' },
  status: { en: 'Pick a status from the list, or leave it empty.', zh: '请从列表中选择状态，或留空。' },
  dateTitle: { en: 'Date', zh: '日期' },
  date: { en: 'A date, YYYY-MM-DD; empty: the day it is recorded.', zh: '请填写日期（YYYY-MM-DD）；空白为录入当天。' },
} as const satisfies Record<string, Record<Lang, string>>

export function sheetPrompt(key: keyof typeof PROMPTS, lang: Lang): string {
  return PROMPTS[key][lang]
}

/** Folds what a person typed for a comparison: full-width forms, case, spaces. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, ' ').trim()

const STATUS_WORDS = new Map<string, TaskStatus>(
  TASK_STATUSES.flatMap((status) => [status, statusLabel(status, 'en'), statusLabel(status, 'zh')].map((word) => [fold(word), status] as const)),
)

/**
 * The status a drop-down word stands for, in either language (a sheet exported in Chinese
 * may come back filled in by an English-speaking owner), or its id; undefined for none.
 */
export function statusFromLabel(text: string): TaskStatus | undefined {
  return STATUS_WORDS.get(fold(text))
}
