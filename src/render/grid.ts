// A view as a grid of typed cells (contract §10): one description of the columns and rows
// gives the terminal table, CSV, markdown and the xlsx table, so every format shows the same
// columns and words. Values stay typed (numbers, dates) until the format decides how they read.
import { csvText } from './csv.js'
import { terminalInline } from './escape.js'
import { markdownTable, markdownText, type MarkdownColumn } from './markdown.js'
import type { Style } from './style.js'
import { drawTable, type Cell, type Column } from './table.js'
import { displayWidth } from './width.js'

/**
 * text: wraps; id: wraps after hyphens; integer, number, date: kept whole; change: a signed
 * figure; percent: a progress figure 0–100, drawn with a bar in a terminal.
 */
export type GridType = 'text' | 'id' | 'integer' | 'number' | 'date' | 'change' | 'percent'

export interface GridColumn {
  header: string
  type: GridType
  /** Which text columns give way first when space is short (higher: later). */
  rank?: number
  /** The narrowest a text column gets while the layout is comfortable. */
  min?: number
}

export type GridValue = string | number | null

export interface Grid {
  /** The sheet's name in a workbook. */
  name: string
  columns: GridColumn[]
  rows: GridValue[][]
  /** Paints a row's cells in a terminal (a warning for overdue), by row index. */
  paint?: (row: number, column: number) => ((line: string) => string) | undefined
}

const NONE = '—'

/** A signed figure: +5, -3, 0 (contract §5 `--since`). */
export function signed(n: number): string {
  const figure = String(Math.round(Math.abs(n) * 10) / 10)
  return n > 0 ? `+${figure}` : n < 0 ? `-${figure}` : '0'
}

/** What a cell reads as in a table or markdown. */
function shown(value: GridValue, type: GridType): string {
  if (value === null || value === '') return NONE
  if (type === 'change' && typeof value === 'number') return signed(value)
  if (type === 'percent' && typeof value === 'number') return `${Math.round(value * 10) / 10}%`
  return String(value)
}

/** A progress bar ten cells wide with its figure (ASCII: # and .). */
export function progressBar(value: number, ascii: boolean): string {
  const filled = Math.round(Math.min(100, Math.max(0, value)) / 10)
  const [full, empty] = ascii ? ['#', '.'] : ['█', '░']
  return `${full.repeat(filled)}${empty.repeat(10 - filled)} ${`${Math.round(value * 10) / 10}%`.padStart(5)}`
}

function tableColumn(column: GridColumn): Column {
  switch (column.type) {
    case 'text':
      return { header: column.header, shrink: 1, rank: column.rank ?? 1, min: column.min ?? 8, hardMin: 6 }
    case 'id':
      return { header: column.header, shrink: 1, rank: column.rank ?? 5, min: column.min ?? 8, hardMin: 6, wrap: 'id' }
    case 'date':
      return { header: column.header, shrink: 3, fixedData: true }
    default:
      // A figure's header wraps at spaces only, never inside a word.
      return { header: column.header, align: 'right', shrink: 0, min: Math.max(3, ...column.header.split(' ').map(displayWidth)), fixedData: true }
  }
}

export interface GridTableOptions {
  width: number
  ascii: boolean
  style: Style
}

/** The grid as the lines of a bordered terminal table that fits `width`. */
export function gridTableLines(grid: Grid, options: GridTableOptions): string[] {
  const columns = grid.columns.map(tableColumn)
  const rows = grid.rows.map((row, r) =>
    grid.columns.map((column, c): Cell => {
      const value = row[c] ?? null
      const text = column.type === 'percent' && typeof value === 'number' ? progressBar(value, options.ascii) : shown(value, column.type)
      return { text: options.ascii && text === NONE ? '-' : terminalInline(text), paint: grid.paint?.(r, c) }
    }),
  )
  const comfortable = drawTable(columns, rows, { ...options, comfortable: true })
  return (comfortable.fits ? comfortable : drawTable(columns, rows, { ...options, comfortable: false })).lines
}

/** The grid as CSV: numbers as numbers (a change signed by its minus only), text guarded. */
export function gridCsv(grid: Grid, bom: boolean): string {
  return csvText([grid.columns.map((c) => c.header), ...grid.rows], bom)
}

/** The grid as a GitHub markdown table, data escaped. */
export function gridMarkdown(grid: Grid): string {
  const right = new Set<GridType>(['integer', 'number', 'change', 'percent'])
  const columns = grid.columns.map((c): MarkdownColumn => ({ header: c.header, align: right.has(c.type) ? 'right' : 'left' }))
  const rows = grid.rows.map((row) =>
    grid.columns.map((column, c) => {
      const value = row[c] ?? null
      if (value === null || value === '') return NONE
      return column.type === 'id' ? `\`${String(value).replaceAll('`', '')}\`` : markdownText(shown(value, column.type))
    }),
  )
  return markdownTable(columns, rows)
}
