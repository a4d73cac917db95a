// The shared xlsx writer (src/render/xlsx.ts): typed cells, number formats, frozen header,
// filters, widths by display width, A4 landscape, formula guard, and the same bytes on
// every run. Files are read back with the library itself.
import { describe, expect, it, vi, afterEach } from 'vitest'
import type { Workbook } from 'exceljs'
import { cellText, columnWidth, linesIn, renderTablesXlsx, sheetName, type XlsxTable } from '../../src/render/xlsx.js'
import { guardFormula } from '../../src/render/escape.js'
import { loadWorkbookClass } from '../../src/workspace/load-exceljs.js'
import { zipDirectory } from '../../src/workspace/zip-directory.js'
import { zipEntryText } from '../helpers/zip-entry.js'

const TABLE: XlsxTable = {
  name: '纺织服装',
  columns: [
    { header: 'id', type: 'text', hidden: true },
    { header: '任务', type: 'text' },
    { header: 'Tasks', type: 'integer' },
    { header: 'Progress', type: 'percent' },
    { header: 'Due', type: 'date' },
    { header: 'Weight', type: 'number' },
  ],
  rows: [
    ['tg-a', '超临界二氧化碳无水染色技术攻关与推广', 13, 50.4, '2024-06-30', 1.5],
    ['tg-b', '=HYPERLINK("http://x")', 0, null, null, null],
  ],
}

async function readBack(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new (await loadWorkbookClass())()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  return workbook
}

afterEach(() => {
  vi.useRealTimers()
})

describe('renderTablesXlsx', () => {
  it('writes numbers as numbers, dates as dates, percentages and text formatted', async () => {
    const sheet = (await readBack(await renderTablesXlsx([TABLE]))).getWorksheet('纺织服装')!
    expect(sheet.getCell('A1').value).toBe('id')
    expect(sheet.getCell('B2').value).toBe('超临界二氧化碳无水染色技术攻关与推广')
    expect(sheet.getCell('B2').numFmt).toBe('@')
    expect(sheet.getCell('C2').value).toBe(13)
    expect(sheet.getCell('C2').numFmt).toBe('0')
    expect(sheet.getCell('D2').value).toBeCloseTo(0.504, 10)
    expect(sheet.getCell('D2').numFmt).toBe('0.0%')
    expect(sheet.getCell('E2').value).toEqual(new Date(Date.UTC(2024, 5, 30)))
    expect(sheet.getCell('E2').numFmt).toBe('yyyy-mm-dd')
    expect(sheet.getCell('F2').value).toBe(1.5)
    // Empty cells stay empty; a text that would be a formula is text with a ' in front.
    expect(sheet.getCell('D3').value).toBeNull()
    expect(sheet.getCell('B3').value).toBe('\'=HYPERLINK("http://x")')
    expect(sheet.getCell('B3').type).toBe(3) // ValueType.String, never a formula
  })

  it('freezes and filters the header, hides hidden columns, fits widths, prints A4 landscape', async () => {
    const sheet = (await readBack(await renderTablesXlsx([TABLE]))).getWorksheet('纺织服装')!
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' })
    expect(sheet.autoFilter).toBe('A1:F3')
    expect(sheet.getColumn(1).hidden).toBe(true)
    expect(sheet.getColumn(2).hidden).toBe(false)
    // 18 Chinese characters are 36 columns wide, plus 3 for the filter button.
    expect(sheet.getColumn(2).width).toBe(39)
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true })
    // A cell whose text wraps gets the row height its lines need.
    expect(sheet.getColumn(5).width).toBe(13)
    expect(sheet.getRow(2).height).toBeUndefined()
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' })
  })

  it('writes the filter as the defined name Excel writes, so a re-save keeps it', async () => {
    const bytes = await renderTablesXlsx([TABLE, { ...TABLE, name: "Owners' sheet" }])
    const workbookXml = zipEntryText(bytes, 'xl/workbook.xml')
    expect(workbookXml).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="0">&apos;纺织服装&apos;!$A$1:$F$3</definedName>')
    expect(workbookXml).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="1">&apos;Owners’ sheet&apos;!$A$1:$F$3</definedName>')
    expect(workbookXml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Owners’ sheet&apos;!$1:$1</definedName>')
  })

  it('gives the same bytes for the same tables, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2024-03-01T08:00:00Z'))
    const first = await renderTablesXlsx([TABLE])
    vi.setSystemTime(new Date('2031-11-17T23:59:58Z'))
    const second = await renderTablesXlsx([TABLE])
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0)
    for (const entry of zipDirectory(first)) {
      const view = new DataView(first.buffer, first.byteOffset)
      expect([view.getUint16(entry.directoryOffset + 12, true), view.getUint16(entry.directoryOffset + 14, true)]).toEqual([0, 0x21])
      expect([view.getUint16(entry.localOffset + 10, true), view.getUint16(entry.localOffset + 12, true)]).toEqual([0, 0x21])
    }
    const core = zipEntryText(first, 'docProps/core.xml')
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>')
    expect(core).toContain('<dc:creator>chainchief</dc:creator>')
  })

  it('dates the document properties with the date it is given', async () => {
    const core = zipEntryText(await renderTablesXlsx([TABLE], { date: '2023-12-15' }), 'docProps/core.xml')
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-12-15T00:00:00Z</dcterms:modified>')
  })
})

