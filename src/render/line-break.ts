// Where a line may break inside text that has no spaces (contract §5 tables): between two
// Chinese characters, or between Chinese and Latin text, but never inside a Latin word or an
// id, never before closing punctuation nor after opening punctuation (避头尾: no ，。」 at the
// start of a line, no “《（ at its end). Takes a space-free word, gives its unbreakable units.
import { charWidth } from './width.js'

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
