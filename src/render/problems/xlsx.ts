// `problems --format xlsx` (contract §10): the problem list as one sheet, every column of the
// grid (chain and status included, as in CSV, so a filter can pick them).
import type { ProblemsReport } from '../../report/problems.js'
import { renderGridsXlsx } from '../grid-xlsx.js'
import { problemsGrid } from './grid.js'

export function renderProblemsXlsx(report: ProblemsReport): Promise<Uint8Array> {
  return renderGridsXlsx([problemsGrid(report)])
}
