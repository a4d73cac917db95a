// `check --format pretty` (contract §4): a block per diagnostic — file:line:col, severity,
// message, rule id, a code frame — then a summary line.
import { indexLines, renderCodeFrame, type Lines } from './code-frame.js'
import { terminalInline } from '../escape.js'
import { severityWord, summaryLine } from './labels.js'
import type { DiagnosticsRenderOptions, DiagnosticsReport } from './options.js'

/** A block per diagnostic with a code frame from `options.sources`, then the summary line. */
export function renderDiagnosticsPretty(report: DiagnosticsReport, options: DiagnosticsRenderOptions): string {
  const { lang, style, sources } = options
  const lines = new Map<string, Lines>()
  const blocks = report.diagnostics.map((d) => {
    let fileLines = lines.get(d.file)
    if (!fileLines) {
      fileLines = indexLines(sources.get(d.file) ?? '')
      lines.set(d.file, fileLines)
    }
    const paint = d.severity === 'error' ? style.error : style.warning
    const head = `${style.bold(`${terminalInline(d.file)}:${d.line}:${d.column}`)}  ${paint(severityWord(d.severity, lang))}  ${terminalInline(d.message)}  ${style.dim(d.rule)}`
    const frame = sources.get(d.file) ? renderCodeFrame(fileLines, d, style) : ''
    return frame ? `${head}\n${frame}\n` : `${head}\n`
  })
  const summary = summaryLine(report, lang)
  const painted = report.errors ? style.error(summary) : report.warnings ? style.warning(summary) : style.ok(summary)
  return [...blocks, painted].join('\n') + '\n'
}
