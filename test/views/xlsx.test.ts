// `--format xlsx` of the views and progress (contract §10, §5) on the bundled example, read
// back with the xlsx library: every cell equals the CSV of the same report (same columns, same
// words), typed — numbers as numbers, dates as dates, percentages formatted — under a frozen,
// filtered header, with widths that fit Chinese text, and the same bytes on every run.
import { describe, expect, it } from 'vitest'
import type { Workbook, Worksheet } from 'exceljs'
import { checkWorkspace } from '../../src/check/run-checks.js'
import type { Lang } from '../../src/model/types.js'
import { renderGridsXlsx } from '../../src/render/grid-xlsx.js'
import { MEETINGS_RENDERERS } from '../../src/render/meetings/index.js'
import { renderMeetingsXlsx } from '../../src/render/meetings/xlsx.js'
import { PROBLEMS_RENDERERS } from '../../src/render/problems/index.js'
import { renderProblemsXlsx } from '../../src/render/problems/xlsx.js'
import { PROGRESS_RENDERERS } from '../../src/render/progress/index.js'
import { renderProgressXlsx } from '../../src/render/progress/xlsx.js'
import { ROSTER_RENDERERS } from '../../src/render/roster/index.js'
import { renderRosterXlsx } from '../../src/render/roster/xlsx.js'
import { PLAIN } from '../../src/render/style.js'
import { TASK_RENDERERS } from '../../src/render/task/index.js'
import { renderTaskXlsx } from '../../src/render/task/xlsx.js'
import { displayWidth } from '../../src/render/width.js'
import { buildMeetingsReport } from '../../src/report/meetings.js'
import { buildProblemsReport } from '../../src/report/problems.js'
import { buildProgressReport } from '../../src/report/progress.js'
import { buildRosterReport } from '../../src/report/roster.js'
import { buildTaskCard } from '../../src/report/task.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { loadWorkbookClass } from '../../src/workspace/load-exceljs.js'
import { EXAMPLE } from '../helpers/run-cli.js'

const AS_OF = '2026-11-27'
const model = checkWorkspace(loadWorkspace(EXAMPLE), { asOf: AS_OF }).model
const options = (lang: Lang) => ({ lang, style: PLAIN, width: 80, ascii: false, bom: false })
const LANGS = ['en', 'zh'] as const

/** exceljs's ValueType numbers. */
const NULL = 0
const NUMBER = 2
const STRING = 3
const DATE = 4

async function readBack(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new (await loadWorkbookClass())()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  return workbook
}

/** RFC 4180 fields of a CSV without BOM, CRLF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') row.push(field), (field = '')
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++
    else field += ch
  }
  return rows
}

/** A cell as CSV writes it: a date as YYYY-MM-DD, a percentage as its figure 0–100, empty as ''. */
function asCsv(sheet: Worksheet, r: number, c: number): string {
  const cell = sheet.getCell(r, c)
  if (cell.type === NULL) return ''
  if (cell.value instanceof Date) return cell.value.toISOString().slice(0, 10)
  if (cell.numFmt === '0.0%' && typeof cell.value === 'number') return String(Math.round(cell.value * 1000) / 10)
  return String(cell.value)
}

/** The whole sheet as CSV cells. */
function sheetAsCsv(sheet: Worksheet): string[][] {
  const out: string[][] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: string[] = []
    for (let c = 1; c <= sheet.columnCount; c++) row.push(asCsv(sheet, r, c))
    out.push(row)
  }
  return out
}

/** The header frozen and filtered over every row and column. */
function expectFrozenAndFiltered(sheet: Worksheet, columns: number, rows: number): void {
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' })
  const last = String.fromCharCode(64 + columns)
  expect(sheet.autoFilter).toBe(`A1:${last}${rows + 1}`)
  expect(sheet.getCell('A1').font?.bold).toBe(true)
}

/** The types and number formats of one column, on its data rows. */
function columnTypes(sheet: Worksheet, c: number): Array<[number, string | undefined]> {
  const out: Array<[number, string | undefined]> = []
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cell = sheet.getCell(r, c)
    if (cell.type !== NULL) out.push([cell.type, cell.numFmt])
  }
  return [...new Map(out.map((t) => [t.join(), t])).values()]
}

