// Display width of text in a terminal: East Asian wide and fullwidth characters take two
// columns, combining marks and zero-width characters none (PITFALLS §4, hledger#1927).
import { eastAsianWidth } from 'get-east-asian-width'

const ZERO_WIDTH = /[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u2028-\u202e\u2060-\u2064\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\ufeff]/
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x20-\x7e]*$/

/** Width of one code point. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0
  if (cp < 0x300) return 1
  if (ZERO_WIDTH.test(ch)) return 0
  if (cp >= 0xe0100 && cp <= 0xe01ef) return 0
  return eastAsianWidth(cp, { ambiguousAsWide: false }) === 2 ? 2 : 1
}

/** Columns a string takes in a terminal (no escape codes expected). */
export function displayWidth(text: string): number {
  if (ASCII_ONLY.test(text)) return text.length
  let width = 0
  for (const ch of text) width += charWidth(ch)
  return width
}

/** Pads `text` with spaces on the right to `width` columns. */
export function padEnd(text: string, width: number): string {
  const gap = width - displayWidth(text)
  return gap > 0 ? text + ' '.repeat(gap) : text
}

/** Pads `text` with spaces on the left to `width` columns. */
export function padStart(text: string, width: number): string {
  const gap = width - displayWidth(text)
  return gap > 0 ? ' '.repeat(gap) + text : text
}