describe('cell text', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 531', "'+86 531"],
    ['-5%', "'-5%"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\\u000dx"], // a CR is escaped (§8); the guard still saw it first
    ['  =x', "'  =x"],
    ['\u3000=x', "'\u3000=x"],
    ['＝1', "'＝1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
    [' \t x', "' \t x"],
    ['a=b', 'a=b'],
    ['纺织服装', '纺织服装'],
    ['50%', '50%'],
  ])('%j is written as %j', (input, written) => {
    expect(cellText(input)).toBe(written)
  })

  it('escapes controls, bidi overrides and lone surrogates, keeps tabs and line breaks', () => {
    expect(cellText('a\u001b[31mb\u009bc\u202ed\ud800e\nf\tg')).toBe('a\\u001b[31mb\\u009bc\\u202ed\\ud800e\nf\tg')
    expect(cellText('𠀋')).toBe('𠀋')
  })

  it('guards as CSV does (contract §5)', () => {
    expect(guardFormula('\u3000\u3000+1')).toBe("'\u3000\u3000+1")
    expect(guardFormula('x')).toBe('x')
  })
})

describe('sheet names and widths', () => {
  it('makes names Excel accepts, unique regardless of case', () => {
    const taken = new Set<string>()
    expect(sheetName('New-generation Information Technology', taken)).toBe('New-generation Information Tech')
    expect(sheetName('a/b:c*d?e[f]g\\h', taken)).toBe('a b c d e f g h')
    expect(sheetName('History', taken)).toBe('Sheet3')
    expect(sheetName('纺织服装', taken)).toBe('纺织服装')
    expect(sheetName('纺织服装', taken)).toBe('纺织服装 (2)')
    expect(sheetName("'quoted'", taken)).toBe('quoted')
    expect(sheetName("owners' sheet", taken)).toBe('owners’ sheet')
    expect(sheetName('QUOTED', taken)).toBe('QUOTED (2)')
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31)
  })

  it('measures Chinese characters as two columns, within bounds; long headers wrap', () => {
    expect(columnWidth('Progress as of 2023-12-15', [])).toBe(13) // a header counts up to 10 columns
    expect(columnWidth('id', ['a'])).toBe(6)
    expect(columnWidth('', ['纺织服装'])).toBe(11)
    expect(columnWidth('', ['a'.repeat(100)])).toBe(60)
    expect(columnWidth('', ['short', 'a longer line\nx'], 12)).toBe(12)
    expect(columnWidth('截至2023-12-15进度（%）', ['30', '100'])).toBe(13)
    expect(columnWidth('任务', ['超临界二氧化碳无水染色技术攻关与推广'])).toBe(39)
  })

  it('counts the lines of wrapped text', () => {
    expect(linesIn('纺织服装', 11)).toBe(1)
    expect(linesIn('纺织服装产业链', 11)).toBe(2)
    expect(linesIn('a\nb', 30)).toBe(2)
  })
})