describe('progress --format xlsx', () => {
  it.each(LANGS)('chain rows (%s): the cells of the CSV, typed, total last, chains in the official order', async (lang) => {
    const report = buildProgressReport(model, { asOf: AS_OF, lang, since: '2025-11-27' })
    const bytes = await renderProgressXlsx(report, false)
    const workbook = await readBack(bytes)
    expect(workbook.worksheets.map((s) => s.name)).toEqual([lang === 'zh' ? '产业链推进情况' : 'Progress'])
    const sheet = workbook.worksheets[0]!
    expect(sheetAsCsv(sheet)).toEqual(parseCsv(PROGRESS_RENDERERS.csv(report, { ...options(lang), tasks: false })))
    expect(sheet.rowCount).toBe(model.chains.length + 2)
    expect(sheet.getColumn(1).values.slice(2, -1)).toEqual(model.chains.map((c) => c.name[lang] ?? c.name.en ?? c.name.zh))
    expectFrozenAndFiltered(sheet, 9, model.chains.length + 1)
    // counts whole numbers, progress a percentage, the change a plain figure
    for (const c of [3, 4, 5, 6, 7]) expect(columnTypes(sheet, c)).toEqual([[NUMBER, '0']])
    expect(columnTypes(sheet, 8)).toEqual([[NUMBER, '0.0%']])
    expect(columnTypes(sheet, 9).map(([type]) => type)).toEqual([NUMBER])
    expect(columnTypes(sheet, 1)).toEqual([[STRING, '@']])
    const total = sheet.getRow(sheet.rowCount)
    expect(total.getCell(1).value).toBe(lang === 'zh' ? '合计' : 'Total')
    expect(total.getCell(3).value).toBe(report.total.tasks)
    expect(total.getCell(8).value).toBeCloseTo(Math.round(report.total.progress! * 10) / 1000, 10)
    expect(total.getCell(9).value).toBe(Math.round(report.total.change! * 10) / 10)
  })

  it.each(LANGS)('--tasks (%s): due as a date, status with its mark, progress and change', async (lang) => {
    const report = buildProgressReport(model, { asOf: AS_OF, lang, since: '2025-11-27' })
    const sheet = (await readBack(await renderProgressXlsx(report, true))).worksheets[0]!
    expect(sheet.name).toBe(lang === 'zh' ? '重点任务' : 'Tasks')
    expect(sheetAsCsv(sheet)).toEqual(parseCsv(PROGRESS_RENDERERS.csv(report, { ...options(lang), tasks: true })))
    expectFrozenAndFiltered(sheet, 8, report.tasks.length)
    expect(columnTypes(sheet, 5)).toEqual([[DATE, 'yyyy-mm-dd']])
    expect(columnTypes(sheet, 7)).toEqual([[NUMBER, '0.0%']])
    const overdue = report.tasks.findIndex((t) => t.overdue)
    expect(overdue).toBeGreaterThanOrEqual(0)
    expect(sheet.getCell(overdue + 2, 6).value).toMatch(lang === 'zh' ? / 逾期$/ : /, overdue$/)
    expect(sheet.getCell(overdue + 2, 5).value).toEqual(new Date(`${report.tasks[overdue]!.due}T00:00:00Z`))
  })
})

describe('problems --format xlsx', () => {
  it.each(LANGS)('%s: every column of the CSV, raised as a date, days a number', async (lang) => {
    const report = buildProblemsReport(model, { asOf: AS_OF, lang, filter: { status: 'all' } })
    const sheet = (await readBack(await renderProblemsXlsx(report))).worksheets[0]!
    expect(sheet.name).toBe(lang === 'zh' ? '问题清单' : 'Problems')
    expect(sheetAsCsv(sheet)).toEqual(parseCsv(PROBLEMS_RENDERERS.csv(report, options(lang))))
    expect(sheet.getRow(1).values).toEqual([undefined, ...(lang === 'zh' ? ['产业链', '编号', '问题', '关联任务', '责任单位', '提出日期', '状态', '天数'] : ['Chain', 'ID', 'Problem', 'Task', 'Owner', 'Raised', 'Status', 'Days'])])
    expectFrozenAndFiltered(sheet, 8, report.problems.length)
    expect(columnTypes(sheet, 6)).toEqual([[DATE, 'yyyy-mm-dd']])
    expect(columnTypes(sheet, 8)).toEqual([[NUMBER, '0']])
    expect(report.problems.map((p, i) => sheet.getCell(i + 2, 8).value === p.daysOpen)).not.toContain(false)
  })
})

