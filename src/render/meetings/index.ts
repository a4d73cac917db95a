// Each `--format` of `chainchief meetings` and the function that renders it (contract §10).
import { jsonText } from '../escape.js'
import type { ViewFormat } from '../formats.js'
import type { MeetingsReport } from '../../report/meetings.js'
import { gridCsv, viewMarkdown, viewTable, type ViewRenderer } from '../view-options.js'
import { meetingsGrid, meetingsTableGrid } from './grid.js'
import { emptyLine, heading } from './labels.js'

export function renderMeetingsJson(report: MeetingsReport): string {
  const meetings = report.meetings.map((m) => ({
    id: m.id,
    date: m.date,
    title: m.title,
    chains: m.chains,
    reports: m.reports,
    decisions: { done: m.decisions.done, open: m.decisions.open, overdue: m.decisions.overdue },
  }))
  return jsonText({ asOf: report.asOf, meetings }) + '\n'
}

const section = (report: MeetingsReport) => [{ grid: meetingsTableGrid(report), empty: emptyLine(report.lang) }]

export const MEETINGS_RENDERERS = {
  table: (report, options) => viewTable(report.notice, heading(report.asOf, report.lang), section(report), options),
  json: renderMeetingsJson,
  csv: (report, options) => gridCsv(meetingsGrid(report), options.bom),
  markdown: (report) => viewMarkdown(report.notice, heading(report.asOf, report.lang), section(report)),
} satisfies Record<Exclude<ViewFormat, 'xlsx'>, ViewRenderer<MeetingsReport>>
