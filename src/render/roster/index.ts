// Each `--format` of `chainchief roster` and the function that renders it (contract §10).
import { jsonText } from '../escape.js'
import type { ViewFormat } from '../formats.js'
import type { RosterParty, RosterReport } from '../../report/roster.js'
import { gridCsv, viewMarkdown, viewTable, type ViewRenderer } from '../view-options.js'
import { rosterGrid } from './grid.js'
import { emptyLine, heading } from './labels.js'

const party = (p: RosterParty | null) => (p === null ? null : { id: p.id, name: p.name, title: p.title })

export function renderRosterJson(report: RosterReport): string {
  const chains = report.chains.map((c) => ({
    id: c.id,
    name: c.name,
    chief: party(c.chief),
    serviceOfficer: party(c.serviceOfficer),
    leadDepartment: party(c.leadDepartment),
    secretariat: party(c.secretariat),
    leaderEnterprises: c.leaderEnterprises.map(party),
    specialTeam: c.specialTeam.map(party),
  }))
  return jsonText({ chains }) + '\n'
}

const section = (report: RosterReport, repeatChain: boolean) => [{ grid: rosterGrid(report, { repeatChain }), empty: emptyLine(report.lang) }]

export const ROSTER_RENDERERS = {
  table: (report, options) => viewTable(report.notice, heading(report.lang), section(report, false), options),
  json: renderRosterJson,
  csv: (report, options) => gridCsv(rosterGrid(report, { repeatChain: true }), options.bom),
  markdown: (report) => viewMarkdown(report.notice, heading(report.lang), section(report, true)),
} satisfies Record<Exclude<ViewFormat, 'xlsx'>, ViewRenderer<RosterReport>>
