// `check --format gitlab` (contract §4, PITFALLS §10): a GitLab Code Quality report, a JSON
// array of {description, check_name, fingerprint, severity, location: {path, lines: {begin}}},
// severity `major` for errors and `minor` for warnings, paths relative to the repository root.
// Written with JSON's own \u escapes for controls, bidi and `##[`.
//
// The fingerprint is what GitLab compares between the base and the head of a merge request to
// tell new findings from old ones, so it leaves the line out: a finding stays the same finding
// when lines above it are added or removed. It is the SHA-256 of the rule, the path, the
// message (which names the field and the offending value) and how many identical (rule, path,
// message) findings come before it in the file, so two equal findings in one file differ too.
import type { Diagnostic } from '../../findings/index.js'
import { jsonText } from '../escape.js'
import type { DiagnosticsRenderOptions, DiagnosticsReport } from './options.js'

function fingerprint(d: Diagnostic, path: string, occurrence: number): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(JSON.stringify([d.rule, path, d.message, occurrence])).digest('hex')
}

export function renderDiagnosticsGitlab(report: DiagnosticsReport, options: DiagnosticsRenderOptions): string {
  const seen = new Map<string, number>()
  const issues = report.diagnostics.map((d) => {
    const path = options.prefix + d.file
    const key = JSON.stringify([d.rule, path, d.message])
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    return {
      description: d.message,
      check_name: d.rule,
      fingerprint: fingerprint(d, path, occurrence),
      severity: d.severity === 'error' ? 'major' : 'minor',
      location: { path, lines: { begin: d.line } },
    }
  })
  return jsonText(issues) + '\n'
}
