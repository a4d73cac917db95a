// `sheet import` (contract §9), its reading half: a workbook's cells and the model → the
// updates its rows ask for, the rows recorded already, and every row that cannot be recorded
// with its `sheet!cell` and reason. Pure: the words of the reasons come later (render), the
// writes later still (cli, through the same plan as `update`).
import { closest } from '../check/closest.js'
import type { IsoDate, Model, Task, TaskStatus } from '../model/types.js'
import { textIn } from '../model/text.js'
import { cellAt, type CellValue, type SheetCells, type WorkbookCells } from '../workspace/read-xlsx.js'
import { cellDate, cellString, cellWholeNumber, shownValue } from './cell-convert.js'
import { updateProblems } from './update.js'
import { MARKER_KEYS, MARKER_NAME, MARKER_SHEET, SHEET_FORMAT, type MarkerKey, type SheetColumn } from './sheet-layout.js'

/** One row to record, as `update` would record it. */
export interface SheetUpdate {
  task: string
  progress: number
  /** As the sheet gives it; undefined: the update rule decides (contract §9 `update`). */
  status?: TaskStatus
  note?: string
  date: IsoDate
  /** The row's new-progress cell, e.g. `纺织服装!I5`. */
  at: string
}

export type RejectReason =
  | 'no-task-id'
  | 'unknown-task'
  | 'duplicate-task'
  | 'no-progress'
  | 'progress-not-whole'
  | 'progress-range'
  | 'status-unknown'
  | 'status-contradicts'
  | 'date-invalid'
  | 'date-before-last'

export interface Rejection {
  /** `sheet!cell` of the offending cell. */
  at: string
  reason: RejectReason
  args: Record<string, string | number>
}

export type SheetImport =
  /** Not a workbook that `sheet export` made (no marker, or a layout we do not know). */
  | { kind: 'foreign'; why: 'no-marker' | 'format'; format?: string }
  /** Made by `sheet export`, for another workspace. */
  | { kind: 'other-workspace'; workspace: string }
  | {
      kind: 'rows'
      /** The date the workbook was exported as of. */
      asOf: IsoDate | undefined
      /** Rows with a new progress, recorded already or not. */
      filled: number
      updates: SheetUpdate[]
      /** Rows whose update the task has already (an earlier import of this workbook). */
      recorded: SheetUpdate[]
      rejections: Rejection[]
    }

export interface SheetImportOptions {
  /** The date of a row whose date cell is empty: today in the workspace zone. */
  today: IsoDate
  /** This workspace's identity (sheet-layout.ts `workspaceIdentity`). */
  workspace: string
  /** A status word as typed (either language, or the status id) → the status. */
  statusFromText: (text: string) => TaskStatus | undefined
}

