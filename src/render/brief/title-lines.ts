// Where a title or an issuer's name that needs more than one line breaks (GB/T 9704: 标题回行
// 时，要做到词意完整，排列对称): never inside a quoted term (“链长制”, 《…》), never inside a Latin
// word, nor before closing or after opening punctuation (line-break.ts); preferably after 产业链,
// after a closing quote or before an opening one; lines as even as those breaks allow. A word
// processor left to itself breaks between any two Chinese characters, inside “链长制” too, and
// leaves one word of an English name alone on its last line.
import { breakUnits } from '../line-break.js'
import { charWidth } from '../width.js'

// Advance widths of Times New Roman Bold (and its metric twin Liberation Serif Bold), in
// thousandths of an em: a-z, A-Z.
const LOWER = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444]
const UPPER = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667]
const OTHER: Record<string, number> = { ' ': 250, '.': 250, ',': 250, ':': 333, ';': 333, "'": 278, '"': 555, '-': 333, '(': 333, ')': 333, '&': 833, '|': 220 }

/**
 * The width of text in columns of half an em: a Chinese character 2, a Latin character by the
 * bold serif the title and the head are set in (digits and the rest 1).
 */
export function titleWidth(text: string): number {
  let w = 0
  for (const ch of text) {
    const cw = charWidth(ch)
    if (cw !== 1) {
      w += cw
      continue
    }
    const c = ch.charCodeAt(0)
    const mille = c >= 97 && c <= 122 ? LOWER[c - 97]! : c >= 65 && c <= 90 ? UPPER[c - 65]! : OTHER[ch] ?? 500
    w += mille / 500
  }
  return w
}

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』', '（': '）', '(': ')' }
/** Breaking here keeps the words whole: after these endings, or before these starts. */
const GOOD_AFTER = ['产业链', '”', '》', '」', '』', '暨']
const GOOD_BEFORE = ['“', '《', '「', '『', '关于']
/** What a break that is not a good one costs, in the units of squared slack (columns²). */
const PENALTY = 64

/** The title in lines of at most `width` columns (`titleWidth`: a Chinese character is 2); one line when it fits. */
export function titleLines(title: string, width: number): string[] {
  if (titleWidth(title) <= width) return [title]
  const units = keepQuotesWhole(title.split(/(?<= )/).flatMap((word) => breakUnits(word)))
  const n = units.length
  const widths = units.map((u) => titleWidth(u))
  // cost[j]: the least cost of setting units[0..j) in lines; from[j]: where its last line starts.
  const cost = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY)
  const from = new Array<number>(n + 1).fill(0)
  cost[0] = 0
  for (let j = 1; j <= n; j++) {
    let w = 0
    for (let i = j - 1; i >= 0; i--) {
      w += widths[i]!
      if (w > width && i < j - 1) break
      const slack = Math.max(0, width - titleWidth(units.slice(i, j).join('').trimEnd()))
      const c = cost[i]! + slack * slack + (j < n && !goodBreak(units, j) ? PENALTY : 0)
      if (c < cost[j]!) {
        cost[j] = c
        from[j] = i
      }
    }
  }
  const lines: string[] = []
  for (let j = n; j > 0; j = from[j]!) lines.unshift(units.slice(from[j]!, j).join('').trim())
  return lines
}

/** Units merged so that nothing between an opening quote (or bracket) and its closing one is parted. */
function keepQuotesWhole(units: string[]): string[] {
  const out: string[] = []
  let open: string | undefined // the closing mark awaited
  let asciiOpen = false
  for (const unit of units) {
    const inside = open !== undefined || asciiOpen
    if (inside) out[out.length - 1] += unit
    else out.push(unit)
    for (const ch of unit) {
      if (ch === '"') asciiOpen = !asciiOpen
      else if (open === undefined && PAIRS[ch] !== undefined) open = PAIRS[ch]
      else if (ch === open) open = undefined
    }
  }
  return out
}

function goodBreak(units: string[], at: number): boolean {
  const before = units.slice(0, at).join('')
  const after = units.slice(at).join('')
  // an ASCII quote closes when an odd number of them comes before it
  const ascii = (before.match(/"/g)?.length ?? 0) % 2 === 0
  if (ascii && before.endsWith('"')) return true
  if (ascii && after.startsWith('"')) return true
  return GOOD_AFTER.some((s) => before.endsWith(s)) || GOOD_BEFORE.some((s) => after.startsWith(s))
}
