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

/** Under the annotations: GitHub shows only `shown` of each severity per step. */
export function annotationCapLine(shown: number, lang: Lang): string {
  return lang === 'zh'
    ? `GitHub 每个步骤最多显示 ${shown} 个错误注释和 ${shown} 个警告注释；完整列表见上文。`
    : `GitHub shows at most ${shown} error and ${shown} warning annotations per step; all are listed above.`
}
