// `check --format compact` (contract §4): one line per diagnostic,
// `file:line:col: severity: message [rule]`, then the summary line — short for people, and
// the shape editors' problem matchers read. The severity is the keyword `error`/`warning` in
// every language (as the rule id is), so one matcher reads both; the message is in the language.
import { terminalInline } from '../escape.js'
import { summaryLine } from './labels.js'
import type { DiagnosticsRenderOptions, DiagnosticsReport } from './options.js'

export function renderDiagnosticsCompact(report: DiagnosticsReport, options: DiagnosticsRenderOptions): string {
  const { lang } = options
  const lines = report.diagnostics.map(
    (d) => `${terminalInline(d.file)}:${d.line}:${d.column}: ${d.severity}: ${terminalInline(d.message)} [${d.rule}]`,
  )
  return [...lines, summaryLine(report, lang)].join('\n') + '\n'
}
