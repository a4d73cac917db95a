// The import side's reader (src/workspace/read-xlsx.ts, src/record/cell-convert.ts): every cell as the
// file types it, formulas as their results, dates as calendar dates without a zone shift,
// and figures given as text or serials read as what a person meant. Files that are no
// workbook are refused with a message.
import { describe, expect, it } from 'vitest'
import { renderTablesXlsx } from '../../src/render/xlsx.js'
import { cellDate, cellString, cellWholeNumber, serialDate } from '../../src/record/cell-convert.js'
import { loadWorkbookClass } from '../../src/workspace/load-exceljs.js'
import { cellAt, readXlsx, WorkbookReadError, type CellValue } from '../../src/workspace/read-xlsx.js'
import { zipDirectory } from '../../src/workspace/zip-directory.js'

const text = (t: string): CellValue => ({ kind: 'text', text: t })
const number = (value: number): CellValue => ({ kind: 'number', value })

describe('readXlsx', () => {
  it('reads back what the writer wrote, typed', async () => {
    const bytes = await renderTablesXlsx([
      { name: '纺织服装', columns: [{ header: 'id', type: 'text', hidden: true }, { header: 'n', type: 'integer' }, { header: 'd', type: 'date' }, { header: 'p', type: 'percent' }], rows: [['tg-a', 5, '2024-01-31', 12.5], ['tg-b', null, '1900-03-01', 100]] },
      { name: 'empty', columns: [], rows: [] },
    ])
    const workbook = await readXlsx(bytes)
    expect(workbook.sheets.map((s) => [s.name, s.state])).toEqual([['纺织服装', 'visible'], ['empty', 'visible']])
    const sheet = workbook.sheets[0]!
    expect(sheet.rows).toEqual([
      [text('id'), text('n'), text('d'), text('p')],
      [text('tg-a'), number(5), { kind: 'date', date: '2024-01-31' }, number(0.125)],
      [text('tg-b'), { kind: 'empty' }, { kind: 'date', date: '1900-03-01' }, number(1)],
    ])
    expect(cellAt(sheet, 9, 9)).toEqual({ kind: 'empty' })
    expect(workbook.names).toEqual(new Map()) // filters and print titles are Excel's own names
    expect(workbook.date1904).toBe(false)
  })

  it('gives formulas their results, rich text its text, errors and booleans as such; hidden sheets and names', async () => {
    const workbook = new (await loadWorkbookClass())()
    const sheet = workbook.addWorksheet('s')
    sheet.getCell('A1').value = { formula: '50+10', result: 60 } as never
    sheet.getCell('A2').value = { richText: [{ text: '推进' }, { text: '中', font: { bold: true } }] }
    sheet.getCell('A3').value = { text: 'link', hyperlink: 'https://example.org' }
    sheet.getCell('A4').value = { error: '#N/A' } as never
    sheet.getCell('A5').value = true
    sheet.getCell('A6').value = { formula: 'TODAY()', result: new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999)) } as never
    sheet.getCell('A6').numFmt = 'yyyy-mm-dd'
    sheet.getCell('A7').value = ''
    const marker = workbook.addWorksheet('marker', { state: 'veryHidden' })
    marker.getCell('B3').value = 'ws'
    workbook.definedNames.add("'marker'!$B$3", 'chainchief_workspace')
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()))
    expect(read.sheets[0]!.rows.map((r) => r[0])).toEqual([
      number(60),
      text('推进中'),
      text('link'),
      { kind: 'error', text: '#N/A' },
      { kind: 'boolean', value: true },
      { kind: 'date', date: '2024-03-01' }, // 23:59:59.999 rounds to the next second: midnight
      { kind: 'empty' },
    ])
    expect(read.sheets[1]).toMatchObject({ name: 'marker', state: 'veryHidden' })
    expect(read.names.get('chainchief_workspace')).toEqual(['marker!$B$3'])
  })

  it('reads dates of a 1904 workbook as the same calendar dates', async () => {
    const workbook = new (await loadWorkbookClass())()
    workbook.properties.date1904 = true
    const sheet = workbook.addWorksheet('s')
    sheet.getCell('A1').value = new Date(Date.UTC(2024, 5, 30))
    sheet.getCell('A1').numFmt = 'yyyy-mm-dd'
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()))
    expect(read.date1904).toBe(true)
    expect(cellAt(read.sheets[0]!, 1, 1)).toEqual({ kind: 'date', date: '2024-06-30' })
  })

  it('refuses what is no workbook, and a zip that would unpack to too much', async () => {
    await expect(readXlsx(new TextEncoder().encode('id,progress\r\ntg-a,60\r\n'))).rejects.toMatchObject({ reason: 'not-zip' })
    const bomb = await renderTablesXlsx([{ name: 's', columns: [], rows: [] }])
    const entry = zipDirectory(bomb)[0]!
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(entry.directoryOffset + 24, 0xfffffff0, true)
    await expect(readXlsx(bomb)).rejects.toMatchObject({ reason: 'inflates-too-much', args: { size: 512 } })
    const broken = await renderTablesXlsx([{ name: 's', columns: [], rows: [] }])
    broken.fill(0, 0, 200) // the first part's header and data gone
    await expect(readXlsx(broken)).rejects.toBeInstanceOf(WorkbookReadError)
  })
})

