// A few lines of the file around a diagnostic, with the offending span underlined. The caret
// is padded by display width, so it stands under the right character in Chinese text too
// (PITFALLS §2, hledger#1927); data text is shown with its control characters made visible.
import type { Span } from '../../findings/index.js'
import { terminalInline } from '../escape.js'
import { PLAIN, type Style } from '../style.js'
import { displayWidth } from '../width.js'

const CONTEXT = 2
/** Longest stretch of a line shown; a longer line is cut around the marked column. */
const MAX_CHARS = 160

/** A file's lines without their line ends, as `text.split('\n')` numbers them (0-based). */
export interface Lines {
  readonly length: number
  at(index: number): string | undefined
}

/**
 * The lines of `text`, each cut from it only when asked for: a code frame shows five lines,
 * and splitting a large file whole for them kept an array and a string per line of every file
 * with a diagnostic (issue #15: ≈ 5 MiB per 2.6 MB file).
 */
export function indexLines(text: string): Lines {
  let count = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++
  const starts = new Int32Array(count)
  let n = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1
  return {
    length: count,
    at(index) {
      if (index < 0 || index >= count) return undefined
      const line = text.slice(starts[index]!, index + 1 < count ? starts[index + 1]! - 1 : text.length)
      return line.endsWith('\r') ? line.slice(0, -1) : line
    },
  }
}

function show(text: string): string {
  return terminalInline(text.replaceAll('\t', ' '))
}

/** The part of a line to show, and how many characters were cut from its start. */
function window(line: string, column: number): { text: string; cut: number } {
  if (line.length <= MAX_CHARS) return { text: line, cut: 0 }
  const cut = Math.max(0, Math.min(column - 1 - 40, line.length - MAX_CHARS))
  const end = cut + MAX_CHARS
  return { text: (cut > 0 ? '…' : '') + line.slice(cut, end) + (end < line.length ? '…' : ''), cut: cut > 0 ? cut - 1 : 0 }
}

export function renderCodeFrame(lines: Lines, span: Span, style: Style = PLAIN): string {
  const index = span.line - 1
  if (index < 0 || index >= lines.length) return ''
  const first = Math.max(0, index - CONTEXT)
  const last = Math.min(lines.length - 1, index + CONTEXT)
  const gutter = String(last + 1).length
  const out: string[] = []
  for (let i = first; i <= last; i++) {
    const { text: raw, cut } = window(lines.at(i) ?? '', i === index ? span.column : 1)
    const number = String(i + 1).padStart(gutter)
    const text = show(raw)
    if (i !== index) {
      out.push(style.dim(`  ${number} | `) + text)
      continue
    }
    out.push(style.bold(`> ${number} | `) + text)
    const start = Math.min(span.column - 1 - cut, raw.length)
    const end = span.endLine === span.line ? Math.max(start + 1, Math.min(span.endColumn - 1 - cut, raw.length)) : raw.length
    const pad = displayWidth(show(raw.slice(0, start)))
    const width = Math.max(1, displayWidth(show(raw.slice(start, end))))
    out.push(style.dim(`  ${' '.repeat(gutter)} | `) + ' '.repeat(pad) + style.error('^'.repeat(width)))
  }
  return out.join('\n')
}
