// `check --format json` (contract §4), written by jsonText (escape.ts): controls, bidi
// controls and the runner's `##[` as JSON's own escapes, so no line of it can act in a
// terminal or a CI log and the parsed values are unchanged.
import { jsonText } from '../escape.js'
import type { DiagnosticsRenderOptions, DiagnosticsReport } from './options.js'

export function renderDiagnosticsJson(report: DiagnosticsReport, options: DiagnosticsRenderOptions): string {
  const { workspace } = options
  const { files, errors, warnings, diagnostics } = report
  const out = {
    workspace,
    files,
    errors,
    warnings,
    diagnostics: diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      severity: d.severity,
      rule: d.rule,
      message: d.message,
    })),
  }
  return jsonText(out) + '\n'
}
