// Draws a bordered text table from cells, measuring by display width (Chinese characters
// take two columns) and wrapping long cells inside their column so the table fits a width
// (contract §5, PITFALLS §4). Drawn here rather than by cli-table3, which measures with its
// own older width table (zero-width and newer wide characters count differently) and wraps
// only at spaces; one measure, width.ts, keeps every line of a table equally wide.
import type { Style } from './style.js'
import { displayWidth, padEnd, padStart, wrapText } from './width.js'

export interface Column {
  header: string
  align?: 'left' | 'right'
  /**
   * Columns that may wrap to fit: lower tiers give way first, and within a tier the widest
   * column; on a tie, the lower `rank`.
   */
  shrink?: number
  rank?: number
  /** The narrowest a shrinking column gets while the layout is "comfortable". */
  min?: number
  /** 'id': break after hyphens rather than anywhere. */
  wrap?: 'text' | 'id'
}

export interface Cell {
  /** Already made safe for a terminal (escape.ts terminalInline); '\n' breaks lines. */
  text: string
  /** Colours one padded line of the cell; widths are measured before it applies. */
  paint?: (line: string) => string
}

export interface TableOptions {
  width: number
  ascii: boolean
  style: Style
  /** Draw a rule above the last row (a total row). */
  footerRule?: boolean
  /** Give shrinking columns no less than their `min` (false: down to 4 columns). */
  comfortable?: boolean
}

export interface DrawnTable {
  lines: string[]
  /** Whether the table is no wider than `width`. */
  fits: boolean
}

const HARD_MIN = 4
const PAD = 1

const BORDERS = {
  unicode: { h: '─', v: '│', top: ['┌', '┬', '┐'], mid: ['├', '┼', '┤'], bottom: ['└', '┴', '┘'] },
  ascii: { h: '-', v: '|', top: ['+', '+', '+'], mid: ['+', '+', '+'], bottom: ['+', '+', '+'] },
} as const

const lineWidth = (text: string) => Math.max(0, ...text.split('\n').map(displayWidth))

/** Breaks an id after its hyphens, and inside a part only when the part alone is too wide. */
function wrapId(text: string, width: number): string[] {
  const out: string[] = []
  let line = ''
  for (const part of text.split(/(?<=-)/)) {
    if (displayWidth(line + part) <= width) {
      line += part
      continue
    }
    if (line !== '') out.push(line)
    const pieces = wrapText(part, width)
    line = pieces.pop() ?? ''
    out.push(...pieces)
  }
  out.push(line)
  return out
}

/** Column widths: natural widths, then the widest shrinkable column gives one column at a time. */
function layout(columns: readonly Column[], rows: readonly Cell[][], options: TableOptions): number[] {
  const widths = columns.map((c, i) => Math.max(lineWidth(c.header), ...rows.map((r) => lineWidth(r[i]?.text ?? ''))))
  const floor = columns.map((c, i) => (c.shrink === undefined ? widths[i]! : Math.min(widths[i]!, options.comfortable === false ? HARD_MIN : Math.max(HARD_MIN, c.min ?? HARD_MIN))))
  const total = () => widths.reduce((a, w) => a + w + 2 * PAD + 1, 1)
  // Sort key of a candidate: tier, then wider first, then rank.
  const before = (i: number, j: number) => {
    const [a, b] = [columns[i]!, columns[j]!]
    if (a.shrink !== b.shrink) return a.shrink! < b.shrink!
    if (widths[i] !== widths[j]) return widths[i]! > widths[j]!
    return (a.rank ?? i) < (b.rank ?? j)
  }
  while (total() > options.width) {
    let pick = -1
    for (let i = 0; i < columns.length; i++) {
      if (columns[i]!.shrink === undefined || widths[i]! <= floor[i]!) continue
      if (pick < 0 || before(i, pick)) pick = i
    }
    if (pick < 0) break
    widths[pick]!--
  }
  return widths
}

function cellLines(text: string, column: Column, width: number): string[] {
  if (column.shrink === undefined) return text.split('\n')
  return column.wrap === 'id' ? text.split('\n').flatMap((p) => wrapId(p, width)) : wrapText(text, width)
}

/** Draws the table; `fits` says whether it came out within `options.width`. */
export function drawTable(columns: readonly Column[], rows: readonly Cell[][], options: TableOptions): DrawnTable {
  const widths = layout(columns, rows, options)
  const b = options.ascii ? BORDERS.ascii : BORDERS.unicode
  const rule = ([left, cross, right]: readonly string[]) => left + widths.map((w) => b.h.repeat(w + 2 * PAD)).join(cross) + right
  const pad = ' '.repeat(PAD)

  const drawRow = (cells: readonly Cell[], header: boolean): string[] => {
    const wrapped = columns.map((c, i) => cellLines(cells[i]?.text ?? '', c, widths[i]!))
    const height = Math.max(...wrapped.map((l) => l.length))
    const out: string[] = []
    for (let n = 0; n < height; n++) {
      const parts = columns.map((c, i) => {
        const text = wrapped[i]![n] ?? ''
        const padded = c.align === 'right' ? padStart(text, widths[i]!) : padEnd(text, widths[i]!)
        const paint = header ? options.style.bold : cells[i]?.paint
        return pad + (paint && text !== '' ? paint(padded) : padded) + pad
      })
      out.push(b.v + parts.join(b.v) + b.v)
    }
    return out
  }

  const lines = [rule(b.top), ...drawRow(columns.map((c) => ({ text: c.header })), true), rule(b.mid)]
  rows.forEach((row, i) => {
    if (options.footerRule && i === rows.length - 1 && rows.length > 1) lines.push(rule(b.mid))
    lines.push(...drawRow(row, false))
  })
  lines.push(rule(b.bottom))
  const drawnWidth = widths.reduce((a, w) => a + w + 2 * PAD + 1, 1)
  return { lines, fits: drawnWidth <= options.width }
}
