// `sheet import` (contract §9), its reading half: a workbook's cells and the model → the
// updates its rows ask for, the rows recorded already, and every row that cannot be recorded
// with its `sheet!cell` and reason. Pure: the words of the reasons come later (render), the
// writes later still (cli, through the same plan as `update`).
import { closest } from '../check/closest.js'
import type { IsoDate, Model, Task, TaskStatus } from '../model/types.js'
import { textIn } from '../model/text.js'
import { cellAt, type CellValue, type SheetCells, type WorkbookCells } from '../workspace/read-xlsx.js'
import { cellDate, cellString, cellWholeNumber, shownValue } from './cell-convert.js'
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

/** A status the sheet gives that status-progress (contract §4) would refuse with this progress. */
function contradicts(status: TaskStatus, progress: number): boolean {
  if (status === 'done') return progress < 100
  if (status === 'planned') return progress > 0
  if (status === 'cancelled') return false
  return progress >= 100
}

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

/** Reads the rows of every chain sheet of a workbook against the model. */
export function readSheetImport(cells: WorkbookCells, model: Model, options: SheetImportOptions): SheetImport {
  const marker = readMarker(cells)
  if (!marker) return { kind: 'foreign', why: 'no-marker' }
  const value = (key: MarkerKey) => cellString(marker.values.get(key) ?? { kind: 'empty' })
  if (value('format') !== String(SHEET_FORMAT)) return { kind: 'foreign', why: 'format', format: value('format') ?? '' }
  if (value('workspace-id') !== options.workspace) return { kind: 'other-workspace', workspace: value('workspace') ?? '' }
  const asOfCell = cellDate(marker.values.get('as-of') ?? { kind: 'empty' }, cells.date1904)
  const asOf = asOfCell && 'value' in asOfCell ? asOfCell.value : undefined

  const updates: SheetUpdate[] = []
  const recorded: SheetUpdate[] = []
  const rejections: Rejection[] = []
  const seen = new Map<string, string>() // task id → where its row is
  let filled = 0

  for (const sheet of cells.sheets) {
    if (sheet === marker.sheet) continue
    const layout = findLayout(sheet)
    if (!layout) continue
    const col = (key: SheetColumn) => layout.columns.get(key)
    const at = (row: number, key: SheetColumn) => cellRef(sheet.name, row, col(key) ?? 1)
    const get = (row: number, key: SheetColumn): CellValue => {
      const c = col(key)
      return c === undefined ? { kind: 'empty' } : cellAt(sheet, row, c)
    }
    for (let r = layout.keyRow + 2; r <= sheet.rows.length; r++) {
      const inputs = (['new-progress', 'new-status', 'new-note', 'new-date'] as const).filter((key) => get(r, key).kind !== 'empty' && shownValue(get(r, key)).trim() !== '')
      if (inputs.length === 0) continue
      const reject = (key: SheetColumn, reason: RejectReason, args: Rejection['args'] = {}) => rejections.push({ at: at(r, key), reason, args })

      const id = cellString(get(r, 'id'))
      const task = id === undefined ? undefined : model.tasksById.get(id)
      if (id === undefined) {
        reject(inputs[0]!, 'no-task-id')
        continue
      }
      if (!task) {
        reject('id', 'unknown-task', { id, near: closest(id, model.tasksById.keys()) ?? '' })
        continue
      }
      const other = seen.get(task.id)
      if (other !== undefined) {
        reject('id', 'duplicate-task', { id, other })
        continue
      }
      seen.set(task.id, at(r, 'new-progress'))

      const progressCell = cellWholeNumber(get(r, 'new-progress'))
      if (progressCell === undefined) {
        reject(inputs[0]!, 'no-progress')
        continue
      }
      filled++
      let ok = true
      let progress = 0
      if ('invalid' in progressCell) {
        reject('new-progress', 'progress-not-whole', { value: progressCell.invalid })
        ok = false
      } else if (progressCell.value < 0 || progressCell.value > 100) {
        reject('new-progress', 'progress-range', { value: progressCell.value })
        ok = false
      } else progress = progressCell.value

      const statusText = cellString(get(r, 'new-status'))
      const status = statusText === undefined ? undefined : options.statusFromText(statusText)
      if (statusText !== undefined && status === undefined) {
        reject('new-status', 'status-unknown', { value: statusText })
        ok = false
      } else if (ok && status !== undefined && contradicts(status, progress)) {
        reject('new-status', 'status-contradicts', { status: statusText!, progress })
        ok = false
      }

      const dateCell = cellDate(get(r, 'new-date'), cells.date1904)
      let date = options.today
      if (dateCell && 'invalid' in dateCell) {
        reject('new-date', 'date-invalid', { value: dateCell.invalid })
        ok = false
      } else if (dateCell) date = dateCell.value
      if (!ok) continue

      const note = cellString(get(r, 'new-note'))
      const update: SheetUpdate = { task: task.id, progress, date, at: at(r, 'new-progress'), ...(status && { status }), ...(note !== undefined && { note }) }
      if (isRecorded(task, update, dateCell !== undefined, asOf)) {
        recorded.push(update)
        continue
      }
      const last = task.updates.at(-1)
      if (last && date < last.date) {
        reject('new-date', 'date-before-last', { date, last: last.date, today: dateCell ? '' : 'yes' })
        continue
      }
      updates.push(update)
    }
  }
  return { kind: 'rows', asOf, filled, updates, recorded, rejections }
}
