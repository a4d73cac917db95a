// exceljs's Workbook class on its own (src/render/xlsx.ts imports it so): the package's main
// module also loads its streaming reader and writer and their dependencies, which no
// command of ours uses, at about four times the start-up cost.
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs'
  const WorkbookClass: new () => Workbook
  export default WorkbookClass
}
