// Each `--format` of `chainchief problems` and the function that renders it (contract §10).
// JSON is the shape of the contract; the other formats show one grid.
import { jsonText } from '../escape.js'
import type { ViewFormat } from '../formats.js'
import type { ProblemsReport } from '../../report/problems.js'
import { gridCsv, viewMarkdown, viewTable, type ViewRenderer } from '../view-options.js'
import { problemsGrid, problemsTableSections } from './grid.js'
import { emptyLine, heading, summary } from './labels.js'

export function renderProblemsJson(report: ProblemsReport): string {
  const problems = report.problems.map((p) => ({
    id: p.id,
    chain: p.chain,
    text: p.text,
    raised: p.raised,
    raisedBy: p.raisedBy,
    raisedByName: p.raisedByName,
    task: p.task,
    owner: p.owner,
    ownerName: p.ownerName,
    status: p.status,
    resolved: p.resolved,
    daysOpen: p.daysOpen,
  }))
  return jsonText({ asOf: report.asOf, problems }) + '\n'
}

function sections(report: ProblemsReport) {
  const empty = emptyLine(report.lang)
  const list = problemsTableSections(report).map((s) => ({ ...s, empty }))
  return list.length > 0 ? list : [{ grid: problemsGrid(report), empty }]
}

export const PROBLEMS_RENDERERS = {
  table: (report, options) => viewTable(report.notice, heading(report), sections(report), options, summary(report)),
  json: renderProblemsJson,
  csv: (report, options) => gridCsv(problemsGrid(report), options.bom),
  markdown: (report) => viewMarkdown(report.notice, heading(report), sections(report), summary(report)),
} satisfies Record<Exclude<ViewFormat, 'xlsx'>, ViewRenderer<ProblemsReport>>
