// `check --format github` (contract §4, PITFALLS §1): one workflow command per diagnostic,
// errors first, every field escaped as the runner expects, the location repeated in the
// message; then a plain summary. No text from a data file can start a command of its own.
import type { Lang } from '../model/types.js'
import { githubData, githubProperty } from './escape.js'
import { summaryLine, type DiagnosticsReport } from './diagnostics-pretty.js'

/** GitHub shows at most this many annotations of one severity per step. */
const SHOWN_PER_STEP = 10

/** `prefix` turns workspace paths into repository paths ('' when the workspace is the repository). */
export function renderDiagnosticsGithub(report: DiagnosticsReport, options: { lang: Lang; prefix: string }): string {
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
  if (report.errors > SHOWN_PER_STEP || report.warnings > SHOWN_PER_STEP) {
    lines.push(
      options.lang === 'zh'
        ? `GitHub 每个步骤最多显示 ${SHOWN_PER_STEP} 个错误注释和 ${SHOWN_PER_STEP} 个警告注释；完整列表见上文。`
        : `GitHub shows at most ${SHOWN_PER_STEP} error and ${SHOWN_PER_STEP} warning annotations per step; all are listed above.`,
    )
  }
  return lines.join('\n') + '\n'
}
