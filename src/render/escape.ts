// Text from data files, made safe for where it lands (contract §8, PITFALLS §1 and §5): one
// function per destination — terminal text, JSON, CSV cell, markdown, HTML, Word XML, workflow
// command data and property — each with the guarantee its comment states. Every renderer passes
// data strings through one of these; test/render/escape-property.test.ts throws random hostile
// strings at every format and checks each guarantee on the whole output.
import { INVISIBLE, showInvisible } from '../findings/index.js'

export { showInvisible }

// C0 controls (tab and line feed aside), DEL, C1 controls, the line and paragraph separators,
// and the bidi controls that can reorder what a reader sees (Trojan Source).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
// The same with tab and line feed.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
// A UTF-16 half without its other half: UTF-8 cannot carry it (it would become U+FFFD).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** `\n`, `\t`, `\r`; `\x1b` for the rest of Latin-1; `\u202e` above it. */
function visible(ch: string): string {
  if (ch === '\n') return '\\n'
  if (ch === '\r') return '\\r'
  if (ch === '\t') return '\\t'
  const cp = ch.charCodeAt(0)
  return cp > 0xff ? `\\u${hex4(cp)}` : `\\x${cp.toString(16).padStart(2, '0')}`
}

const hex4 = (cp: number) => cp.toString(16).padStart(4, '0')
const unicodeEscape = (ch: string) => `\\u${hex4(ch.charCodeAt(0))}`

/**
 * Workflow commands in data (PITFALLS §1): the runner takes a line as a command when it
 * starts with `::` after leading white space, and the legacy `##[` anywhere in a line. At the
 * start of the text and after every line break, leading white space and `::` get `colon` in
 * place of the first `:`; every `##[` gets `bracket` in place of its `[`.
 */
function defuseCommands(text: string, colon: string, bracket: string): string {
  let out = text.includes('##[') ? text.replaceAll('##[', `##${bracket}`) : text
  if (out.includes('::')) out = out.replace(/(^|[\n\r\u2028\u2029])(\s*):(?=:)/g, `$1$2${colon}`)
  return out
}

// —— terminal ————————————————————————————————————————————————————————————————————————

/**
 * One line of data for a terminal (tables, code frames, messages): every control, line break,
 * tab and bidi control shown as an escape (`\x1b`, `\n`, `\u202e`), never executed; a leading
 * `::` and any `##[` broken by a zero-width space, so no CI runner reads a command.
 */
export function terminalText(text: string): string {
  return defuseCommands(text.replace(CONTROL_OR_BREAK, visible), '\u200b:', '\u200b[')
}

/** The name the renderers have used so far for `terminalText`. */
export const terminalInline = terminalText

// —— JSON ———————————————————————————————————————————————————————————————————————————

// What JSON.stringify leaves raw that a terminal or a CI log would act on or hide.
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/g

/**
 * JSON text, indented by two spaces: C0 controls (by JSON.stringify), C1 controls, bidi
 * controls, invisible characters and the `[` of `##[` written as `\uXXXX` escapes. Lossless:
 * JSON.parse gives back exactly the value. No line of it starts with `::` (every line starts
 * with white space and a quote, a bracket, a brace or a digit).
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, unicodeEscape).replaceAll('##[', '##\\u005b')
}

/** The name the diagnostics renderer has used so far for `jsonText`. */
export const safeJson = jsonText

// —— CSV ————————————————————————————————————————————————————————————————————————————

// In a CSV cell: what must not reach a terminal (`cat file.csv`) or a spreadsheet raw. Tab and
// line feed stay (a quoted cell may hold them); a carriage return is escaped, so that only our
// CRLF row ends hold one; a BOM too, which a reader would drop from the first cell.
// eslint-disable-next-line no-control-regex
const CSV_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
/** Starts a formula in a spreadsheet, after any leading white space (contract §5). */
const FORMULA_START = /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]/
const FORMULA_WHITE = /^[ \u3000]*[\t\r]/

/** True when a text cell must be prefixed with `'` (also when it starts with `'` before one). */
function needsGuard(text: string): boolean {
  if (FORMULA_START.test(text) || FORMULA_WHITE.test(text)) return true
  return text.startsWith("'") && needsGuard(text.slice(1))
}

/**
 * The text of a CSV text cell, before RFC 4180 quoting: controls, CR, bidi controls, BOM and lone
 * surrogates as `\uXXXX` (a `\u` of the data as `\u005cu`, so the escapes can be undone); a
 * `:` starting a line of `::` as `\u003a`; the `[` of `##[` as `\u005b`; then `'` in front of
 * a cell that a spreadsheet would run as a formula (contract §5). Lossless: `decodeCsvCellText`
 * gives the data back.
 */
export function csvCellText(text: string): string {
  const escaped = defuseCommands(
    text.replaceAll('\\u', '\\u005cu').replace(CSV_UNSAFE, unicodeEscape).replace(LONE_SURROGATE, unicodeEscape),
    '\\u003a',
    '\\u005b',
  )
  return needsGuard(escaped) ? `'${escaped}` : escaped
}

