// How every record command of SPEC §9 reports: the write itself is record/commit.ts; this
// prints what it did. Errors the write would add are printed as `check` prints them (stderr)
// and nothing is written (exit 1); warnings it adds are shown, and the write is made. An
// unknown target, a file locked by another chainchief or changed on disk: a message in the
// output language, exit 2. `--dry-run` prints the change as a unified diff on stdout. Each
// file written is named on stderr (`wrote <file>`), as every command that writes says it.
import { isAbsolute, relative, sep } from 'node:path'
import type { Diagnostic } from '../findings/index.js'
import { UsageError } from '../findings/index.js'
import type { Lang } from '../model/types.js'
import type { JudgedPlan } from '../record/apply.js'
import { recordInWorkspace, type PlanContext } from '../record/commit.js'
import { refusalMessage } from '../record/messages.js'
import type { WritePlan } from '../record/plan.js'
import { RecordRefusal } from '../record/refusal.js'
import { DIAGNOSTICS_RENDERERS } from '../render/diagnostics/index.js'
import { renderDryRunEnd, renderRecorded, renderRefused } from '../render/record/summary.js'
import { renderDiffs } from '../render/record/unified-diff.js'
import { LockedError } from '../workspace/file-lock.js'
import { findWorkspaceRoot } from '../workspace/find-root.js'
import { ChangedError } from '../workspace/write-file.js'
import { decideOutput, githubPrefix, makeStyle, sayWrote, writeOutput, type Output } from './output.js'

export interface RecordFlags {
  workspace?: string
  lang?: Lang
  dryRun?: boolean
  color?: boolean
}

export type { PlanContext }

/** The refusals of the write layer as a UsageError (exit 2) in the output language, paths as in the workspace. */
function inLanguage(error: unknown, lang: Lang, root: string): unknown {
  const inWorkspace = (path: string) => (isAbsolute(path) ? relative(root, path).split(sep).join('/') : path)
  if (error instanceof RecordRefusal) return new UsageError(refusalMessage(error.code, error.args, lang))
  if (error instanceof LockedError) {
    return new UsageError(refusalMessage('locked', { file: inWorkspace(error.path), pid: error.holder?.pid, id: inWorkspace(error.lockFile) }, lang))
  }
  if (error instanceof ChangedError) {
    return new UsageError(refusalMessage(error.reason === 'exists' ? 'meeting-exists' : 'changed-on-disk', { file: inWorkspace(error.path) }, lang))
  }
  return error
}

/** Messages before the workspace is read: --lang, else English (the workspace's language once known). */
const earlyLang = (flags: RecordFlags): Lang => flags.lang ?? 'en'

async function diagnosticsOut(diagnostics: Diagnostic[], judged: JudgedPlan, output: Output, lang: Lang): Promise<string> {
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const report = { files: judged.after.files, errors, warnings: diagnostics.length - errors, diagnostics }
  const format = output.github ? 'github' : 'pretty'
  return DIAGNOSTICS_RENDERERS[format](report, {
    lang,
    style: await makeStyle(format === 'pretty' && output.stderrColor),
    sources: new Map(judged.loaded.files.map((f) => [f.path, f.text])),
    workspace: judged.loaded.root,
    prefix: format === 'github' ? githubPrefix(judged.loaded.root) : '',
    version: '',
  })
}

function writeStdout(text: string, output: Output): void {
  if (text !== '') writeOutput(text, { file: undefined, github: output.github }, 'diff')
}

/** Runs one record command; `makePlan` turns the checked data into a plan. Returns the exit code. */
export async function runRecord(flags: RecordFlags, makePlan: (context: PlanContext) => WritePlan): Promise<number> {
  const output = decideOutput({ color: flags.color })
  const root = findWorkspaceRoot(flags.workspace, process.cwd())
  let lang = earlyLang(flags)
  let outcome
  try {
    outcome = recordInWorkspace(root, (context) => {
      lang = context.lang
      return makePlan(context)
    }, { lang: flags.lang, dryRun: flags.dryRun })
  } catch (error) {
    throw inLanguage(error, lang, root)
  }
  const { judged, plan } = outcome
  lang = outcome.lang
  // What goes to stdout (the diff, what was recorded) is written once, framed under GitHub Actions.
  const stdout: string[] = []
  if (flags.dryRun) stdout.push(renderDiffs(judged.changes, await makeStyle(output.color)))
  const added = [...judged.addedErrors, ...judged.addedWarnings]
  if (added.length > 0) process.stderr.write(await diagnosticsOut(added, judged, output, lang))
  if (judged.addedErrors.length > 0) {
    writeStdout(stdout.join(''), output)
    process.stderr.write(renderRefused(judged.addedErrors.length, lang))
    return 1
  }
  if (flags.dryRun) {
    stdout.push(renderRecorded(plan.recorded.filter((r) => r.kind === 'unchanged'), lang), renderDryRunEnd(judged.changes.length, lang))
  } else {
    for (const change of judged.changes) sayWrote(change.file)
    stdout.push(renderRecorded(plan.recorded, lang))
  }
  writeStdout(stdout.join(''), output)
  return 0
}
