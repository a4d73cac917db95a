// Draws a bordered text table from cells (contract §5, PITFALLS §4): our code measures display
// width (width.ts: Chinese takes two columns), chooses column widths and breaks each cell into
// lines so the table fits a width; cli-table3 draws the broken lines (borders, padding, head
// rule) with its own wrapping and colours off.
import type { Style } from './style.js'
import { breakUnits, wrapText } from './line-break.js'
import { frameLines, PAD, type LaidRow } from './table-frame.js'
import { displayWidth, padEnd, padStart } from './width.js'

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
  /**
   * The narrowest it gets when even that does not fit: then columns give way in reverse rank
   * (the least important first), so the most important text keeps the most room.
   */
  hardMin?: number
  /** Data cells never wrap (numbers, bars): only the header may, so the column stays as wide as its data. */
  fixedData?: boolean
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
  /**
   * When given, a text column whose value is the same in every row (of two or more) is left
   * out and said once above the table instead: header, this separator, value.
   */
  captionSeparator?: string
}

export interface DrawnTable {
  lines: string[]
  /** Whether the table is no wider than `width`. */
  fits: boolean
  /** Lines of the body: how much wrapping it took to fit. */
  height: number
  /** Whether it fits without breaking a word (one no longer than WORD_CAP) inside. */
  wholeWords: boolean
  /** How many words (or parts of ids) the layout cuts inside, a header's counted once per row. */
  cutWords: number
}

const HARD_MIN = 4
/** The tier that gives way last (dates, progress bars). */
const LAST_TIER = 3
/** A word longer than this may be broken before others give way. */
const WORD_CAP = 16
/** Up to this many rows, the column that adds the fewest lines gives way first (counting lines costs rows × columns a step). */
const HEIGHT_ROWS = 500

/** Where a column's text may break: after spaces, and after hyphens and dashes inside words (an id: after hyphens). */
const BREAK_TEXT = /(?<= )|(?<=[-–—/])(?=[^\s\d])/
const BREAK_ID = /(?<=-)/
/** The words of a column's text: what its lines should not cut. */
const wordsOf = (text: string, column: Column) =>
  text.split(/\s/).flatMap((w) => w.split(column.wrap === 'id' ? BREAK_ID : BREAK_TEXT)).flatMap(breakUnits)

const lineWidth = (text: string) => Math.max(0, ...text.split('\n').map(displayWidth))

/**
 * Breaks text at spaces (an id: after hyphens), measuring each word without its trailing
 * space, and breaks inside a word (or a run of Chinese, which has no spaces) only when it
 * alone is wider than the column; wrapText does that part by display width.
 */
function wrapWords(text: string, width: number, breakAfter: RegExp): string[] {
  const out: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const part of paragraph.split(breakAfter)) {
      if (displayWidth((line + part).trimEnd()) <= width) {
        line += part
        continue
      }
      if (line.trim() !== '') out.push(line.trimEnd())
      const pieces = wrapText(part.trimEnd(), width)
      line = (pieces.pop() ?? '') + (part.endsWith(' ') ? ' ' : '')
      out.push(...pieces)
    }
    out.push(line.trimEnd())
  }
  return out
}

/**
 * The widest run a wrap would rather not break: a word between spaces (or between hyphens for
 * an id), or in text without spaces the units line-break.ts gives (a Chinese character with
 * the punctuation that may not be parted from it, a Latin word inside Chinese).
 */
function longestWord(text: string, column: Column): number {
  return Math.max(0, ...wordsOf(text, column).map(displayWidth))
}

/**
 * Column widths: natural widths, then the widest shrinkable column (by tier) gives one column
 * at a time: first down to its longest word, so words stay whole where they can, then down
 * to its minimum.
 */
