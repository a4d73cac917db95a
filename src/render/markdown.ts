// Markdown built from data (contract §6, PITFALLS §5): cells, paragraphs and the GitHub table
// that every markdown renderer draws (its cells escaped by the caller). The escaping itself is
// markdownText of escape.ts: no markup, no raw HTML, no broken table, no block or workflow
// command started by a value.

import { markdownText, oneLine } from './escape.js'

export { markdownText, oneLine }

/** A table cell: as `markdownText`, with an em dash for an empty value. */
export function markdownCell(text: string | undefined): string {
  const cell = text === undefined ? '' : markdownText(text)
  return cell === '' ? '—' : cell
}

/**
 * Multi-paragraph data (meeting notes): paragraphs split at blank lines, each escaped as
 * `markdownText`, joined by one blank line.
 */
export function markdownParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(markdownText)
    .filter((p) => p !== '')
}

/** A column of a GitHub table: its header (our words, escaped here) and alignment. */
export interface MarkdownColumn {
  header: string
  align?: 'left' | 'right'
}

/**
 * A GitHub table: a header row (escaped here), the alignment row, then the rows as given.
 * `spaced` writes the alignment row as `| --- |` (the brief's habit) instead of `|---|`.
 */
export function markdownTable(
  columns: readonly MarkdownColumn[],
  rows: ReadonlyArray<readonly string[]>,
  options: { spaced?: boolean } = {},
): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`
  const rule = columns.map((c) => (c.align === 'right' ? '---:' : '---'))
  const ruleLine = options.spaced ? line(rule) : `|${rule.join('|')}|`
  return [line(columns.map((c) => markdownText(c.header))), ruleLine, ...rows.map(line)].join('\n') + '\n'
}
