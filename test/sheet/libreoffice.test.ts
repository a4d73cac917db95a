// Owners' software rewrites workbooks (issue #10). test/fixtures/sheet/exported.xlsx is what
// `sheet export` wrote for examples/shandong; libreoffice-filled.xlsx is that file filled in
// and saved again by LibreOffice Calc (scripts/make-libreoffice-fixture.sh, run once; this
// test needs no LibreOffice). Import must read the re-saved file as the file export wrote,
// plus exactly what was typed in.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSheetImport } from '../../src/record/sheet-import.js'
import { workspaceIdentity } from '../../src/record/sheet-layout.js'
import { statusFromLabel } from '../../src/render/sheet/labels.js'
import { readXlsx, type CellValue, type WorkbookCells } from '../../src/workspace/read-xlsx.js'
import { loadWorkbookClass } from '../../src/workspace/load-exceljs.js'
import { EXAMPLE, FIXTURES } from '../helpers/run-cli.js'
import { zipEntryText } from '../helpers/zip-entry.js'
import { checkedModel } from './helpers.js'

const DIR = join(FIXTURES, 'sheet')
const exported = await readXlsx(readFileSync(join(DIR, 'exported.xlsx')))
const resaved = await readXlsx(readFileSync(join(DIR, 'libreoffice-filled.xlsx')))

/** Every non-empty cell as `sheet!A1` → value. */
function cellMap(workbook: WorkbookCells): Map<string, CellValue> {
  const map = new Map<string, CellValue>()
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.kind !== 'empty') map.set(`${sheet.name}!${String.fromCharCode(65 + c)}${r + 1}`, cell)
      }),
    )
  }
  return map
}

describe('a workbook saved again by LibreOffice Calc', () => {
  it('keeps the sheets, their order and the marker (very hidden becomes hidden)', () => {
    expect(resaved.sheets.map((s) => s.name)).toEqual(exported.sheets.map((s) => s.name))
    expect(exported.sheets.at(-1)).toMatchObject({ name: 'chainchief', state: 'veryHidden' })
    expect(resaved.sheets.at(-1)).toMatchObject({ name: 'chainchief', state: 'hidden' })
    expect(resaved.names.get('chainchief_workspace')).toEqual(['chainchief!$B$3'])
    expect(resaved.date1904).toBe(false)
  })

  it('reads every cell export wrote the same, and differs only in the cells typed in', () => {
    const before = cellMap(exported)
    const after = cellMap(resaved)
    for (const [ref, value] of before) expect(after.get(ref), ref).toEqual(value)
    const typed = Object.fromEntries([...after].filter(([ref]) => !before.has(ref)))
    expect(typed).toEqual({
      '纺织服装!I3': { kind: 'number', value: 80 },
      '纺织服装!J3': { kind: 'text', text: '推进中' },
      '纺织服装!K3': { kind: 'text', text: '二号车间设备安装完成' },
      '纺织服装!L3': { kind: 'date', date: '2026-12-05' },
      '纺织服装!I4': { kind: 'text', text: '90' }, // typed as text
      '纺织服装!K4': { kind: 'text', text: '平台接入企业 120 家' },
      '纺织服装!I5': { kind: 'number', value: 100 },
      '纺织服装!J5': { kind: 'text', text: '已完成' },
      '纺织服装!K5': { kind: 'text', text: '=品牌发布会已举办' }, // text, never run as a formula
      '纺织服装!I7': { kind: 'number', value: 45 },
    })
  })

  it('keeps the hidden id column and key row, the protection, the unlocked inputs and their validation', async () => {
    const workbook = new (await loadWorkbookClass())()
    await workbook.xlsx.load(readFileSync(join(DIR, 'libreoffice-filled.xlsx')) as never)
    const sheet = workbook.getWorksheet('纺织服装')!
    expect([sheet.getColumn(1).hidden, sheet.getColumn(2).hidden, sheet.getRow(1).hidden, sheet.getRow(2).hidden]).toEqual([true, false, true, false])
    // LibreOffice writes protection as sheet="true" and locked="false", which exceljs does not
    // read back: the XML itself shows them.
    const bytes = readFileSync(join(DIR, 'libreoffice-filled.xlsx'))
    const sheetXml = zipEntryText(bytes, 'xl/worksheets/sheet11.xml')
    expect(sheetXml).toMatch(/<sheetProtection sheet="true"/)
    const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(zipEntryText(bytes, 'xl/styles.xml'))![1]!.split('</xf>')
    const locked = (ref: string) => /<protection locked="(\w+)"/.exec(xfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheetXml)![1])]!)![1]
    expect([locked('B3'), locked('I6'), locked('L7')]).toEqual(['true', 'false', 'false'])
    expect(sheet.getCell('I6').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 100] })
    expect(sheet.getCell('J6').dataValidation).toMatchObject({ type: 'list' })
    expect(sheet.getCell('J6').dataValidation.formulae?.[0]).toBe('"未启动,推进中,已完成,受阻,已取消"')
    expect(sheet.getCell('L6').dataValidation).toMatchObject({ type: 'date' })
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' })
    // Headless Calc has no view, so it saves none: the frozen header is lost there (Calc at a desk keeps it).
    expect(sheet.views[0]?.state).not.toBe('frozen')
  })

  it('gives the updates that were typed in', () => {
    const model = checkedModel(EXAMPLE)
    const result = readSheetImport(resaved, model, { today: '2026-12-10', workspace: workspaceIdentity(model.manifest?.name), statusFromText: statusFromLabel })
    expect(result).toEqual({
      kind: 'rows',
      asOf: '2026-12-01',
      filled: 4,
      recorded: [],
      rejections: [],
      updates: [
        { task: 'tg-luthai-smart-factory', progress: 80, status: 'in-progress', note: '二号车间设备安装完成', date: '2026-12-05', at: '纺织服装!I3' },
        { task: 'tg-iiot-platform', progress: 90, note: '平台接入企业 120 家', date: '2026-12-10', at: '纺织服装!I4' },
        { task: 'tg-design-brands', progress: 100, status: 'done', note: '=品牌发布会已举办', date: '2026-12-10', at: '纺织服装!I5' },
        { task: 'tg-dyeing-cluster-upgrade', progress: 45, date: '2026-12-10', at: '纺织服装!I7' },
      ],
    })
  })
})