function layout(columns: readonly Column[], rows: readonly Cell[][], options: TableOptions): { widths: number[]; wholeWords: boolean; cutWords: number } {
  const texts = (i: number) => rows.map((r) => r[i]?.text ?? '')
  const widths = columns.map((c, i) => Math.max(lineWidth(c.header), ...texts(i).map(lineWidth)))
  const floorOf = (min: (c: Column) => number) =>
    columns.map((c, i) => {
      if (c.shrink === undefined) return widths[i]!
      const data = c.fixedData ? Math.max(0, ...texts(i).map(lineWidth)) : 0
      return Math.min(widths[i]!, Math.max(min(c), data))
    })
  const comfortableFloor = floorOf((c) => Math.max(HARD_MIN, c.min ?? HARD_MIN))
  const hardFloor = floorOf((c) => Math.max(HARD_MIN, c.hardMin ?? HARD_MIN))
  const floor = options.comfortable === false ? floorOf(() => HARD_MIN) : comfortableFloor
  const words = columns.map((c, i) =>
    Math.max(floor[i]!, Math.min(widths[i]!, WORD_CAP, Math.max(0, ...[c.header, ...texts(i)].map((t) => longestWord(t, c))))),
  )
  const total = () => widths.reduce((a, w) => a + w + 2 * PAD + 1, 1)
  // Which of two candidates gives way first: lower tier, then the wider, then the lower rank;
  // in the last, squeezed stage: lower tier, then the higher rank (the less important).
  const before = (i: number, j: number, squeezed: boolean) => {
    const [a, b] = [columns[i]!, columns[j]!]
    if (a.shrink !== b.shrink) return a.shrink! < b.shrink!
    if (squeezed) return (a.rank ?? i) > (b.rank ?? j)
    if (widths[i] !== widths[j]) return widths[i]! > widths[j]!
    return (a.rank ?? i) < (b.rank ?? j)
  }
  // How many more words of a column one column less would break: the column that breaks the
  // fewest gives way first, so no word or id is cut while another column could give way.
  // A word cut in a header counts once for every row it heads. Counted by width once, so a
  // step of the layout costs the same for 20 rows as for 20,000.
  const wordWidths = columns.map((c, i) => ({
    header: wordsOf(c.header, c).map(displayWidth),
    data: c.fixedData ? [] : texts(i).flatMap((t) => wordsOf(t, c).map(displayWidth)),
  }))
  const byWidth = wordWidths.map(({ header, data }) => {
    const counts = new Map<number, number>()
    for (const w of header) counts.set(w, (counts.get(w) ?? 0) + Math.max(1, rows.length))
    for (const w of data) counts.set(w, (counts.get(w) ?? 0) + 1)
    return counts
  })
  const cuts = (i: number) => byWidth[i]!.get(widths[i]!) ?? 0
  // Then the one whose narrowing adds the fewest lines to the table, so the text that needs
  // the room keeps it (titles do not wrap while an id column has room to spare).
  const counts = new Map<string, number[]>()
  const linesAt = (i: number, w: number) => {
    const key = `${i}:${w}`
    let found = counts.get(key)
    if (!found) {
      found = [columns[i]!.header, ...texts(i)].map((t, r) => cellLines(t, columns[i]!, w, r === 0).length)
      counts.set(key, found)
    }
    return found
  }
  const heightIf = (pick: number) => {
    const per = columns.map((_, i) => linesAt(i, i === pick ? widths[i]! - 1 : widths[i]!))
    return per[0]!.reduce((sum, _, r) => sum + Math.max(...per.map((p) => p[r]!)), 0)
  }
  let wholeWords = true
  // Squeezed: text columns (tiers below LAST_TIER) go down to their hard minimums, least
  // important first, before the last tier (dates, bars) gives up anything past its words.
  const squeeze = columns.map((c, i) => ((c.shrink ?? LAST_TIER) < LAST_TIER ? hardFloor[i]! : words[i]!))
  const stages = options.comfortable === false ? [words, squeeze, floor] : [words, floor]
  for (const limit of stages) {
    if (limit !== words && total() > options.width) wholeWords = false
    const squeezed = limit !== words && options.comfortable === false
    while (total() > options.width) {
      let pick = -1
      for (let i = 0; i < columns.length; i++) {
        if (columns[i]!.shrink === undefined || widths[i]! <= limit[i]!) continue
        if (pick < 0) pick = i
        else if (cuts(i) !== cuts(pick)) {
          if (cuts(i) < cuts(pick)) pick = i
        } else if (!squeezed && rows.length <= HEIGHT_ROWS && heightIf(i) !== heightIf(pick)) {
          if (heightIf(i) < heightIf(pick)) pick = i
        } else if (before(i, pick, squeezed)) pick = i
      }
      if (pick < 0) break
      widths[pick]!--
    }
  }
  let cutWords = 0
  byWidth.forEach((counts, i) => counts.forEach((n, w) => (cutWords += w > widths[i]! ? n : 0)))
  return { widths, wholeWords, cutWords }
}

function cellLines(text: string, column: Column, width: number, header: boolean): string[] {
  if (column.shrink === undefined || (column.fixedData && !header)) return text.split('\n')
  return wrapWords(text, width, column.wrap === 'id' ? BREAK_ID : BREAK_TEXT)
}