describe('roster --format xlsx', () => {
  it.each(LANGS)('%s: the chain on every row, an unfilled role an empty cell, widths that fit the names', async (lang) => {
    const report = buildRosterReport(model, { lang })
    const sheet = (await readBack(await renderRosterXlsx(report))).worksheets[0]!
    const csv = parseCsv(ROSTER_RENDERERS.csv(report, options(lang)))
    expect(sheetAsCsv(sheet)).toEqual(csv)
    expect(csv.slice(1).every((row) => row[0] !== '')).toBe(true)
    expectFrozenAndFiltered(sheet, 4, csv.length - 1)
    // Each column at least as wide as its widest cell, a Chinese character counting two.
    for (let c = 1; c <= 4; c++) {
      const widest = Math.max(...csv.slice(1).map((row) => displayWidth(row[c - 1]!)))
      expect(sheet.getColumn(c).width ?? 0).toBeGreaterThanOrEqual(Math.min(widest, 60))
    }
    if (lang === 'zh') expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(displayWidth('新一代信息技术'))
  })
})

describe('meetings and task --format xlsx', () => {
  it.each(LANGS)('meetings (%s): the decisions as three numbers', async (lang) => {
    const report = buildMeetingsReport(model, { asOf: AS_OF, lang })
    const sheet = (await readBack(await renderMeetingsXlsx(report))).worksheets[0]!
    expect(sheetAsCsv(sheet)).toEqual(parseCsv(MEETINGS_RENDERERS.csv(report, options(lang))))
    expect(columnTypes(sheet, 1)).toEqual([[DATE, 'yyyy-mm-dd']])
    for (const c of [5, 6, 7, 8]) expect(columnTypes(sheet, c)).toEqual([[NUMBER, '0']])
  })

  it.each(LANGS)('task card (%s): the fields as one typed row, then a sheet per section', async (lang) => {
    const card = buildTaskCard(model, 'tg-dishang-overseas-market', { asOf: AS_OF, lang })!
    const workbook = await readBack(await renderTaskXlsx(card))
    expect(workbook.worksheets.map((s) => s.name)).toEqual(
      lang === 'zh' ? ['tg-dishang-overseas-market', '节点目标', '进度记录', '存在问题', '相关会议', '议定事项'] : ['tg-dishang-overseas-market', 'Milestones', 'Updates', 'Problems', 'Meetings', 'Decisions'],
    )
    const fields = workbook.worksheets[0]!
    expect(fields.rowCount).toBe(2)
    expect(fields.getCell('G2').value).toEqual(new Date(`${card.task.due}T00:00:00Z`))
    expect(fields.getCell('I2')).toMatchObject({ value: card.task.progress / 100, numFmt: '0.0%' })
    expect(fields.getCell('J2').value).toBe(card.weight)
    // The updates sheet is the task's CSV (the timeline), with its note.
    const updates = workbook.getWorksheet(lang === 'zh' ? '进度记录' : 'Updates')!
    expect(sheetAsCsv(updates)).toEqual(parseCsv(TASK_RENDERERS.csv(card, options(lang))))
    if (lang === 'zh') expect(sheetAsCsv(updates).flat()).toContain('新开拓海外客户，ODM订单稳步增长')
  })
})

describe('the same input gives the same bytes', () => {
  it('for every view, twice over; the languages differ', async () => {
    const twice = async (make: () => Promise<Uint8Array>) => {
      const [a, b] = [await make(), await make()]
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
      return a
    }
    const report = (lang: Lang) => buildProgressReport(model, { asOf: AS_OF, lang })
    const en = await twice(() => renderProgressXlsx(report('en'), true))
    const zh = await twice(() => renderProgressXlsx(report('zh'), true))
    expect(Buffer.from(en).equals(Buffer.from(zh))).toBe(false)
    await twice(() => renderProblemsXlsx(buildProblemsReport(model, { asOf: AS_OF, lang: 'zh' })))
    await twice(() => renderRosterXlsx(buildRosterReport(model, { lang: 'en' })))
    await twice(() => renderTaskXlsx(buildTaskCard(model, 'tg-iiot-platform', { asOf: AS_OF, lang: 'zh' })!))
  })

  it('an empty text is an empty cell; a text that reads as a formula stays text', async () => {
    const sheet = (await readBack(await renderGridsXlsx([{ name: 'x', columns: [{ header: 'a', type: 'text' }, { header: 'b', type: 'change' }], rows: [[' ', -2.5], ['=1+1', null]] }]))).worksheets[0]!
    expect(sheet.getCell('A2').type).toBe(NULL)
    expect(sheet.getCell('B2').value).toBe(-2.5)
    expect(sheet.getCell('A3')).toMatchObject({ type: STRING, value: "'=1+1" })
  })
})
