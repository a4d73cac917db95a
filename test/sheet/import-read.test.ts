// Reading an owners' workbook back (src/record/sheet-import.ts): which rows become updates,
// which are recorded already, and every rejected row with its sheet!cell and reason.
import { describe, expect, it } from 'vitest'
import { readSheetImport, cellRef, type SheetImport } from '../../src/record/sheet-import.js'
import { workspaceIdentity } from '../../src/record/sheet-layout.js'
import { statusFromLabel } from '../../src/render/sheet/labels.js'
import { readXlsx } from '../../src/workspace/read-xlsx.js'
import { loadWorkbookClass } from '../../src/workspace/load-exceljs.js'
import { EXAMPLE } from '../helpers/run-cli.js'
import { checkedModel, exportBytes, fillCells, type Fill } from './helpers.js'

const SHEET = "'Textiles and Garments'"
const model = checkedModel(EXAMPLE)
const options = { today: '2026-12-10', workspace: workspaceIdentity(model.manifest?.name), statusFromText: statusFromLabel }

async function read(cells: Record<string, Fill>, bytes?: Uint8Array): Promise<SheetImport> {
  const filled = await fillCells(bytes ?? (await exportBytes(EXAMPLE)), cells)
  return readSheetImport(await readXlsx(filled), model, options)
}

describe('readSheetImport', () => {
  it('reads the rows with a new progress, in sheet order, dated today where the date is empty', async () => {
    const result = await read({
      [`${SHEET}!I3`]: 80,
      [`${SHEET}!K3`]: 'Line 2 commissioned',
      [`${SHEET}!L3`]: new Date(Date.UTC(2026, 11, 5)),
      [`${SHEET}!I7`]: '45', // a figure typed as text
      [`${SHEET}!I5`]: 100,
      [`${SHEET}!J5`]: 'done',
    })
    expect(result).toEqual({
      kind: 'rows',
      asOf: '2026-12-01',
      filled: 3,
      recorded: [],
      rejections: [],
      updates: [
        { task: 'tg-luthai-smart-factory', progress: 80, date: '2026-12-05', note: 'Line 2 commissioned', at: `${SHEET}!I3` },
        { task: 'tg-design-brands', progress: 100, status: 'done', date: '2026-12-10', at: `${SHEET}!I5` },
        { task: 'tg-dyeing-cluster-upgrade', progress: 45, date: '2026-12-10', at: `${SHEET}!I7` },
      ],
    })
  })

  it('names every rejected row by sheet!cell, and takes none of the rows', async () => {
    const result = await read({
      [`${SHEET}!I3`]: 120,
      [`${SHEET}!I4`]: 'sixty',
      [`${SHEET}!I5`]: 50,
      [`${SHEET}!J5`]: 'done',
      [`${SHEET}!I6`]: 95,
      [`${SHEET}!J6`]: 'finished',
      [`${SHEET}!I7`]: 50,
      [`${SHEET}!L7`]: new Date(Date.UTC(2025, 0, 1)),
      [`${SHEET}!K8`]: 'a note on a row that has no task',
    })
    expect(result.kind === 'rows' && result.rejections).toEqual([
      { at: `${SHEET}!I3`, reason: 'progress-range', args: { value: 120 } },
      { at: `${SHEET}!I4`, reason: 'progress-not-whole', args: { value: 'sixty' } },
      { at: `${SHEET}!J5`, reason: 'status-contradicts', args: { status: 'done', progress: 50 } },
      { at: `${SHEET}!J6`, reason: 'status-unknown', args: { value: 'finished' } },
      { at: `${SHEET}!L7`, reason: 'date-before-last', args: { date: '2025-01-01', last: '2025-10-15', today: '' } },
      { at: `${SHEET}!K8`, reason: 'no-task-id' },
    ].map((r) => ({ args: {}, ...r })))
    expect(result.kind === 'rows' && result.updates).toEqual([])
  })

  it('rejects an unknown task, a second row of one task, and a row without a new progress', async () => {
    const result = await read({
      [`${SHEET}!A3`]: 'tg-luthai-smart-factroy',
      [`${SHEET}!I3`]: 80,
      [`${SHEET}!A5`]: 'tg-iiot-platform',
      [`${SHEET}!I4`]: 90,
      [`${SHEET}!I5`]: 95,
      [`${SHEET}!K6`]: 'no figure this week',
    })
    expect(result.kind === 'rows' && result.rejections).toEqual([
      { at: `${SHEET}!A3`, reason: 'unknown-task', args: { id: 'tg-luthai-smart-factroy', near: 'tg-luthai-smart-factory' } },
      { at: `${SHEET}!A5`, reason: 'duplicate-task', args: { id: 'tg-iiot-platform', other: `${SHEET}!I4` } },
      { at: `${SHEET}!K6`, reason: 'no-progress', args: {} },
    ])
  })

  it('finds the columns by the hidden key row, wherever they are', async () => {
    const workbook = new (await loadWorkbookClass())()
    await workbook.xlsx.load(Buffer.from(await exportBytes(EXAMPLE)) as never)
    const sheet = workbook.getWorksheet('Textiles and Garments')!
    sheet.spliceColumns(2, 0, ['inserted'], ['by a person']) // two columns in front of the title
    sheet.getCell('K3').value = 80 // new progress, moved from I to K
    sheet.getCell('L3').value = '推进中' // a Chinese status word in an English sheet
    const result = readSheetImport(await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer())), model, options)
    expect(result.kind === 'rows' && result.updates).toEqual([
      { task: 'tg-luthai-smart-factory', progress: 80, status: 'in-progress', date: '2026-12-10', at: `${SHEET}!K3` },
    ])
  })

  it('counts a row whose update the task has already as recorded, not as new', async () => {
    const luthai = model.tasksById.get('tg-luthai-smart-factory')!
    const last = luthai.updates.at(-1)!
    const result = await read({ [`${SHEET}!I3`]: last.progress, [`${SHEET}!L3`]: last.date, [`${SHEET}!K3`]: last.note === undefined ? null : (typeof last.note === 'string' ? last.note : last.note.en!) })
    expect(result.kind === 'rows' && [result.filled, result.updates.length, result.recorded.map((u) => u.task)]).toEqual([1, 0, ['tg-luthai-smart-factory']])
  })

  it('tells a workbook it did not make, and one of another workspace', async () => {
    const workbook = new (await loadWorkbookClass())()
    workbook.addWorksheet('Sheet1').getCell('A1').value = 'id'
    expect(readSheetImport(await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer())), model, options)).toEqual({ kind: 'foreign', why: 'no-marker' })
    const other = readSheetImport(await readXlsx(await exportBytes(EXAMPLE)), model, { ...options, workspace: workspaceIdentity('Another system') })
    expect(other).toEqual({ kind: 'other-workspace', workspace: 'Shandong Chain Chief System' })
    const future = await fillCells(await exportBytes(EXAMPLE), { 'chainchief!B1': '2' })
    expect(readSheetImport(await readXlsx(future), model, options)).toEqual({ kind: 'foreign', why: 'format', format: '2' })
  })

  it('quotes sheet names as Excel does', () => {
    expect(cellRef('纺织服装', 5, 9)).toBe('纺织服装!I5')
    expect(cellRef('Textiles and Garments', 5, 27)).toBe("'Textiles and Garments'!AA5")
    expect(cellRef("Owners' list", 1, 1)).toBe("'Owners'' list'!A1")
  })
})
