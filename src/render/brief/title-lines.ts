// Where a Chinese title that needs more than one line breaks (GB/T 9704: 标题回行时，要做到词意
// 完整，排列对称): never inside a quoted term (“链长制”, 《…》), never inside a Latin word, nor
// before closing or after opening punctuation (line-break.ts); preferably after 产业链, after a
// closing quote or before an opening one; lines as even as those breaks allow. A word processor
// left to itself breaks between any two Chinese characters, inside “链长制” too.
import { breakUnits } from '../line-break.js'
import { displayWidth } from '../width.js'

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』', '（': '）', '(': ')' }
/** Breaking here keeps the words whole: after these endings, or before these starts. */
const GOOD_AFTER = ['产业链', '”', '》', '」', '』', '暨']
const GOOD_BEFORE = ['“', '《', '「', '『', '关于']
/** What a break that is not a good one costs, in the units of squared slack (columns²). */
const PENALTY = 64

/** The title in lines of at most `width` display columns (a Chinese character is 2); one line when it fits. */
export function titleLines(title: string, width: number): string[] {
  if (displayWidth(title) <= width) return [title]
  const units = keepQuotesWhole(title.split(/(?<= )/).flatMap((word) => breakUnits(word)))
  const n = units.length
  const widths = units.map((u) => displayWidth(u))
  // cost[j]: the least cost of setting units[0..j) in lines; from[j]: where its last line starts.
  const cost = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY)
  const from = new Array<number>(n + 1).fill(0)
  cost[0] = 0
  for (let j = 1; j <= n; j++) {
    let w = 0
    for (let i = j - 1; i >= 0; i--) {
      w += widths[i]!
      if (w > width && i < j - 1) break
      const slack = Math.max(0, width - displayWidth(units.slice(i, j).join('').trimEnd()))
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
