// Text from data files made inert for CommonMark with GitHub tables (contract §6, PITFALLS §5):
// no markup, no raw HTML, no broken table, no heading or list started by a value. Every
// escape used is a CommonMark backslash escape, so a reader sees the original characters.
// Also the GitHub table that every markdown renderer draws (its cells escaped by the caller).

// C0 controls but tab and line feed, DEL, C1 controls, bidi overrides (as escape.ts).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
// Characters that open inline markup anywhere: emphasis, code, links, images, raw HTML,
// autolinks, strikethrough, table cells, and the backslash itself.
const INLINE = /[\\`*_[\]<>|~]/g
// An `&` that would start an entity or numeric character reference.
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g
// What a line may start with to become a heading, quote, list, thematic break or setext line.
const BLOCK_START = /^(#|>|-|\+|=)/
const ORDERED_START = /^(\d{1,9})([.)])/

/** Data as one line: controls dropped, line breaks and runs of white space made one space. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim()
}

/**
 * Data for inline markdown that may start a line (a paragraph, a list item, a table cell,
 * a heading): one line, every markup character backslash-escaped, and a leading `#`, `>`,
 * `-`, `+`, `=` or `1.` escaped so it stays text. A `|` is escaped too, so it never ends a
 * table cell.
 */
export function markdownText(text: string): string {
  const escaped = oneLine(text).replace(INLINE, '\\$&').replace(ENTITY, '\\&')
  return escaped.replace(BLOCK_START, '\\$1').replace(ORDERED_START, '$1\\$2')
}

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
    .replace(CONTROL, '')
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
