// `check --format github` (contract §4, PITFALLS §1): one workflow command per diagnostic,
// errors first, every field escaped as the runner expects, the location repeated in the
// message; then a plain summary. No text from a data file can start a command of its own.
import { githubData, githubProperty } from '../escape.js'
import { annotationCapLine, summaryLine } from './labels.js'
import type { DiagnosticsRenderOptions, DiagnosticsReport } from './options.js'

/** GitHub shows at most this many annotations of one severity per step. */
export const SHOWN_PER_STEP = 10

/** `options.prefix` turns workspace paths into repository paths ('' when the workspace is the repository). */
export function renderDiagnosticsGithub(report: DiagnosticsReport, options: DiagnosticsRenderOptions): string {
  const ordered = [
    ...report.diagnostics.filter((d) => d.severity === 'error'),
    ...report.diagnostics.filter((d) => d.severity === 'warning'),
  ]
  const lines = ordered.map((d) => {
    const file = options.prefix + d.file
    const props = [
      `file=${githubProperty(file)}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${githubProperty(d.rule)}`,
    ].join(',')
    const command = d.severity === 'error' ? 'error' : 'warning'
    return `::${command} ${props}::${githubData(`${file}:${d.line}:${d.column} ${d.message}`)}`
  })
  lines.push(summaryLine(report, options.lang))
  const hidden = { errors: Math.max(0, report.errors - SHOWN_PER_STEP), warnings: Math.max(0, report.warnings - SHOWN_PER_STEP) }
  if (hidden.errors + hidden.warnings > 0) lines.push(annotationCapLine(SHOWN_PER_STEP, hidden, options.lang))
  return lines.join('\n') + '\n'
}
