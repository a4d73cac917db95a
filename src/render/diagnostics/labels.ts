// The words of `check`'s output in each language (contract §4): severities, the summary
// line, the line on annotations GitHub does not show.
import type { Severity } from '../../findings/index.js'
import type { Lang } from '../../model/types.js'
import type { DiagnosticsReport } from './options.js'

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning' },
  zh: { error: '错误', warning: '警告' },
}

export function severityWord(severity: Severity, lang: Lang): string {
  return SEVERITY[lang][severity]
}

export function summaryLine(report: DiagnosticsReport, lang: Lang): string {
  const { errors, warnings, files } = report
  if (lang === 'zh') {
    if (errors + warnings === 0) return `✔ 已检查 ${files} 个文件，未发现问题`
    return `${errors ? '✖' : '⚠'} 已检查 ${files} 个文件：${errors} 个错误，${warnings} 个警告`
  }
  if (errors + warnings === 0) return `✔ ${files} files checked, no problems`
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${errors ? '✖' : '⚠'} ${files} files checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
}

/**
 * Under the annotations, when some are beyond what GitHub shows (`shown` of each severity per
 * step): how many errors and warnings are not shown as annotations.
 */
export function annotationCapLine(shown: number, hidden: { errors: number; warnings: number }, lang: Lang): string {
  const { errors, warnings } = hidden
  if (lang === 'zh') {
    return `GitHub 每个步骤最多显示 ${shown} 个错误注释和 ${shown} 个警告注释：另有 ${errors} 个错误和 ${warnings} 个警告未显示为注释，完整列表见上文。`
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `GitHub shows at most ${shown} error and ${shown} warning annotations per step: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} are not shown as annotations; all are listed above.`
}

/** The words of the markdown summary appended to $GITHUB_STEP_SUMMARY. */
export const STEP_SUMMARY_WORDS: Record<Lang, { heading: string; none: string; location: string; severity: string; rule: string; message: string }> = {
  en: { heading: 'chainchief check', none: 'No findings.', location: 'Location', severity: 'Severity', rule: 'Rule', message: 'Message' },
  zh: { heading: 'chainchief 检查', none: '未发现问题。', location: '位置', severity: '严重程度', rule: '规则', message: '说明' },
}
