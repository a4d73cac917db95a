// The one xlsx writer of the project (contract §9, §10; PITFALLS §8): tables → a workbook as
// spreadsheet users expect it — numbers as numbers, dates as real dates shown yyyy-mm-dd,
// percentages formatted, text always text (never a formula) and guarded as CSV is (§5),
// header frozen, filters on, widths that fit Chinese text, printed on A4 landscape — and
// the same input always gives the same bytes. The xlsx library is loaded on first use
// only, so commands that write no workbook never pay for it.
import type { Cell, Style, Workbook, Worksheet } from 'exceljs'
import type { IsoDate } from '../model/types.js'
import { loadWorkbookClass } from '../workspace/load-exceljs.js'
import { guardFormula } from './escape.js'
import { displayWidth } from './width.js'
import { writeZip, type ZipEntry } from './fixed-zip.js'

export type XlsxColumnType = 'text' | 'integer' | 'number' | 'percent' | 'date'

export interface XlsxColumn {
  header: string
  type: XlsxColumnType
  /** Kept in the file but not shown (an id column for a round trip). */
  hidden?: boolean
  /** The widest the column grows, in characters (default 60); longer text wraps. */
  maxWidth?: number
  /** The narrowest it is, e.g. a column left empty for people to fill in (default 6). */
  minWidth?: number
}

/**
 * A cell: text; a number (a percent column holds 0–100, as the reports do); a YYYY-MM-DD
 * string in a date column; null for an empty cell.
 */
export type XlsxValue = string | number | null

export interface XlsxTable {
  /** The sheet's name; made valid and unique by {@link sheetName}. */
  name: string
  columns: XlsxColumn[]
  rows: XlsxValue[][]
  /**
   * Machine keys of the columns, written into a hidden first row above the header, so a
   * reader finds each column wherever it has been moved (the owners' sheet of §9).
   */
  keys?: readonly string[]
  /** Columns kept in view when scrolling right (default none). */
  freezeColumns?: number
}

/** Where a table's rows are: the header row, and the first data row. */
export function tableRows(table: Pick<XlsxTable, 'keys'>): { header: number; first: number } {
  return table.keys ? { header: 2, first: 3 } : { header: 1, first: 2 }
}

export const NUMBER_FORMATS: Record<XlsxColumnType, string | undefined> = {
  text: '@',
  integer: '0',
  number: undefined, // General
  percent: '0.0%',
  date: 'yyyy-mm-dd',
}

const DEFAULT_MAX_WIDTH = 60
const MIN_WIDTH = 6
const HEADER_WRAP = 10
/** Points per line of the default font; rows are given the height their wrapped text needs. */
const LINE_HEIGHT = 15

/** An empty workbook. */
export async function newWorkbook(): Promise<Workbook> {
  return new (await loadWorkbookClass())()
}

