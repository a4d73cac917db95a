// A view's grids → a workbook (contract §10 `--format xlsx`): each grid becomes one table of
// the project's one xlsx writer (xlsx.ts), with the same columns and words as the terminal
// table, cells typed by the grid's column types. Loaded only by the commands writing xlsx.
import type { Grid, GridType } from './grid.js'
import { renderTablesXlsx, type XlsxColumnType, type XlsxTable } from './xlsx.js'

/**
 * How each kind of grid column is kept in a cell: ids and text as text, counts as whole
 * numbers, other figures as they are, dates as dates, progress as a percentage (the grid
 * holds 0–100, as the writer wants), a `--since` change as a plain number of percentage
 * points (its minus sign only).
 */
const CELL_TYPES: Record<GridType, XlsxColumnType> = {
  text: 'text',
  id: 'text',
  integer: 'integer',
  number: 'number',
  date: 'date',
  change: 'number',
  percent: 'percent',
}

/** One grid as a table of the xlsx writer; an empty text ('') is an empty cell. */
export function gridXlsxTable(grid: Grid): XlsxTable {
  return {
    name: grid.name,
    columns: grid.columns.map((column) => ({ header: column.header, type: CELL_TYPES[column.type] })),
    rows: grid.rows.map((row) => grid.columns.map((_, c) => {
      const value = row[c] ?? null
      return typeof value === 'string' && value.trim() === '' ? null : value
    })),
  }
}

/** Grids → .xlsx bytes, a sheet per grid in order; the same grids give the same bytes. */
export function renderGridsXlsx(grids: readonly Grid[]): Promise<Uint8Array> {
  return renderTablesXlsx(grids.map(gridXlsxTable))
}
