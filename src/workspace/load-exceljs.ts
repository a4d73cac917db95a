// The xlsx library (exceljs), imported on first use only: it is the largest dependency, and
// only the commands that write or read a workbook may pay for loading it (contract §9:
// `check` starts as fast as before). Its Workbook class alone: the package's main module
// also loads a streaming reader and writer that no command uses.
import type { Workbook } from 'exceljs'

export type WorkbookClass = new () => Workbook

let workbookClass: Promise<WorkbookClass> | undefined

/** exceljs's Workbook class, imported once. */
export function loadWorkbookClass(): Promise<WorkbookClass> {
  workbookClass ??= import('exceljs/lib/doc/workbook.js').then((mod) => mod.default)
  return workbookClass
}
