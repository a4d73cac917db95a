// RosterReport → the grid every format of `roster` shows (contract §10): a row per chain and
// role, one per party of a list role, '—' where a role is not filled. In a table the chain's
// name stands on its first row only; in CSV and a workbook on every row, so filters work.
import type { RosterChain, RosterParty, RosterReport } from '../../report/roster.js'
import type { Grid, GridValue } from '../grid.js'
import { HEADERS, ROLE_ORDER, ROLES } from './labels.js'

function parties(chain: RosterChain, role: (typeof ROLE_ORDER)[number]): Array<RosterParty | null> {
  const value = chain[role]
  if (Array.isArray(value)) return value.length > 0 ? value : [null]
  return [value as RosterParty | null]
}

export function rosterGrid(report: RosterReport, options: { repeatChain: boolean }): Grid {
  const { lang } = report
  const rows: GridValue[][] = []
  for (const chain of report.chains) {
    let first = true
    for (const role of ROLE_ORDER) {
      for (const party of parties(chain, role)) {
        const chainCell = first || options.repeatChain ? chain.name : ''
        rows.push([chainCell, ROLES[role][lang], party ? party.name : null, party?.title ?? null])
        first = false
      }
    }
  }
  return {
    name: lang === 'zh' ? '链长及工作力量' : 'Roster',
    columns: [
      { header: HEADERS.chain[lang], type: 'text', rank: 3, min: 8 },
      { header: HEADERS.role[lang], type: 'text', rank: 4, min: 8 },
      { header: HEADERS.name[lang], type: 'text', rank: 1, min: 12 },
      { header: HEADERS.title[lang], type: 'text', rank: 2, min: 10 },
    ],
    rows: rows.map((row) => row.map((v) => (v === '' ? ' ' : v))),
  }
}
