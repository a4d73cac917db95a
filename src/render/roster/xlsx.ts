// `roster --format xlsx` (contract §10): who leads each chain as one sheet, the chain named
// on every row (as in CSV) so that a filter on it keeps whole chains.
import type { RosterReport } from '../../report/roster.js'
import { renderGridsXlsx } from '../grid-xlsx.js'
import { rosterGrid } from './grid.js'

export function renderRosterXlsx(report: RosterReport): Promise<Uint8Array> {
  return renderGridsXlsx([rosterGrid(report, { repeatChain: true })])
}