/** `Sheet!B5`, the sheet name quoted as Excel quotes it when it holds more than letters and digits. */
export function cellRef(sheet: string, row: number, column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`
  return `${name}!${letters}${row}`
}

/** The marker's key → value, or undefined when the workbook has none. */
function readMarker(cells: WorkbookCells): { sheet: SheetCells; values: Map<MarkerKey, CellValue> } | undefined {
  // The defined name follows the marker sheet if someone renamed it; else the sheet by name.
  const ref = cells.names.get(MARKER_NAME)?.[0]
  const named = ref ? /^'?(.*?)'?!/.exec(ref)?.[1]?.replaceAll("''", "'") : undefined
  const sheet =
    cells.sheets.find((s) => s.name === named) ?? cells.sheets.find((s) => s.name.toLowerCase() === MARKER_SHEET)
  if (!sheet) return undefined
  const values = new Map<MarkerKey, CellValue>()
  sheet.rows.forEach((row, i) => {
    const key = cellString(row[0] ?? { kind: 'empty' })
    if (key && (MARKER_KEYS as readonly string[]).includes(key)) values.set(key as MarkerKey, cellAt(sheet, i + 1, 2))
  })
  return values.has('format') ? { sheet, values } : undefined
}

interface Layout {
  keyRow: number
  columns: Map<SheetColumn, number>
}

/** The hidden key row of a chain sheet (row 1 as written; looked for a little further down). */
function findLayout(sheet: SheetCells): Layout | undefined {
  for (let r = 1; r <= Math.min(10, sheet.rows.length); r++) {
    const columns = new Map<SheetColumn, number>()
    ;(sheet.rows[r - 1] ?? []).forEach((cell, i) => {
      const key = cellString(cell)
      if (key && !columns.has(key as SheetColumn)) columns.set(key as SheetColumn, i + 1)
    })
    if (columns.has('id') && columns.has('new-progress')) return { keyRow: r, columns }
  }
  return undefined
}

const STATUS_OF_PROGRESS = (progress: number): TaskStatus => (progress >= 100 ? 'done' : progress > 0 ? 'in-progress' : 'planned')

/**
 * True when the task holds this row's update already: an update with its progress, note and
 * (if the row gives one) status, dated the row's date — or, for a row without a date, on or
 * after the day the workbook was exported.
 */
function isRecorded(task: Task, row: Omit<SheetUpdate, 'at' | 'task'>, dateGiven: boolean, asOf: IsoDate | undefined): boolean {
  return task.updates.some((u) => {
    if (dateGiven ? u.date !== row.date : asOf === undefined || u.date < asOf) return false
    if (u.progress !== row.progress) return false
    if (row.status !== undefined && (u.status ?? STATUS_OF_PROGRESS(u.progress)) !== row.status) return false
    const notes = u.note === undefined ? [] : [textIn(u.note, 'zh'), textIn(u.note, 'en')]
    return row.note === undefined ? u.note === undefined : notes.includes(row.note)
  })
}

/** One chain sheet's cells by column key, and where a cell is. */
interface SheetView {
  get(row: number, key: SheetColumn): CellValue
  at(row: number, key: SheetColumn): string
}

function sheetView(sheet: SheetCells, layout: Layout): SheetView {
  return {
    get: (row, key) => {
      const c = layout.columns.get(key)
      return c === undefined ? { kind: 'empty' } : cellAt(sheet, row, c)
    },
    at: (row, key) => cellRef(sheet.name, row, layout.columns.get(key) ?? 1),
  }
}

/** What the reading of all rows gathers. */
interface Gathered {
  updates: SheetUpdate[]
  recorded: SheetUpdate[]
  rejections: Rejection[]
  /** Task id → where its row is. */
  seen: Map<string, string>
  filled: number
}

interface RowContext {
  model: Model
  options: SheetImportOptions
  date1904: boolean
  /** The date the workbook was exported as of. */
  asOf: IsoDate | undefined
}

const INPUTS = ['new-progress', 'new-status', 'new-note', 'new-date'] as const

/** Reads row `r`: an update, one recorded already, rejections, or nothing (an empty row). */
function readRow(view: SheetView, r: number, context: RowContext, out: Gathered): void {
  const { model, options } = context
  const filledIn = INPUTS.filter((key) => shownValue(view.get(r, key)).trim() !== '')
  if (filledIn.length === 0) return
  const reject = (key: SheetColumn, reason: RejectReason, args: Rejection['args'] = {}) => out.rejections.push({ at: view.at(r, key), reason, args })

  const id = cellString(view.get(r, 'id'))
  if (id === undefined) return void reject(filledIn[0]!, 'no-task-id')
  const task = model.tasksById.get(id)
  if (!task) return void reject('id', 'unknown-task', { id, near: closest(id, model.tasksById.keys()) ?? '' })
  const other = out.seen.get(task.id)
  if (other !== undefined) return void reject('id', 'duplicate-task', { id, other })
  out.seen.set(task.id, view.at(r, 'new-progress'))

  const progressCell = cellWholeNumber(view.get(r, 'new-progress'))
  if (progressCell === undefined) return void reject(filledIn[0]!, 'no-progress')
  out.filled++
  const before = out.rejections.length
  if ('invalid' in progressCell) reject('new-progress', 'progress-not-whole', { value: progressCell.invalid })
  else if (progressCell.value < 0 || progressCell.value > 100) reject('new-progress', 'progress-range', { value: progressCell.value })
  const statusText = cellString(view.get(r, 'new-status'))
  const status = statusText === undefined ? undefined : options.statusFromText(statusText)
  if (statusText !== undefined && status === undefined) reject('new-status', 'status-unknown', { value: statusText })
  const dateCell = cellDate(view.get(r, 'new-date'), context.date1904)
  if (dateCell && 'invalid' in dateCell) reject('new-date', 'date-invalid', { value: dateCell.invalid })
  if (out.rejections.length > before || 'invalid' in progressCell) return

  const progress = progressCell.value
  const date = dateCell && 'value' in dateCell ? dateCell.value : options.today
  const note = cellString(view.get(r, 'new-note'))
  const update: SheetUpdate = { task: task.id, progress, date, at: view.at(r, 'new-progress'), ...(status && { status }), ...(note !== undefined && { note }) }
  if (isRecorded(task, update, dateCell !== undefined, context.asOf)) return void out.recorded.push(update)
  // The judgement `update` makes of the same request, each problem at its cell.
  const problems = updateProblems(task, update)
  for (const problem of problems) {
    if (problem.code === 'status-contradicts') reject('new-status', 'status-contradicts', { status: statusText ?? problem.status, progress })
    else if (problem.code === 'date-before-last-update') reject('new-date', 'date-before-last', { date, last: problem.last, today: dateCell ? '' : 'yes' })
    else reject('new-progress', 'progress-range', { value: progress })
  }
  if (problems.length === 0) out.updates.push(update)
}

/** Reads the rows of every chain sheet of a workbook against the model. */
export function readSheetImport(cells: WorkbookCells, model: Model, options: SheetImportOptions): SheetImport {
  const marker = readMarker(cells)
  if (!marker) return { kind: 'foreign', why: 'no-marker' }
  const value = (key: MarkerKey) => cellString(marker.values.get(key) ?? { kind: 'empty' })
  if (value('format') !== String(SHEET_FORMAT)) return { kind: 'foreign', why: 'format', format: value('format') ?? '' }
  if (value('workspace-id') !== options.workspace) return { kind: 'other-workspace', workspace: value('workspace') ?? '' }
  const asOfCell = cellDate(marker.values.get('as-of') ?? { kind: 'empty' }, cells.date1904)
  const asOf = asOfCell && 'value' in asOfCell ? asOfCell.value : undefined

  const out: Gathered = { updates: [], recorded: [], rejections: [], seen: new Map(), filled: 0 }
  const context: RowContext = { model, options, date1904: cells.date1904, asOf }
  for (const sheet of cells.sheets) {
    if (sheet === marker.sheet) continue
    const layout = findLayout(sheet)
    if (!layout) continue
    const view = sheetView(sheet, layout)
    for (let r = layout.keyRow + 2; r <= sheet.rows.length; r++) readRow(view, r, context, out)
  }
  return { kind: 'rows', asOf, filled: out.filled, updates: out.updates, recorded: out.recorded, rejections: out.rejections }
}
