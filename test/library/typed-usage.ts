// Compiled by test/library/library.test.ts with tsc --noEmit against the built package's
// declarations: the public API is typed, and misuse is a type error (the @ts-expect-error lines).
import {
  buildBrief, buildProgressReport, checkWorkspace, findWorkspaceRoot, loadWorkspace, renderBrief, RULE_IDS,
  type Brief, type CheckResult, type Diagnostic, type Model, type ProgressReport, type RuleId, type Task,
} from 'chainchief'

const root: string = findWorkspaceRoot(undefined, process.cwd())
const result: CheckResult = checkWorkspace(loadWorkspace(root), { asOf: '2023-06-30', lang: 'zh' })
const first: Diagnostic | undefined = result.diagnostics[0]
const rule: RuleId | undefined = first?.rule
const line: number | undefined = first?.line
const model: Model = result.model
const tasks: readonly Task[] = model.tasks
const report: ProgressReport = buildProgressReport(model, { asOf: '2023-06-30', lang: 'en' })
const brief: Brief = buildBrief(model, '2022-12-07-textile-garment', { lang: 'en' })
const markdown: string = renderBrief(brief)
const html: string = renderBrief(brief, { format: 'html' })
const ids: readonly string[] = RULE_IDS
// @ts-expect-error: lang is en or zh
checkWorkspace(loadWorkspace(root), { lang: 'fr' })
// @ts-expect-error: a progress report needs an as-of date
buildProgressReport(model, { lang: 'en' })
export { rule, line, tasks, report, markdown, html, ids }
