// What the renderers of the views (contract §10) are told, decided once at the edge
// (cli/output.ts), and the text formats they share: a table or markdown with the notice and a
// heading above the grid, CSV of the grid alone.
import type { Lang } from '../model/types.js'
import { gridCsv, gridMarkdown, gridTableLines, type Grid } from './grid.js'
import { terminalInline } from './escape.js'
import { markdownText } from './markdown.js'
import { noticeMarkdown, noticeTable } from './notice.js'
import type { Style } from './style.js'

export interface ViewRenderOptions {
  lang: Lang
  /** Colours for a terminal; PLAIN everywhere else. Only tables use them. */
  style: Style
  /** Columns a table must fit. */
  width: number
  /** Plain +-| borders, for terminals that draw box characters two columns wide. */
  ascii: boolean
  /** CSV only: a UTF-8 byte order mark in front. */
  bom: boolean
}

export type ViewRenderer<R> = (report: R, options: ViewRenderOptions) => string

/** A terminal view: the notice, the heading, each grid (with its own caption), a closing line. */
export function viewTable(notice: string | null, heading: string, sections: ReadonlyArray<{ caption?: string; grid: Grid; empty: string }>, options: ViewRenderOptions, footer?: string): string {
  const lines = [...noticeTable(notice, options.style), options.style.bold(heading)]
  for (const { caption, grid, empty } of sections) {
    if (caption !== undefined) lines.push('', options.style.bold(terminalInline(caption)))
    if (grid.rows.length === 0) lines.push(empty)
    else lines.push(...gridTableLines(grid, options))
  }
  if (footer) lines.push(footer)
  return lines.join('\n') + '\n'
}

/** A markdown view: the notice, a bold heading, each grid under its caption. */
export function viewMarkdown(notice: string | null, heading: string, sections: ReadonlyArray<{ caption?: string; grid: Grid; empty: string }>, footer?: string): string {
  let out = `${noticeMarkdown(notice)}**${markdownText(heading)}**\n`
  for (const { caption, grid, empty } of sections) {
    if (caption !== undefined) out += `\n**${markdownText(caption)}**\n`
    out += grid.rows.length === 0 ? `\n${markdownText(empty)}\n` : `\n${gridMarkdown(grid)}`
  }
  if (footer) out += `\n${markdownText(footer)}\n`
  return out
}

export { gridCsv }
