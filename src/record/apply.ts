// A plan applied in memory and judged (SPEC §9): each edited file's new text, the workspace
// as it would be, and the diagnostics the write would add to those it already has. Errors
// it had before never block a write; errors the write adds do, and nothing is written.
import type { Diagnostic } from '../findings/index.js'
import { checkWorkspace, type CheckOptions, type CheckResult } from '../check/run-checks.js'
import { editYamlText, YamlEditError } from '../workspace/edit/yaml-edit.js'
import type { LoadedWorkspace } from '../workspace/load-workspace.js'
import { withFileText } from '../workspace/with-file-text.js'
import type { FileKind } from '../workspace/source.js'
import { mergePlans, type WritePlan } from './plan.js'
import { RecordRefusal } from './refusal.js'

export interface FileChange {
  file: string
  kind: FileKind
  /** The text as read (a BOM kept); null for a new file. */
  before: string | null
  after: string
}

export interface JudgedPlan {
  /** The files that change, in the order of the plan; a file the plan leaves as it was is not here. */
  changes: FileChange[]
  /** `check` on the workspace as it would be. */
  after: CheckResult
  /** The loaded workspace as it would be (for code frames of the errors added). */
  loaded: LoadedWorkspace
  addedErrors: Diagnostic[]
  addedWarnings: Diagnostic[]
}

/**
 * Applies `plan` to the texts of the files in memory. `originals` gives the text of a file as
 * read for writing (with its BOM); a file not in it is taken as loaded.
 */
export function applyPlan(loaded: LoadedWorkspace, plan: WritePlan, originals: ReadonlyMap<string, string> = new Map()): { changes: FileChange[]; loaded: LoadedWorkspace } {
  const changes: FileChange[] = []
  let next = loaded
  // Edits of one file are made at once: all of them address the file as read.
  for (const { file, kind, edits } of mergePlans([plan]).edits) {
    const before = originals.get(file) ?? loaded.files.find((f) => f.path === file)?.text ?? ''
    let edited: ReturnType<typeof editYamlText>
    try {
      edited = editYamlText(before, edits)
    } catch (error) {
      if (error instanceof YamlEditError) throw new RecordRefusal('not-editable', { file, problem: error.problem })
      throw error
    }
    const after = edited.text
    if (after === before) continue
    changes.push({ file, kind, before, after })
    next = withFileText(next, file, kind, after, edited.fast)
  }
  for (const { file, kind, text } of plan.creates) {
    changes.push({ file, kind, before: null, after: text })
    next = withFileText(next, file, kind, text)
  }
  return { changes, loaded: next }
}

/** A diagnostic without its position, so that lines moved by an insertion still match. */
function sameFinding(d: Diagnostic): string {
  return [d.file, d.rule, d.severity, d.message.replace(/:\d+:\d+/g, ':#:#')].join('\u0000')
}

/** The diagnostics of `after` that `before` does not have (as many times as they are new). */
export function addedDiagnostics(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>()
  for (const d of before) seen.set(sameFinding(d), (seen.get(sameFinding(d)) ?? 0) + 1)
  return after.filter((d) => {
    const key = sameFinding(d)
    const left = seen.get(key) ?? 0
    if (left > 0) {
      seen.set(key, left - 1)
      return false
    }
    return true
  })
}

/**
 * Applies the plan in memory and checks the workspace as it would be, against `before`;
 * `options` are the check options `before` was made with (its as-of date or clock).
 */
export function judgePlan(
  loaded: LoadedWorkspace,
  before: CheckResult,
  plan: WritePlan,
  originals: ReadonlyMap<string, string> = new Map(),
  options: CheckOptions = {},
): JudgedPlan {
  const applied = applyPlan(loaded, plan, originals)
  // The same as-of as `before` (the same clock: pass `now`), worked out only if a rule needs it.
  const after = checkWorkspace(applied.loaded, { lang: before.lang, ...options })
  const added = addedDiagnostics(before.diagnostics, after.diagnostics)
  return {
    changes: applied.changes,
    after,
    loaded: applied.loaded,
    addedErrors: added.filter((d) => d.severity === 'error'),
    addedWarnings: added.filter((d) => d.severity === 'warning'),
  }
}
