// `chainchief sheet export` through the real CLI (contract §9) on the bundled example: the
// workbook read back with the library — a sheet per chain in the official order, a row per
// open task with its state as of the date, the hidden id column and key row, the columns to
// fill in validated and the only ones unlocked, the header frozen, A4 landscape, the marker
// of the workspace — and the refusals (exit 2). Needs `npm run build`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Workbook, Worksheet } from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { loadWorkbookClass } from '../../src/workspace/load-exceljs.js'
import { EXAMPLE, runCli, scratchDir } from '../helpers/run-cli.js'
import { zipEntryText } from '../helpers/zip-entry.js'

const scratch = scratchDir()
afterAll(() => scratch.cleanup())

async function exported(name: string, ...args: string[]): Promise<{ workbook: Workbook; bytes: Buffer; stderr: string }> {
  const file = join(scratch.dir, name)
  const result = runCli(['sheet', 'export', '-w', EXAMPLE, '-o', file, ...args])
  expect(result.stdout).toBe('')
  expect(result.code).toBe(0)
  const bytes = readFileSync(file)
  const workbook = new (await loadWorkbookClass())()
  await workbook.xlsx.load(bytes as never)
  return { workbook, bytes, stderr: result.stderr }
}

const values = (sheet: Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1)

describe('sheet export', () => {
  it('writes a sheet per chain in the official order, then the hidden marker', async () => {
    const { workbook, stderr } = await exported('all.xlsx', '--as-of', '2026-12-01')
    expect(stderr).toBe(`Wrote ${join(scratch.dir, 'all.xlsx')}: 11 sheet(s), 5 task(s) to report on, as of 2026-12-01.\n`)
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['New-generation Information Tech', 'visible'],
      ['High-end Equipment', 'visible'],
      ['New-energy Equipment', 'visible'],
      ['Advanced Materials', 'visible'],
      ['Ships and Offshore Equipment', 'visible'],
      ['High-end Chemicals', 'visible'],
      ['Agricultural Machinery', 'visible'],
      ['Pharmaceuticals', 'visible'],
      ['Construction Machinery', 'visible'],
      ['Light Industry', 'visible'],
      ['Textiles and Garments', 'visible'],
      ['chainchief', 'veryHidden'],
    ])
    const marker = workbook.getWorksheet('chainchief')!
    expect([1, 2, 3, 4, 5].map((r) => values(marker, r))).toEqual([
      ['format', '1'],
      ['workspace', 'Shandong Chain Chief System'],
      ['workspace-id', '{"zh":"山东省标志性产业链链长制","en":"Shandong Chain Chief System"}'],
      ['as-of', '2026-12-01'],
      ['lang', 'en'],
    ])
    expect(workbook.definedNames.model).toContainEqual({ name: 'chainchief_workspace', ranges: ['chainchief!$B$3'] })
  })

  it('gives each open task a row: its state as of the date, typed cells, the id hidden', async () => {
    const { workbook } = await exported('rows.xlsx', '--as-of', '2026-12-01')
    const sheet = workbook.getWorksheet('Textiles and Garments')!
    expect(values(sheet, 1)).toEqual(['id', 'title', 'owner', 'due', 'status', 'progress', 'last-date', 'last-note', 'new-progress', 'new-status', 'new-note', 'new-date'])
    expect(values(sheet, 2)).toEqual([
      'ID', 'Task', 'Owner', 'Due', 'Status as of 2026-12-01', 'Progress % as of 2026-12-01', 'Last update', 'Last note',
      'New progress % (0–100)', 'New status (empty: from the progress)', 'Note', 'Date (empty: the day it is recorded)',
    ])
    const utc = (d: string) => new Date(`${d}T00:00:00Z`)
    expect([3, 4, 5, 6, 7].map((r) => values(sheet, r).slice(0, 8))).toEqual([
      ['tg-luthai-smart-factory', 'Luthai: smart factory for yarn-dyed fabrics', 'Luthai', utc('2027-06-30'), 'in progress', 75, utc('2026-09-30')],
      ['tg-iiot-platform', 'Industrial internet platform for the whole textile and garment chain', 'Textile Industrial Internet Alliance', utc('2027-03-31'), 'in progress', 85, utc('2026-09-30')],
      ['tg-design-brands', 'Original design and garment brand cultivation', 'Shandong University of Art & Design', utc('2026-09-30'), 'in progress', 70, utc('2026-10-20'), 'Some brand launches postponed to 2027'],
      ['tg-skills-training', 'Skills training for textile and garment workers', 'Shandong Vocational College of Science and Technology', utc('2026-12-20'), 'in progress', 90, utc('2026-10-31')],
      ['tg-dyeing-cluster-upgrade', 'Green upgrade of a printing and dyeing cluster', 'DIITSP', utc('2027-06-30'), 'blocked', 40, utc('2025-10-15'), "Paused until the park's wastewater treatment expansion passes environmental approval"],
    ])
    expect(sheet.rowCount).toBe(7)
    expect([sheet.getCell('D3').numFmt, sheet.getCell('F3').numFmt, sheet.getCell('G3').numFmt, sheet.getCell('I3').numFmt, sheet.getCell('L3').numFmt]).toEqual(['yyyy-mm-dd', '0', 'yyyy-mm-dd', '0', 'yyyy-mm-dd'])
    expect([sheet.getColumn(1).hidden, sheet.getRow(1).hidden, sheet.getColumn(2).hidden, sheet.getRow(2).hidden]).toEqual([true, true, false, false])
    // A chain without open tasks gets its sheet, with the header only.
    expect(workbook.getWorksheet('Pharmaceuticals')!.rowCount).toBe(2)
  })

  it('opens only the columns to fill in, each validated, and protects the rest', async () => {
    const { workbook, bytes } = await exported('inputs.xlsx', '--as-of', '2026-12-01')
    const sheet = workbook.getWorksheet('Textiles and Garments')!
    const locked = (ref: string) => sheet.getCell(ref).protection?.locked ?? true
    expect(['A3', 'B3', 'F7', 'H7', 'I2'].map(locked)).toEqual([true, true, true, true, true])
    expect(['I3', 'J3', 'K3', 'L3', 'I7', 'L7'].map(locked)).toEqual([false, false, false, false, false, false])
    expect(sheet.getCell('I5').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 100], showErrorMessage: true, allowBlank: true })
    expect(sheet.getCell('J5').dataValidation).toMatchObject({ type: 'list', formulae: ['"planned,in progress,done,blocked,cancelled"'] })
    expect(sheet.getCell('L5').dataValidation).toMatchObject({ type: 'date', operator: 'between' })
    expect(sheet.getCell('K5').dataValidation).toBeUndefined()
    expect(sheet.getCell('I8').dataValidation).toBeUndefined() // no rows beyond the tasks
    const xml = zipEntryText(bytes, 'xl/worksheets/sheet11.xml')
    expect(xml).toContain('<sheetProtection sheet="1" formatColumns="0" formatRows="0" autoFilter="0"/>')
    // The whole range at once (operator "between" is the default, so not written).
    expect(xml).toMatch(/<dataValidation type="whole" allowBlank="1" [^>]* sqref="I3:I7"><formula1>0<\/formula1><formula2>100<\/formula2>/)
    expect(xml).toMatch(/<dataValidation type="date" [^>]* sqref="L3:L7"><formula1>61<\/formula1><formula2>2958465<\/formula2>/)
  })

  it('freezes the header and the task column, filters, and prints on A4 landscape', async () => {
    const { workbook } = await exported('print.xlsx', '--as-of', '2026-12-01')
    const sheet = workbook.getWorksheet('Textiles and Garments')!
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 2, topLeftCell: 'C3' })
    expect(sheet.autoFilter).toBe('A2:L7')
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' })
    // Widths fit the text: the longest title wraps at 40, dates get 13, inputs room to type.
    expect([2, 4, 9, 11, 12].map((c) => sheet.getColumn(c).width)).toEqual([40, 13, 13, 30, 14])
  })

  it('writes the sheet in Chinese, the drop-down in Chinese words', async () => {
    const { workbook, stderr } = await exported('zh.xlsx', '--as-of', '2026-12-01', '--lang', 'zh', '--chain', 'textile-garment')
    expect(stderr).toBe(`已生成 ${join(scratch.dir, 'zh.xlsx')}：1 张工作表，5 项任务待填报（截至 2026-12-01）。\n`)
    const sheet = workbook.getWorksheet('纺织服装')!
    expect(values(sheet, 2)).toEqual(['编号', '任务', '责任单位', '完成时限', '截至2026-12-01状态', '截至2026-12-01进度（%）', '上次更新', '上次进展说明', '本期进度（%，0–100）', '本期状态（空白按进度确定）', '本期进展说明', '日期（空白为录入当天）'])
    expect(values(sheet, 7).slice(0, 6)).toEqual(['tg-dyeing-cluster-upgrade', '推动印染集聚区绿色化改造', '省工业和信息化厅', new Date('2027-06-30T00:00:00Z'), '受阻', 40])
    expect(sheet.getCell('J3').dataValidation.formulae).toEqual(['"未启动,推进中,已完成,受阻,已取消"'])
    expect(sheet.getCell('I3').dataValidation.error).toBe('请填写 0 到 100 的整数。')
  })

  it('takes only the owners asked for, and leaves out chains where they have no row', async () => {
    const { workbook } = await exported('owner.xlsx', '--as-of', '2026-12-01', '--owner', 'luthai', 'diitsp')
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Textiles and Garments', 'chainchief'])
    expect([3, 4].map((r) => sheetId(workbook, r))).toEqual(['tg-luthai-smart-factory', 'tg-dyeing-cluster-upgrade'])
    const named = await exported('owner-chain.xlsx', '--as-of', '2026-12-01', '--owner', 'luthai', '--chain', 'pharmaceuticals', 'textile-garment')
    expect(named.workbook.worksheets.map((s) => s.name)).toEqual(['Pharmaceuticals', 'Textiles and Garments', 'chainchief'])
  })

  it('shows each task as of the date: earlier, it was at its earlier update', async () => {
    const { workbook } = await exported('earlier.xlsx', '--as-of', '2023-12-15')
    const sheet = workbook.getWorksheet('Textiles and Garments')!
    expect(values(sheet, 3).slice(0, 8)).toEqual(['tg-weiqiao-key-project', 'Weiqiao: build the high-end textile key project', 'Weiqiao', new Date('2024-12-31T00:00:00Z'), 'in progress', 30, new Date('2022-12-05T00:00:00Z'), 'Construction of the main workshop under way'])
  })

  it('gives the same bytes for the same data and date', async () => {
    const a = await exported('same-a.xlsx', '--as-of', '2026-12-01')
    await new Promise((done) => setTimeout(done, 2100)) // zip dates count in steps of two seconds
    const b = await exported('same-b.xlsx', '--as-of', '2026-12-01')
    expect(a.bytes.equals(b.bytes)).toBe(true)
  })

  it.each([
    [['sheet', 'export', '-w', EXAMPLE], 'chainchief: sheet export writes a workbook: name the file with -o <file.xlsx>\n'],
    [['sheet', 'export', '-w', EXAMPLE, '-o', join(EXAMPLE, 'people.yaml')], `chainchief: -o ${join(EXAMPLE, 'people.yaml')}: that is a file of the workspace; nothing was written\n`],
    [['sheet', 'export', '-w', EXAMPLE, '-o', 'x.xlsx', '--chain', 'textile'], 'chainchief: --chain: no chain "textile" (did you mean "textile-garment"?)\n'],
    [['sheet', 'export', '-w', EXAMPLE, '-o', 'x.xlsx', '--owner', 'luthia', '--lang', 'zh'], 'chainchief: --owner：没有单位或人员“luthia”（是否应为“luthai”？）\n'],
  ])('refuses %j with exit 2', (args, stderr) => {
    const result = runCli(args)
    expect([result.code, result.stderr, result.stdout]).toEqual([2, stderr, ''])
  })
})

function sheetId(workbook: Workbook, row: number): unknown {
  return workbook.getWorksheet('Textiles and Garments')!.getCell(`A${row}`).value
}
