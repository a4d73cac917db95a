// `check --format pretty` (contract §4): a block per diagnostic — file:line:col, severity,
// message, rule id, a code frame — then a summary line.
import type { Diagnostic } from '../check/diagnostic.js'
import type { Lang } from '../model/types.js'
import { renderCodeFrame, splitLines } from './code-frame.js'
import { terminalInline } from './escape.js'
import type { Style } from './style.js'

export interface DiagnosticsReport {
  files: number
  errors: number
  warnings: number
  diagnostics: Diagnostic[]
}

const WORDS = {
  en: { error: 'error', warning: 'warning' },
  zh: { error: '错误', warning: '警告' },
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

/** `sources` gives each file's text by workspace-relative path, for the code frames. */
export function renderDiagnosticsPretty(
  report: DiagnosticsReport,
  sources: ReadonlyMap<string, string>,
  options: { lang: Lang; style: Style },
): string {
  const { lang, style } = options
  const lines = new Map<string, string[]>()
  const blocks = report.diagnostics.map((d) => {
    let fileLines = lines.get(d.file)
    if (!fileLines) {
      fileLines = splitLines(sources.get(d.file) ?? '')
      lines.set(d.file, fileLines)
    }
    const paint = d.severity === 'error' ? style.error : style.warning
    const head = `${style.bold(`${terminalInline(d.file)}:${d.line}:${d.column}`)}  ${paint(WORDS[lang][d.severity])}  ${terminalInline(d.message)}  ${style.dim(d.rule)}`
    const frame = sources.get(d.file) ? renderCodeFrame(fileLines, d, style) : ''
    return frame ? `${head}\n${frame}\n` : `${head}\n`
  })
  const summary = summaryLine(report, lang)
  const painted = report.errors ? style.error(summary) : report.warnings ? style.warning(summary) : style.ok(summary)
  return [...blocks, painted].join('\n') + '\n'
}
