// The markdown that `check --format github` appends to $GITHUB_STEP_SUMMARY (contract §4,
// PITFALLS §1 f): the summary line, then a table of every finding, errors first (a line saying
// there are none when there are none). Every cell is escaped for markdown (a `|` or a line
// break in a message cannot break the table); cli/ appends the text to the file.
import { markdownCell, markdownTable, markdownText } from '../markdown.js'
import { severityWord, STEP_SUMMARY_WORDS, summaryLine } from './labels.js'
import type { DiagnosticsRenderOptions, DiagnosticsReport } from './options.js'

export function renderGithubStepSummary(report: DiagnosticsReport, options: Pick<DiagnosticsRenderOptions, 'lang' | 'prefix'>): string {
  const { lang, prefix } = options
  const words = STEP_SUMMARY_WORDS[lang]
  const head = `### ${markdownText(words.heading)}\n\n${markdownText(summaryLine(report, lang))}\n`
  if (report.diagnostics.length === 0) return `${head}\n${words.none}\n\n`
  const ordered = [
    ...report.diagnostics.filter((d) => d.severity === 'error'),
    ...report.diagnostics.filter((d) => d.severity === 'warning'),
  ]
  const rows = ordered.map((d) => [
    markdownCell(`${prefix}${d.file}:${d.line}:${d.column}`),
    markdownCell(severityWord(d.severity, lang)),
    markdownCell(d.rule),
    markdownCell(d.message),
  ])
  const columns = [{ header: words.location }, { header: words.severity }, { header: words.rule }, { header: words.message }]
  return `${head}\n${markdownTable(columns, rows)}\n`
}
