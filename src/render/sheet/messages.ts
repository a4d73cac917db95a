// What `sheet export` and `sheet import` say, in each output language (contract §8, §9):
// their one-line results, their refusals (exit 2) and the reasons a row is rejected
// (`sheet!cell: reason`). Placeholders {name} are filled from plain arguments.
import type { Lang } from '../../model/types.js'

const MESSAGES = {
  'unknown-chain': {
    en: '{flag}: no chain "{value}"{near? (did you mean "{near}"?)}',
    zh: '{flag}：没有产业链“{value}”{near?（是否应为“{near}”？）}',
  },
  'unknown-owner': {
    en: '{flag}: no organization or person "{value}"{near? (did you mean "{near}"?)}',
    zh: '{flag}：没有单位或人员“{value}”{near?（是否应为“{near}”？）}',
  },
  'export-needs-output': {
    en: 'sheet export writes a workbook: name the file with -o <file.xlsx>',
    zh: 'sheet export 生成工作簿文件：请用 -o <文件.xlsx> 指定文件',
  },
  'output-is-workspace-file': {
    en: '-o {file}: that is a file of the workspace; nothing was written',
    zh: '-o {file}：这是工作区的数据文件，未写入',
  },
  'cannot-write': { en: 'cannot write {file}: {reason}', zh: '无法写入 {file}：{reason}' },
  'cannot-read': { en: 'cannot read {file}: {reason}', zh: '无法读取 {file}：{reason}' },
  exported: {
    en: 'Wrote {file}: {sheets} sheet(s), {rows} task(s) to report on, as of {asOf}.',
    zh: '已生成 {file}：{sheets} 张工作表，{rows} 项任务待填报（截至 {asOf}）。',
  },
  // sheet import
  'not-a-workbook': { en: '{file}: {reason}', zh: '{file}：{reason}' },
  foreign: {
    en: '{file} was not made by chainchief sheet export (it has no chainchief marker sheet); nothing was recorded',
    zh: '{file} 不是 chainchief sheet export 生成的工作簿（没有 chainchief 标记表），未录入任何内容',
  },
  'foreign-format': {
    en: '{file} was made by another version of chainchief sheet export (layout "{format}"); export the workbook again; nothing was recorded',
    zh: '{file} 由其他版本的 chainchief sheet export 生成（版式“{format}”），请重新导出；未录入任何内容',
  },
  'other-workspace': {
    en: '{file} was exported from another workspace ("{workspace}"), not from this one ("{here}"); nothing was recorded',
    zh: '{file} 导出自另一个工作区（“{workspace}”），不是本工作区（“{here}”），未录入任何内容',
  },
  rejected: {
    en: '✖ {count} row(s) of {file} cannot be recorded; nothing was recorded.',
    zh: '✖ {file} 有 {count} 行无法录入，未录入任何内容。',
  },
  'nothing-filled': {
    en: 'Nothing to record: no row of {file} has a new progress.',
    zh: '无可录入：{file} 中没有填写本期进度的行。',
  },
  'all-recorded': {
    en: 'Nothing to record: the {count} row(s) of {file} with a new progress are recorded already.',
    zh: '无可录入：{file} 中填写了本期进度的 {count} 行均已录入。',
  },
  'recorded-row': { en: '{at}  {task}  {from}% → {to}%  {status}  {date}', zh: '{at}  {task}  {from}% → {to}%  {status}  {date}' },
  recorded: {
    en: 'Recorded {count} update(s) from {file} in {files}.{already? {already} row(s) were recorded already.}',
    zh: '已从 {file} 录入 {count} 条进展，写入 {files}。{already?另有 {already} 行此前已录入。}',
  },
  'dry-run': {
    en: 'Would record {count} update(s) from {file} in {files} (dry run: nothing was written).{already? {already} row(s) are recorded already.}',
    zh: '将从 {file} 录入 {count} 条进展，写入 {files}（试运行，未写入）。{already?另有 {already} 行此前已录入。}',
  },
  'would-break': {
    en: '✖ Recording {file} would add the errors above; nothing was recorded.',
    zh: '✖ 录入 {file} 会产生以上错误，未录入任何内容。',
  },
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
} as const satisfies Record<string, Record<Lang, string>>

export type SheetMessageId = keyof typeof MESSAGES
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

export function sheetMessage(lang: Lang, id: SheetMessageId, args: MessageArgs): string {
  return fill(MESSAGES[id][lang], args)
}
