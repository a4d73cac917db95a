// `progress --format xlsx` (contract §5): the chain rows, or with `--tasks` the task rows, as
// a one-sheet workbook through the project's one xlsx writer.
import type { ProgressReport } from '../../report/progress.js'
import { renderGridsXlsx } from '../grid-xlsx.js'
import { progressGrid } from './grid.js'

export function renderProgressXlsx(report: ProgressReport, tasks: boolean): Promise<Uint8Array> {
  return renderGridsXlsx([progressGrid(report, tasks)])
}
