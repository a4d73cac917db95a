// `check --format json` (contract §4). JSON escapes C0 controls itself; C1 controls, bidi
// overrides and the runner's `##[` are escaped too, so no line of it can act in a terminal
// or a CI log. The escapes are JSON's own: the parsed values are unchanged.
import type { DiagnosticsRenderOptions, DiagnosticsReport } from './options.js'

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** JSON text with the characters above escaped as \uXXXX. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replaceAll('##[', '##\\u005b')
}

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
  return safeJson(out) + '\n'
}
