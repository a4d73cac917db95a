// `check` as a pure pipeline over loaded files (contract §4): schema → model → rules, then
// severities from chainchief.yaml, positions resolved once, messages worded, a stable order.
import type { Diagnostic, Finding, Location, RuleId, Span } from '../findings/index.js'
import { UNLOWERABLE } from '../findings/index.js'
import { dropFollowOn } from './follow-on.js'
import { formatMessage } from './messages.js'
import { hintRefsByName } from './ref-names.js'
import { DEFAULT_SEVERITY, RULES } from './rules/index.js'
import type { RuleContext } from './rules/rule.js'
import { checkSchema } from './schema.js'
import { buildModel } from '../model/build-model.js'
import { addDays, todayIn } from '../model/dates.js'
import type { IsoDate, Lang, Model } from '../model/types.js'
import type { LoadedWorkspace } from '../workspace/load-workspace.js'
import { locate, type SourceFile } from '../workspace/source.js'

export interface CheckOptions {
  /** The as-of date for future-date; default: today in the workspace's time zone. */
  asOf?: IsoDate
  /** Message language; default: the workspace's `language`, else English. */
  lang?: Lang
  /** The clock, for "today" (tests pin it). */
  now?: Date
}

export interface CheckResult {
  root: string
  /** How many files were read. */
  files: number
  asOf: IsoDate
  lang: Lang
  errors: number
  warnings: number
  diagnostics: Diagnostic[]
  model: Model
}

function resolveSpan(location: Location, files: ReadonlyMap<string, SourceFile>): Span {
  if ('span' in location) return location.span
  const file = files.get(location.file)
  return file ? locate(file, location.path, location.on) : { line: 1, column: 1, endLine: 1, endColumn: 1 }
}

function compare(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  )
}

/** Runs every check on a loaded workspace and returns the worded, sorted diagnostics. */
export function checkWorkspace(workspace: LoadedWorkspace, options: CheckOptions = {}): CheckResult {
  const findings: Finding[] = [...workspace.findings]
  for (const file of workspace.files) findings.push(...checkSchema(file))
  const model = buildModel(workspace.files)
  hintRefsByName(findings, model)
  // "Today" in the workspace's zone needs the runtime's time-zone data (tens of ms at start-up),
  // so it is worked out only when a rule or the caller reads it. Every zone's date is within a
  // day of UTC's, which bounds it for free.
  const now = options.now ?? new Date()
  let today: IsoDate | undefined
  const asOfDate = (): IsoDate => options.asOf ?? (today ??= todayIn(model.manifest?.timezone, now))
  const asOfAtLeast = options.asOf ?? addDays(now.toISOString().slice(0, 10), -1)
  const lang = options.lang ?? model.manifest?.language ?? 'en'
  const context: RuleContext = { model, asOfAtLeast, get asOf() { return asOfDate() } }
  for (const rule of RULES) {
    rule.check(context, (at, message, args = {}, related) => {
      findings.push({ rule: rule.id, message, args, at, related })
    })
  }

  const files = new Map(workspace.files.map((f) => [f.path, f]))
  const overrides = model.manifest?.rules ?? {}
  const diagnostics: Diagnostic[] = []
  for (const finding of dropFollowOn(findings, new Map(workspace.files.map((f) => [f.path, f.text])))) {
    const setting = UNLOWERABLE.has(finding.rule) ? 'error' : (overrides[finding.rule] ?? DEFAULT_SEVERITY[finding.rule])
    if (setting === 'off') continue
    const args = { ...finding.args }
    if (finding.related) {
      const span = resolveSpan(finding.related, files)
      args.other = `${finding.related.file}:${span.line}:${span.column}`
    }
    diagnostics.push({
      file: finding.at.file,
      ...resolveSpan(finding.at, files),
      severity: setting === 'error' ? 'error' : 'warning',
      rule: finding.rule,
      message: formatMessage(finding.rule, finding.message, args, lang),
    })
  }
  diagnostics.sort(compare)
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  return {
    root: workspace.root,
    files: workspace.files.length,
    get asOf() {
      return asOfDate()
    },
    lang,
    errors,
    warnings: diagnostics.length - errors,
    diagnostics,
    model,
  }
}

export type { RuleId }
