// The manifest's `notice` (contract §2) atop a report in the formats people read: a line of
// its own above a terminal table, a quoted line above a markdown table. Never in JSON, CSV
// or xlsx, which machines and spreadsheets read.
import { terminalInline } from './escape.js'
import { markdownText } from './markdown.js'
import type { Style } from './style.js'

/** The notice as the first lines of a terminal report ('' when there is none). */
export function noticeTable(notice: string | null, style: Style): string[] {
  return notice ? [style.warning(terminalInline(notice)), ''] : []
}

/** The notice as the first block of a markdown report ('' when there is none). */
export function noticeMarkdown(notice: string | null): string {
  return notice ? `> ${markdownText(notice)}\n\n` : ''
}
