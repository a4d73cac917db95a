// `meetings --format xlsx` (contract §10): every meeting as one sheet, the decisions done /
// open / overdue as three numbers (as in CSV).
import type { MeetingsReport } from '../../report/meetings.js'
import { renderGridsXlsx } from '../grid-xlsx.js'
import { meetingsGrid } from './grid.js'

export function renderMeetingsXlsx(report: MeetingsReport): Promise<Uint8Array> {
  return renderGridsXlsx([meetingsGrid(report)])
}