/** Each row as a block of `label: value` lines, values broken to the width, a blank line between blocks. */
function drawBlocks(columns: readonly Column[], rows: readonly Cell[][], options: TableOptions): string[] {
  const separator = options.captionSeparator ?? ': '
  const out: string[] = []
  rows.forEach((row, r) => {
    if (r > 0) out.push('')
    columns.forEach((c, i) => {
      const label = `${c.header.replaceAll('\n', ' ')}${separator}`
      const indent = Math.min(displayWidth(label), Math.max(0, options.width - 8))
      const cell = row[i]
      const text = (cell?.text ?? '').trim()
      if (text === '') return
      const broken = wrapWords(text.replaceAll('\n', ' '), Math.max(4, options.width - indent), c.wrap === 'id' ? BREAK_ID : BREAK_TEXT)
      broken.forEach((line, n) => {
        const painted = cell?.paint && line !== '' ? cell.paint(line) : line
        out.push((n === 0 ? options.style.bold(label) : ' '.repeat(indent)) + painted)
      })
    })
  })
  return out
}

/** Columns whose value is the same in every row go into caption lines above the table. */
function captioned(columns: readonly Column[], rows: readonly Cell[][], separator: string | undefined) {
  const constant = (i: number) =>
    separator !== undefined && rows.length > 1 && columns[i]!.shrink !== undefined && !columns[i]!.fixedData &&
    rows[0]![i]!.text !== '' && rows.every((row) => row[i]?.text === rows[0]![i]!.text)
  const keep = columns.map((_, i) => !constant(i))
  if (keep.every(Boolean) || !keep.some(Boolean)) return { columns, rows, caption: [] as string[] }
  return {
    columns: columns.filter((_, i) => keep[i]),
    rows: rows.map((row) => row.filter((_, i) => keep[i])),
    caption: columns.flatMap((c, i) => (keep[i] ? [] : [`${c.header}${separator}${rows[0]![i]!.text.replaceAll('\n', ' ')}`])),
  }
}

/** How laid lines get their borders: table-frame.ts's frameLines, or drawEveryRow, what it is held to. */
export type Frame = typeof frameLines

/**
 * Draws the table: our layout breaks every cell into lines and pads each line to its column
 * by display width (width.ts); table-frame.ts puts them in cli-table3's borders, padding and
 * head rule, so no line of the table comes out wider or narrower than we measured, or cut with
 * '…'. `fits` says whether it is within `options.width`. `frame` is for the test that holds
 * frameLines to cli-table3 drawing every row (test/render/table-differential.test.ts).
 */
export function drawTable(allColumns: readonly Column[], allRows: readonly Cell[][], options: TableOptions, frame: Frame = frameLines): DrawnTable {
  const { columns, rows, caption } = captioned(allColumns, allRows, options.captionSeparator)
  const { widths, wholeWords, cutWords } = layout(columns, rows, options)
  const tableWidth = widths.reduce((a, w) => a + w + 2 * PAD + 1, 1)
  // Even the narrowest layout is too wide: one block per row, a label and its value a line.
  if (options.comfortable === false && tableWidth > options.width) {
    const lines = [...caption, ...drawBlocks(columns, rows, options)]
    return { lines, fits: true, height: lines.length, wholeWords: false, cutWords }
  }
  const laid = (cells: readonly Cell[], header: boolean): LaidRow => {
    const wrapped = columns.map((c, i) => cellLines(cells[i]?.text ?? '', c, widths[i]!, header))
    const height = Math.max(...wrapped.map((l) => l.length))
    const lines: LaidRow = []
    for (let n = 0; n < height; n++) {
      lines.push(columns.map((c, i) => {
        const text = wrapped[i]![n] ?? ''
        const padded = c.align === 'right' ? padStart(text, widths[i]!) : padEnd(text, widths[i]!)
        const paint = header ? options.style.bold : cells[i]?.paint
        return { padded, painted: paint && text !== '' ? paint(padded) : padded }
      }))
    }
    return lines
  }
  const head = laid(columns.map((c) => ({ text: c.header })), true)
  const body = rows.map((row) => laid(row, false))
  const lines = frame(widths, head, body, options.ascii)
  if (options.footerRule && rows.length > 1) {
    const lastHeight = body[body.length - 1]!.length
    lines.splice(lines.length - 1 - lastHeight, 0, lines[head.length + 1]!)
  }
  lines.unshift(...caption)
  const drawnWidth = Math.max(widths.reduce((a, w) => a + w + 2 * PAD + 1, 1), ...caption.map(displayWidth))
  return { lines, fits: drawnWidth <= options.width, height: lines.length, wholeWords, cutWords }
}
