// The owners' workbook of `sheet export` (contract §9): a sheet per chain, a row per open task,
// the task id kept in a hidden column, the columns to fill in validated by the sheet (a whole
// number from 0 to 100, a status from a drop-down in the sheet's language, a date) and the
// only cells left editable (the sheet is protected without a password); a hidden sheet marks
// the workbook as ours and names its workspace. Same input, same bytes.
import type { DataValidation, Style, Workbook, Worksheet } from 'exceljs'
import { TASK_STATUSES } from '../../model/types.js'
import {
  INPUT_COLUMNS, MARKER_NAME, MARKER_SHEET, SHEET_COLUMNS, SHEET_FORMAT,
  type MarkerKey, type SheetColumn,
} from '../../record/sheet-layout.js'
import type { SheetChain, SheetExport } from '../../report/sheet-export.js'
import { statusLabel } from '../labels.js'
import { addTableSheet, cellText, columnLetter, newWorkbook, tableRows, workbookBytes, type XlsxColumn, type XlsxTable } from '../xlsx.js'
import { sheetHeader, sheetPrompt } from './labels.js'

const TYPES: Record<SheetColumn, XlsxColumn['type']> = {
  id: 'text',
  title: 'text',
  owner: 'text',
  due: 'date',
  status: 'text',
  progress: 'integer',
  'last-date': 'date',
  'last-note': 'text',
  'new-progress': 'integer',
  'new-status': 'text',
  'new-note': 'text',
  'new-date': 'date',
}
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const
const INPUT_HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } } as const
/** Room to type in: the columns to fill in start empty. */
const MIN_WIDTHS: Partial<Record<SheetColumn, number>> = { 'new-progress': 12, 'new-status': 14, 'new-note': 30, 'new-date': 14 }
const column = (key: SheetColumn) => SHEET_COLUMNS.indexOf(key) + 1

function chainTable(chain: SheetChain, data: SheetExport): XlsxTable {
  const { lang, asOf } = data
  return {
    name: chain.name,
    keys: SHEET_COLUMNS,
    freezeColumns: column('title'),
    columns: SHEET_COLUMNS.map((key) => ({
      header: sheetHeader(key, lang, asOf),
      type: TYPES[key],
      hidden: key === 'id',
      maxWidth: key === 'title' || key === 'last-note' ? 40 : 24,
      minWidth: MIN_WIDTHS[key],
    })),
    rows: chain.rows.map((row) => [
      row.id, row.title, row.ownerName, row.due, statusLabel(row.status, lang), row.progress,
      row.lastDate, row.lastNote, null, null, null, null,
    ]),
  }
}

type Validations = { add(range: string, validation: DataValidation): void }

/** Validation, fill and unlocking of the columns to fill in, then protection of the rest. */
function openInputs(worksheet: Worksheet, rows: number, data: SheetExport): void {
  const { lang } = data
  const { header, first } = tableRows({ keys: SHEET_COLUMNS })
  const last = first + rows - 1
  const rule = (title: Parameters<typeof sheetPrompt>[0], text: Parameters<typeof sheetPrompt>[0]) => ({
    allowBlank: true, showInputMessage: true, showErrorMessage: true, errorStyle: 'stop',
    promptTitle: sheetPrompt(title, lang), prompt: sheetPrompt(text, lang),
    errorTitle: sheetPrompt(title, lang), error: sheetPrompt(text, lang),
  }) as const
  const validations: Partial<Record<SheetColumn, DataValidation>> = {
    'new-progress': { type: 'whole', operator: 'between', formulae: [0, 100], ...rule('progressTitle', 'progress') },
    'new-status': { type: 'list', formulae: [`"${TASK_STATUSES.map((s) => statusLabel(s, lang)).join(',')}"`], ...rule('statusTitle', 'status') },
    'new-date': { type: 'date', operator: 'between', formulae: [new Date(Date.UTC(1900, 2, 1)), new Date(Date.UTC(9999, 11, 31))], ...rule('dateTitle', 'date') },
  }
  // One style object per base style (a column's, wrapped or not), shared by its cells; never
  // a change to a shared one, which every cell of its column would see.
  const opened = new Map<Partial<Style>, Partial<Style>>()
  const open = (base: Partial<Style>) => {
    let style = opened.get(base)
    if (!style) opened.set(base, (style = { ...base, protection: { locked: false }, fill: INPUT_FILL }))
    return style
  }
  for (const key of INPUT_COLUMNS) {
    const col = column(key)
    const head = worksheet.getRow(header).getCell(col)
    head.style = { ...head.style, fill: INPUT_HEADER_FILL }
    for (let r = first; r <= last; r++) {
      const cell = worksheet.getRow(r).getCell(col)
      cell.style = open(cell.style)
    }
    const validation = validations[key]
    if (validation && rows > 0) {
      const letter = columnLetter(col)
      ;(worksheet as unknown as { dataValidations: Validations }).dataValidations.add(`${letter}${first}:${letter}${last}`, validation)
    }
  }
}

function addMarker(workbook: Workbook, data: SheetExport, taken: Set<string>): void {
  taken.add(MARKER_SHEET)
  const marker = workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' })
  const values: Record<MarkerKey, string> = {
    format: String(SHEET_FORMAT),
    workspace: data.workspaceName,
    'workspace-id': data.workspace,
    'as-of': data.asOf,
    lang: data.lang,
  }
  Object.entries(values).forEach(([key, value], i) => {
    marker.getCell(i + 1, 1).value = key
    const cell = marker.getCell(i + 1, 2)
    cell.value = cellText(value)
    cell.numFmt = '@'
  })
  const row = Object.keys(values).indexOf('workspace-id') + 1
  workbook.definedNames.add(`${MARKER_SHEET}!$B$${row}`, MARKER_NAME)
}

/** The workbook of a sheet export, as .xlsx bytes. */
export async function renderSheetExport(data: SheetExport): Promise<Uint8Array> {
  const workbook = await newWorkbook()
  const taken = new Set<string>([MARKER_SHEET])
  for (const chain of data.chains) {
    const worksheet = addTableSheet(workbook, chainTable(chain, data), taken)
    openInputs(worksheet, chain.rows.length, data)
    await worksheet.protect('', {
      selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: false,
    })
  }
  addMarker(workbook, data, new Set())
  return workbookBytes(workbook, { date: data.asOf })
}
