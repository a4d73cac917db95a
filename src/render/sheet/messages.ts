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