describe('cell converters', () => {
  it.each([
    [number(60), { value: 60 }],
    [number(60.5), { invalid: '60.5' }],
    [text('60'), { value: 60 }],
    [text(' 60 '), { value: 60 }],
    [text('６０'), { value: 60 }],
    [text('\u300060%'), { value: 60 }],
    [text('60.0'), { value: 60 }],
    [text('-5'), { value: -5 }],
    [text('六十'), { invalid: '六十' }],
    [text('60 percent'), { invalid: '60 percent' }],
    [{ kind: 'date', date: '2024-01-01' } as CellValue, { invalid: '2024-01-01' }],
    [{ kind: 'empty' } as CellValue, undefined],
    [text('  '), undefined],
  ])('whole number of %j: %j', (cell, expected) => {
    expect(cellWholeNumber(cell)).toEqual(expected)
  })

  it.each([
    [{ kind: 'date', date: '2024-01-15' } as CellValue, { value: '2024-01-15' }],
    [number(45306), { value: '2024-01-15' }],
    [number(45306.75), { value: '2024-01-15' }],
    [text('2024-01-15'), { value: '2024-01-15' }],
    [text('2024/1/5'), { value: '2024-01-05' }],
    [text('2024.1.5'), { value: '2024-01-05' }],
    [text('2024年1月5日'), { value: '2024-01-05' }],
    [text('２０２４－０１－０５'), { value: '2024-01-05' }],
    [text('2024-01-15 00:00:00'), { value: '2024-01-15' }],
    [text('2023-02-30'), { invalid: '2023-02-30' }],
    [text('15/01/2024'), { invalid: '15/01/2024' }],
    [text('0022-01-01'), { invalid: '0022-01-01' }],
    [number(0), { invalid: '0' }],
    [number(60), { invalid: '60' }], // 29 February 1900, which never was
    [{ kind: 'boolean', value: true } as CellValue, { invalid: 'TRUE' }],
    [{ kind: 'empty' } as CellValue, undefined],
  ])('date of %j: %j', (cell, expected) => {
    expect(cellDate(cell, false)).toEqual(expected)
  })

  it('counts serials in both date systems, around the 1900 leap-year bug', () => {
    expect(serialDate(1, false)).toBe('1900-01-01')
    expect(serialDate(59, false)).toBe('1900-02-28')
    expect(serialDate(61, false)).toBe('1900-03-01')
    expect(serialDate(2958465, false)).toBe('9999-12-31')
    expect(serialDate(2958466, false)).toBeUndefined()
    expect(serialDate(0, true)).toBeUndefined()
    expect(serialDate(43830, true)).toBe('2024-01-01')
  })

  it('reads text cells trimmed and numbers as they read', () => {
    expect(cellString(text('  按期推进 '))).toBe('按期推进')
    expect(cellString(number(12))).toBe('12')
    expect(cellString({ kind: 'empty' })).toBeUndefined()
  })
})
