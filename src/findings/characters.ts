// Characters that print as nothing (contract §8: invisible characters in a message are shown
// escaped), and a value made fit to quote in a message: invisible characters as `\u200b`,
// shortened to a readable length. Shared by the wording of messages (check/) and the escaping
// of every output (render/escape.ts). A leaf: imports nothing.

/**
 * Zero-width spaces and joiners, word joiner and invisible operators, soft hyphen, BOM,
 * Hangul fillers, interlinear annotation marks, Mongolian vowel separator.
 */
export const INVISIBLE = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/g

/** A value longer than this many UTF-16 units is cut in the middle when a message quotes it. */
export const MAX_QUOTED = 100
const HEAD = 80
const TAIL = 12

/** Invisible characters shown as `\u200b`. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * A data value as a message quotes it: invisible characters shown, and a value of more than
 * MAX_QUOTED units cut to its start, `…` and its end (never inside a surrogate pair).
 */
export function quotable(text: string): string {
  let out = text
  if (out.length > MAX_QUOTED) {
    let head = out.slice(0, HEAD)
    let tail = out.slice(-TAIL)
    if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1)
    if (/^[\udc00-\udfff]/.test(tail)) tail = tail.slice(1)
    out = `${head}…${tail}`
  }
  return showInvisible(out)
}