// C0 and C1 controls but tab and line feed, DEL, bidi overrides, lone surrogates and the two
// non-characters that XML cannot hold: written as \u escapes, lossless but inert (§8).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text as a cell holds it: controls escaped, formula starts guarded with `'` (contract §5). */
export function cellText(text: string): string {
  return guardFormula(text).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A YYYY-MM-DD date as the Date exceljs stores: midnight UTC, so the serial is the day's. */
export function excelDate(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

// Excel refuses a sheet name over 31 characters, with any of : \ / ? * [ ], starting or
// ending with an apostrophe, or named History; names are unique regardless of case. An
// apostrophe inside becomes ’: exceljs would not double it in a print-titles reference.
const SHEET_FORBIDDEN = /[:\\/?*[\]\u0000-\u001f]/g

/** A valid sheet name for `wanted`, unique among `taken` (lower-cased names), which it joins. */
export function sheetName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(SHEET_FORBIDDEN, ' ').replace(/^'+|'+$/g, '').replaceAll("'", '\u2019').trim()
  if (base === '' || base.toLowerCase() === 'history') base = `Sheet${taken.size + 1}`
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`
    const name = cut(base, 31 - suffix.length) + suffix
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase())
      return name
    }
  }
}

/** At most `max` UTF-16 units, never half a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  let out = ''
  for (const ch of text) {
    if (out.length + ch.length > max) break
    out += ch
  }
  return out.trimEnd()
}

/** What a cell shows, for its width. */
function shown(value: XlsxValue, type: XlsxColumnType): string {
  if (value === null) return ''
  if (type === 'percent' && typeof value === 'number') return `${value.toFixed(1)}%`
  return String(value)
}

/** The widest line of a text, in columns (a Chinese character counts two). */
function widest(text: string): number {
  let w = 0
  for (const line of text.split('\n')) w = Math.max(w, displayWidth(line))
  return w
}

/**
 * A column's width in characters of the default font: its widest cell (a Chinese character
 * counts two), plus room for the filter button, within [6, maxWidth]. The header counts only
 * up to HEADER_WRAP columns or the cells' width: a long header wraps instead of widening a
 * column of short figures.
 */
export function columnWidth(header: string, cells: Iterable<string>, maxWidth = DEFAULT_MAX_WIDTH, minWidth = MIN_WIDTH): number {
  let data = 0
  for (const text of cells) data = Math.max(data, widest(text))
  return fitWidth(widest(header), data, maxWidth, minWidth)
}

function fitWidth(header: number, data: number, maxWidth = DEFAULT_MAX_WIDTH, minWidth = MIN_WIDTH): number {
  const content = Math.max(data, Math.min(header, Math.max(data, HEADER_WRAP)))
  return Math.min(Math.max(content + 3, minWidth), Math.max(maxWidth, minWidth))
}

/** How many lines a text takes in a wrapping cell `width` characters wide. */
export function linesIn(text: string, width: number): number {
  return linesOf(text.split('\n').map(displayWidth), width)
}

function linesOf(lineWidths: readonly number[], width: number): number {
  const room = Math.max(1, width - 2)
  let lines = 0
  for (const w of lineWidths) lines += Math.max(1, Math.ceil(w / room))
  return lines
}

function setValue(cell: Cell, value: XlsxValue, type: XlsxColumnType): void {
  if (value === null) return
  if (type === 'date' && typeof value === 'string') cell.value = excelDate(value)
  else if (type === 'percent' && typeof value === 'number') cell.value = value / 100
  else if (typeof value === 'number') cell.value = value
  else cell.value = cellText(value)
}

/** The print setup of every sheet: A4 landscape, one page wide, the header row on each page. */
export function printSetup(worksheet: Worksheet, headerRow = 1): void {
  Object.assign(worksheet.pageSetup, {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as it takes
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  })
  worksheet.headerFooter.oddFooter = '&C&P / &N'
}

/** The A1 name of column `n` (1-based). */
export function columnLetter(n: number): string {
  let s = ''
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

/**
 * Adds one table as a sheet: a bold header row, frozen and filtered (under a hidden key row
 * when the table has keys); a row per data row, each cell typed by its column; widths
 * fitted; A4 landscape with the header on every page.
 */
export function addTableSheet(workbook: Workbook, table: XlsxTable, taken: Set<string>): Worksheet {
  const { header, first } = tableRows(table)
  const frozen = table.freezeColumns ?? 0
  const worksheet = workbook.addWorksheet(sheetName(table.name, taken), {
    views: [{ state: 'frozen', xSplit: frozen, ySplit: header, topLeftCell: `${columnLetter(frozen + 1)}${first}`, activeCell: `${columnLetter(frozen + 1)}${first}` }],
  })
  if (table.keys) {
    const keys = worksheet.getRow(1)
    table.keys.forEach((key, i) => {
      keys.getCell(i + 1).value = key
    })
    keys.hidden = true
  }
  const headerRow = worksheet.getRow(header)
  table.columns.forEach((column, i) => {
    const cell = headerRow.getCell(i + 1)
    cell.value = cellText(column.header)
    cell.font = { bold: true }
    cell.alignment = { vertical: 'top', wrapText: true }
  })
  table.rows.forEach((values, r) => {
    const row = worksheet.getRow(first + r)
    table.columns.forEach((column, i) => setValue(row.getCell(i + 1), values[i] ?? null, column.type))
  })
  const last = first + table.rows.length - 1
  const lines = new Array<number>(table.rows.length + 1).fill(1) // the header's, then each row's
  table.columns.forEach((column, i) => {
    const col = worksheet.getColumn(i + 1)
    // Each cell measured once: the widths of its lines (a Chinese character counts two).
    const measured = table.rows.map((row) => shown(row[i] ?? null, column.type).split('\n').map(displayWidth))
    const width = fitWidth(widest(column.header), Math.max(0, ...measured.flat()), column.maxWidth, column.minWidth)
    col.width = width
    if (column.hidden) {
      col.hidden = true
      return
    }
    lines[0] = Math.max(lines[0]!, linesIn(column.header, width))
    // Style the data cells, not the whole column (a column style would reach a million
    // rows), with one style object per column and wrapping that every cell shares: exceljs
    // recognises a style object it has seen, so a big sheet is written several times faster.
    const format = NUMBER_FORMATS[column.type]
    const plain: Partial<Style> = { ...(format && { numFmt: format }), alignment: { vertical: 'top' } }
    const wrapping: Partial<Style> = { ...(format && { numFmt: format }), alignment: { vertical: 'top', wrapText: true } }
    measured.forEach((lineWidths, r) => {
      const n = linesOf(lineWidths, width)
      worksheet.getRow(first + r).getCell(i + 1).style = n > 1 ? wrapping : plain
      lines[r + 1] = Math.max(lines[r + 1]!, n)
    })
  })
  // Programs do not all fit a row to its wrapped text when they open a file: give it here.
  lines.forEach((n, r) => {
    if (n > 1) worksheet.getRow(r === 0 ? header : first + r - 1).height = n * LINE_HEIGHT
  })
  if (table.columns.length > 0) worksheet.autoFilter = `A${header}:${columnLetter(table.columns.length)}${Math.max(last, header)}`
  printSetup(worksheet, header)
  return worksheet
}

export interface WorkbookBytesOptions {
  /** The date the document properties give as created and modified (default 1980-01-01). */
  date?: IsoDate
}

/** What exceljs's writer does between building its model and zipping the parts (4.4). */
interface XlsxWriter {
  prepareModel(model: WriteModel, options: object): void
  [step: `add${string}`]: (zip: PartSink, model: WriteModel) => Promise<void>
}
interface WriteModel {
  worksheets: Array<{ name: string; autoFilter?: unknown }>
  definedNames: Array<{ name: string; ranges: string[]; localSheetId?: number }>
}
interface PartSink {
  append(data: string | Buffer, options: { name: string; base64?: boolean }): void
}
/** The order in which exceljs's `xlsx.write` adds the parts (4.4, lib/xlsx/xlsx.js). */
const WRITE_STEPS = ['addContentTypes', 'addOfficeRels', 'addWorkbookRels', 'addWorksheets', 'addSharedStrings', 'addDrawings', 'addTables', 'addThemes', 'addStyles', 'addMedia', 'addApp', 'addCore', 'addWorkbook'] as const

/**
 * The workbook as .xlsx bytes, the same for the same workbook on every run: fixed document
 * dates and author; the parts exceljs renders, zipped by fixed-zip.ts (fixed entry dates and
 * order, Node's own deflate, several times faster than the zip library exceljs bundles);
 * each filter also as the hidden defined name Excel writes for it (without it LibreOffice
 * drops the filter on a re-save).
 */
export async function workbookBytes(workbook: Workbook, options: WorkbookBytesOptions = {}): Promise<Uint8Array> {
  const date = excelDate(options.date ?? '1980-01-01')
  workbook.created = date
  workbook.modified = date
  workbook.creator = 'chainchief'
  workbook.lastModifiedBy = 'chainchief'
  const xlsx = workbook.xlsx as unknown as XlsxWriter
  const model = (workbook as unknown as { model: WriteModel }).model
  xlsx.prepareModel(model, {})
  model.worksheets.forEach((sheet, index) => {
    if (typeof sheet.autoFilter !== 'string' || sheet.autoFilter === '') return
    const range = sheet.autoFilter.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')
    model.definedNames.push({ name: '_xlnm._FilterDatabase', ranges: [`'${sheet.name.replaceAll("'", "''")}'!${range}`], localSheetId: index })
  })
  const parts: ZipEntry[] = []
  const sink: PartSink = {
    append: (data, { name, base64 }) => parts.push({ name, data: typeof data === 'string' ? Buffer.from(data, base64 ? 'base64' : 'utf8') : data }),
  }
  for (const step of WRITE_STEPS) await xlsx[step]!(sink, model)
  return writeZip(parts)
}

/** Tables → .xlsx bytes, a sheet per table, in order (the views of contract §10). */
export async function renderTablesXlsx(tables: readonly XlsxTable[], options: WorkbookBytesOptions = {}): Promise<Uint8Array> {
  const workbook = await newWorkbook()
  const taken = new Set<string>()
  for (const table of tables) addTableSheet(workbook, table, taken)
  return workbookBytes(workbook, options)
}
