// Reads an .xlsx file's cells (contract §9, import side; PITFALLS §8): bytes in, every sheet's
// cells as plain values out, whatever program saved the file last (Excel, WPS and
// LibreOffice each rewrite workbooks their own way). Only values are read: validations,
// formatting and drawings are skipped, which also keeps a rewritten file's whole-column
// rules from costing a million cells. Refuses what is no workbook, or too big to be one.
import type { CellValue as ExcelCellValue, Workbook } from 'exceljs'
import { loadWorkbookClass } from './load-exceljs.js'
import { zipDirectory } from './zip-directory.js'

/** One cell as read: its type as the file gives it, nothing converted yet. */
export type CellValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /** A number formatted as a date, as its calendar date YYYY-MM-DD (no time zone involved). */
  | { kind: 'date'; date: string }
  | { kind: 'boolean'; value: boolean }
  /** An error value such as #N/A or #VALUE! (a formula that failed). */
  | { kind: 'error'; text: string }

export interface SheetCells {
  name: string
  state: 'visible' | 'hidden' | 'veryHidden'
  /** Rows of cells, `rows[r - 1][c - 1]` for row r, column c (1-based as in A1). */
  rows: CellValue[][]
}

export interface WorkbookCells {
  sheets: SheetCells[]
  /**
   * Defined names → their references, e.g. `chainchief!$B$3`; not Excel's built-in
   * `_xlnm.` names (filters, print titles), which belong to one sheet each.
   */
  names: Map<string, string[]>
  /** True when the file counts days from 1904 (old Mac Excel); dates are converted already. */
  date1904: boolean
}

/** Why a file could not be read as a workbook, as data for words in either language. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: 'too-large' | 'inflates-too-much' | 'not-zip' | 'too-many-cells' | 'unreadable',
    readonly args: Record<string, string | number> = {},
  ) {
    super(`${reason}${Object.keys(args).length ? ` ${JSON.stringify(args)}` : ''}`)
  }
}

const EMPTY: CellValue = { kind: 'empty' }
/** Bounds that no workbook of ours comes near: past them a file is refused, not read. */
export const READ_LIMITS = { bytes: 64 * 1024 * 1024, inflated: 512 * 1024 * 1024, rows: 100_000, columns: 200 }
const IGNORED_PARTS = ['dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks', 'drawing', 'picture', 'tableParts', 'mergeCells', 'rowBreaks', 'headerFooter', 'pageSetup', 'printOptions', 'pageMargins', 'sheetProtection', 'autoFilter']

/** The cells of every sheet of an .xlsx file's bytes. */
export async function readXlsx(bytes: Uint8Array): Promise<WorkbookCells> {
  if (bytes.length > READ_LIMITS.bytes) throw new WorkbookReadError('too-large', { size: READ_LIMITS.bytes / 2 ** 20 })
  let inflated = 0
  try {
    for (const entry of zipDirectory(bytes)) inflated += entry.size
  } catch {
    throw new WorkbookReadError('not-zip')
  }
  if (inflated > READ_LIMITS.inflated) throw new WorkbookReadError('inflates-too-much', { size: READ_LIMITS.inflated / 2 ** 20 })

  const workbook = new (await loadWorkbookClass())()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer, {
      ignoreNodes: IGNORED_PARTS,
      maxRows: READ_LIMITS.rows,
      maxCols: READ_LIMITS.columns,
    } as never)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw /Max (row|c) count/.test(detail)
      ? new WorkbookReadError('too-many-cells', { rows: READ_LIMITS.rows, columns: READ_LIMITS.columns })
      : new WorkbookReadError('unreadable', { detail: detail.slice(0, 200) })
  }
  return cellsOf(workbook)
}

function cellsOf(workbook: Workbook): WorkbookCells {
  const sheets: SheetCells[] = workbook.worksheets.map((worksheet) => {
    const rows: CellValue[][] = []
    worksheet.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: CellValue[] = []
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        cells[c - 1] = cellValue(cell.value)
      })
      rows[r - 1] = Array.from(cells, (v) => v ?? EMPTY)
    })
    return { name: worksheet.name, state: worksheet.state ?? 'visible', rows: Array.from(rows, (r) => r ?? []) }
  })
  const names = new Map<string, string[]>()
  for (const { name, ranges } of workbook.definedNames.model as Array<{ name: string; ranges: string[] }>) {
    if (!name.startsWith('_xlnm.')) names.set(name, ranges)
  }
  const props = workbook.properties as { date1904?: boolean }
  return { sheets, names, date1904: props.date1904 === true }
}

/** A cell of a read sheet, empty where the file has none. */
export function cellAt(sheet: SheetCells, row: number, column: number): CellValue {
  return sheet.rows[row - 1]?.[column - 1] ?? EMPTY
}

/** exceljs's value of a cell → ours. A formula gives its cached result, as a reader sees it. */
export function cellValue(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return EMPTY
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : EMPTY
  if (typeof value === 'string') return value === '' ? EMPTY : { kind: 'text', text: value }
  if (typeof value === 'boolean') return { kind: 'boolean', value }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? EMPTY : { kind: 'date', date: utcDate(value) }
  if ('error' in value && typeof value.error === 'string') return { kind: 'error', text: value.error }
  if ('richText' in value && Array.isArray(value.richText)) return cellValue(value.richText.map((run) => run.text).join(''))
  if ('result' in value) return cellValue(value.result as ExcelCellValue | undefined)
  if ('formula' in value || 'sharedFormula' in value) return EMPTY // a formula never calculated
  if ('text' in value && typeof value.text === 'string') return cellValue(value.text) // a hyperlink
  return EMPTY
}

/**
 * exceljs turns a date serial into the Date of that day's midnight UTC (plus any time of day):
 * the UTC calendar date is the cell's date, whatever the machine's zone.
 */
function utcDate(date: Date): string {
  // A serial read back as floating point can land a millisecond before midnight.
  return new Date(Math.round(date.getTime() / 1000) * 1000).toISOString().slice(0, 10)
}
