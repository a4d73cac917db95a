// Text from data files made inert for CommonMark with GitHub tables (contract §6, PITFALLS §5):
// no markup, no raw HTML, no broken table, no heading or list started by a value. Every
// escape used is a CommonMark backslash escape, so a reader sees the original characters.

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
