// Where a line may break inside text that has no spaces (contract §5 tables): between two
// Chinese characters, or between Chinese and Latin text, but never inside a Latin word or an
// id, never before closing punctuation nor after opening punctuation (避头尾: no ，。」 at the
// start of a line, no “《（ at its end). Takes text and a width, gives its lines.
import { charWidth, displayWidth } from './width.js'

/** May not start a line. */
const CLOSING = new Set([...'，。、；：？！）》」』】〉”’…·,.;:?!)]}%'])
/** May not end a line. */
const OPENING = new Set([...'（《「『【〈“‘([{'])

/**
 * The units a word breaks into: each wide character, with whatever cannot be parted from it
 * (zero-width marks after it, closing punctuation after it, opening punctuation before it),
 * and each run of narrow characters.
 */
export function breakUnits(word: string): string[] {
  const units: string[] = []
  let unit = ''
  let prev = ''
  for (const ch of word) {
    const w = charWidth(ch)
    const canBreak = unit !== '' && w !== 0 && (w === 2 || charWidth(prev) === 2) && !CLOSING.has(ch) && !OPENING.has(prev)
    if (canBreak) {
      units.push(unit)
      unit = ''
    }
    unit += ch
    if (w !== 0) prev = ch
  }
  if (unit !== '') units.push(unit)
  return units
}

/**
 * Breaks text into lines of at most `width` columns: at spaces where there are any, and
 * where line-break.ts allows inside text without spaces (between Chinese characters, never
 * inside a Latin word or before closing punctuation); inside a unit, a wide character or a
 * character sequence only when the unit alone is wider than the line.
 */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    let lineWidth = 0
    const push = () => {
      out.push(line.trimEnd())
      line = ''
      lineWidth = 0
    }
    for (const word of paragraph.split(/(?<= )/)) {
      const w = displayWidth(word)
      // A word fits when it fits without its trailing space.
      if (lineWidth + displayWidth(word.trimEnd()) <= width) {
        line += word
        lineWidth += w
        continue
      }
      if (line.trim() !== '' && displayWidth(word.trimEnd()) <= width) {
        push()
        line = word
        lineWidth = w
        continue
      }
      for (const unit of breakUnits(word)) {
        const uw = displayWidth(unit.trimEnd())
        if (lineWidth + uw <= width) {
          line += unit
          lineWidth += displayWidth(unit)
          continue
        }
        if (line.trim() !== '' && uw <= width) {
          push()
          if (unit.trim() === '') continue
          line = unit
          lineWidth = displayWidth(unit)
          continue
        }
        for (const ch of unit) {
          const cw = charWidth(ch)
          if (lineWidth + cw > width && line !== '' && cw > 0) {
            push()
            if (ch === ' ') continue
          }
          line += ch
          lineWidth += cw
        }
      }
    }
    out.push(line.trimEnd())
  }
  return out
}