/**
 * A text cell of a spreadsheet (xlsx) made safe: `'` in front where a spreadsheet would run it
 * as a formula, by the same rule as CSV cells (contract §5).
 */
export function guardFormula(text: string): string {
  return needsGuard(text) ? `'${text}` : text
}

/** The inverse of `csvCellText` (for readers of our CSV, and the tests). */
export function decodeCsvCellText(cell: string): string {
  const unguarded = cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell
  return unguarded.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
}

/** A CSV field: text through `csvCellText`, numbers as they are, null empty; quoted where RFC 4180 needs it. */
export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  const text = typeof value === 'string' ? csvCellText(value) : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

// —— markdown ———————————————————————————————————————————————————————————————————————

// Characters that open inline markup anywhere: emphasis, code, links, images, raw HTML,
// autolinks, strikethrough, table cells, and the backslash itself.
const INLINE = /[\\`*_[\]<>|~]/g
// An `&` that would start an entity or numeric character reference.
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g
// What a line may start with to become a heading, quote, list, thematic break or setext line,
// or a workflow command (`::`).
const BLOCK_START = /^(#|>|-|\+|=|:(?=:))/
const ORDERED_START = /^(\d{1,9})([.)])/

/** Data as one line: controls and invisible characters dropped, white space runs made one space. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
}

/**
 * Data for inline markdown that may start a line (a paragraph, a list item, a table cell,
 * a heading): one line, every markup character backslash-escaped, and a leading `#`, `>`,
 * `-`, `+`, `=`, `::` or `1.` escaped so it stays text (every escape is CommonMark's own, so
 * a reader sees the original characters). `##[` comes out as `##\[`.
 */
export function markdownText(text: string): string {
  const escaped = oneLine(text).replace(INLINE, '\\$&').replace(ENTITY, '\\&')
  return escaped.replace(BLOCK_START, '\\$1').replace(ORDERED_START, '$1\\$2')
}

/**
 * Data for inline markdown that follows other text on its line (after `**`, inside a
 * sentence), never at a line start: one line, every markup character backslash-escaped; the
 * line-start escapes of `markdownText` are not needed there.
 */
export function markdownInlineText(text: string): string {
  return oneLine(text).replace(INLINE, '\\$&').replace(ENTITY, '\\&')
}

// —— HTML ———————————————————————————————————————————————————————————————————————————

/**
 * HTML text or attribute value (printable briefs): controls and invisible characters dropped,
 * `& < > " '` as character references, so data never becomes markup, a script or a fetched
 * URL; line breaks as `&#10;` (white space to HTML), so data never starts a line of the page,
 * and the `[` of `##[` as `&#91;`.
 */
export function htmlText(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('\n', '&#10;')
    .replaceAll('##[', '##&#91;')
    .replace(/^(\s*):(?=:)/, '$1&#58;')
}

// —— Word ———————————————————————————————————————————————————————————————————————————

// Not allowed in XML 1.0 at all (C0 but tab, LF, CR; U+FFFE, U+FFFF), plus what must not
// reach a reader raw: DEL, C1, bidi controls and invisible characters.
// eslint-disable-next-line no-control-regex
const WORD_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g

const XML_SPECIAL = /[&<>"']/g
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/**
 * Text for a Word document (WordprocessingML text or attribute value): characters XML 1.0
 * forbids, controls, bidi controls, invisible characters and lone surrogates dropped, CR LF
 * and lone CR made LF, then `& < > " '` as `&amp; &lt; &gt; &quot; &apos;`, so the part stays
 * well formed, data never becomes markup, and a reader sees what the data says.
 */
export function wordText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(WORD_UNSAFE, '')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '')
    .replace(XML_SPECIAL, (ch) => XML_ENTITY[ch]!)
}

// —— GitHub workflow commands ——————————————————————————————————————————————————————

/**
 * The runner's legacy `##[command]` syntax is matched anywhere in a line (PITFALLS §1):
 * a zero-width space between the two '#' keeps the text readable and inert.
 */
export function defuseWorkflowCommands(text: string): string {
  return text.includes('##[') ? text.replaceAll('##[', '#\u200b#[') : text
}

/**
 * GitHub workflow command data: controls shown as escapes, `%`, CR and LF percent-encoded, `%`
 * first (actions/toolkit), so the command stays one line; `##[` defused.
 */
export function githubData(text: string): string {
  return defuseWorkflowCommands(
    text
      .replace(CONTROL, (ch) => (ch === '\r' ? ch : visible(ch)))
      .replaceAll('%', '%25')
      .replaceAll('\r', '%0D')
      .replaceAll('\n', '%0A'),
  )
}

/** GitHub workflow command property value: data escaping plus `:` and `,`. */
export function githubProperty(text: string): string {
  return githubData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
