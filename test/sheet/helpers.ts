// Workbooks for the sheet tests: the export of a workspace as the library makes it, and the
// same workbook with cells filled in as an owner would (through exceljs, as Excel saves).
import { checkWorkspace } from '../../src/check/run-checks.js'
import { renderSheetExport } from '../../src/render/sheet/xlsx.js'
import { buildSheetExport, type SheetExportOptions } from '../../src/report/sheet-export.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { loadWorkbookClass } from '../../src/workspace/load-exceljs.js'
import type { Model } from '../../src/model/types.js'

export function checkedModel(root: string): Model {
  const result = checkWorkspace(loadWorkspace(root), { asOf: '2026-12-01' })
  if (result.errors > 0) throw new Error(`${root} has errors: ${result.diagnostics.map((d) => d.message).join('; ')}`)
  return result.model
}

export async function exportBytes(root: string, options: Partial<SheetExportOptions> = {}): Promise<Uint8Array> {
  const model = checkedModel(root)
  return renderSheetExport(buildSheetExport(model, { asOf: '2026-12-01', lang: 'en', ...options }))
}

export type Fill = string | number | Date | null | { formula: string; result: number | string }

/** The workbook with cells set, `{'Sheet!I3': 60}`, saved again as exceljs saves. */
export async function fillCells(bytes: Uint8Array, cells: Record<string, Fill>): Promise<Uint8Array> {
  const workbook = new (await loadWorkbookClass())()
  await workbook.xlsx.load(Buffer.from(bytes) as never)
  for (const [ref, value] of Object.entries(cells)) {
    const bang = ref.lastIndexOf('!')
    const sheet = workbook.getWorksheet(ref.slice(0, bang).replace(/^'|'$/g, ''))
    if (!sheet) throw new Error(`no sheet in ${ref}`)
    sheet.getCell(ref.slice(bang + 1)).value = value as never
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
