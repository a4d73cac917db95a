// Lines of a YAML source text for the edit layer (SPEC §9): where a line starts and ends,
// an offset's column, the file's line break (LF or CRLF kept as found).

/** Offset of the first character of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Offset of the line break ending the line holding `offset` ('\r' of a CRLF), or the text's end. */
export function lineEnd(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset)
  if (lf === -1) return text.length
  return lf > 0 && text[lf - 1] === '\r' ? lf - 1 : lf
}

/** 0-based column of `offset` in its line, in string characters. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset)
}

/** The line break to write at `offset`: that of the line there, else the file's first, else LF. */
export function lineBreakAt(text: string, offset: number): string {
  const end = lineEnd(text, offset)
  if (end < text.length) return text[end] === '\r' ? '\r\n' : '\n'
  const first = text.indexOf('\n')
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n'
}

/** The offset after the last character of [start, end) that is not white space or a line break. */
export function trimEndOffset(text: string, start: number, end: number): number {
  let q = end
  while (q > start && /[ \t\r\n]/.test(text[q - 1]!)) q--
  return q
}

/** The offset after the last character of [start, end) that is not a line break. */
export function trimLineBreaks(text: string, start: number, end: number): number {
  let q = end
  while (q > start && (text[q - 1] === '\n' || text[q - 1] === '\r')) q--
  return q
}

export const spaces = (n: number): string => ' '.repeat(Math.max(0, n))
