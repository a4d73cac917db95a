// How every record command of SPEC §9 writes: load → check → plan → lock the files → apply in
// memory → check the would-be workspace → write atomically, or refuse. Errors the workspace
// had already never block; errors the write adds are printed as `check` prints them (stderr)
// and nothing is written (exit 1). An unknown target, a file locked by another chainchief or
// changed on disk meanwhile: exit 2. `--dry-run` prints the change as a unified diff instead.
import { join } from 'node:path'
import { checkWorkspace, type CheckResult } from '../check/run-checks.js'
import type { Diagnostic } from '../findings/index.js'
import { UsageError } from '../findings/index.js'
import { todayIn } from '../model/dates.js'
import type { IsoDate, Lang, Model } from '../model/types.js'
import { judgePlan, type JudgedPlan } from '../record/apply.js'
import { refusalMessage } from '../record/messages.js'
import { plannedFiles, type WritePlan } from '../record/plan.js'
import { RecordRefusal } from '../record/refusal.js'
import { DIAGNOSTICS_RENDERERS } from '../render/diagnostics/index.js'
import { renderDiffs } from '../render/record/unified-diff.js'
import { renderDryRunEnd, renderRecorded, renderRefused } from '../render/record/summary.js'
import { lockFiles, LockedError, type FileLock } from '../workspace/file-lock.js'
import { findWorkspaceRoot } from '../workspace/find-root.js'
import { loadWorkspace, type LoadedWorkspace } from '../workspace/load-workspace.js'
import { ChangedError, readSnapshot, replaceFile, type FileSnapshot } from '../workspace/write-file.js'
import { decideOutput, githubPrefix, makeStyle, type Output } from './output.js'

export interface RecordFlags {
  workspace?: string
  lang?: Lang
  dryRun?: boolean
  color?: boolean
}

/** What a plan is made from: the data, the files as loaded, the output language and today. */
export interface PlanContext {
  model: Model
  loaded: LoadedWorkspace
  lang: Lang
  /** Today in the workspace's time zone (the default date of every record). */
  today: IsoDate
}

/** Re-reads and re-plans when another writer changed a file between reading and locking it. */
const ATTEMPTS = 3

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

function inLanguage(error: unknown, lang: Lang): unknown {
  if (error instanceof RecordRefusal) return new UsageError(refusalMessage(error.code, error.args, lang))
  if (error instanceof LockedError) {
    return new UsageError(refusalMessage('locked', { file: error.path, pid: error.holder?.pid, id: error.lockFile }, lang))
  }
  if (error instanceof ChangedError) {
    if (error.reason === 'exists') return new UsageError(refusalMessage('meeting-exists', { file: error.path }, lang))
    return new UsageError(refusalMessage('changed-on-disk', { file: error.path }, lang))
  }
  return error
}

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
  })
}

interface Prepared {
  lang: Lang
  plan: WritePlan
  loaded: LoadedWorkspace
  before: CheckResult
  snapshots: Map<string, FileSnapshot>
  locks: FileLock[]
}

/** Loads, plans and (unless a dry run) locks, until the files read are the files locked. */
function prepare(root: string, flags: RecordFlags, makePlan: (context: PlanContext) => WritePlan): Prepared {
  for (let attempt = 1; ; attempt++) {
    const loaded = loadWorkspace(root)
    const before = checkWorkspace(loaded, { lang: flags.lang })
    const lang = before.lang
    let plan: WritePlan
    try {
      plan = makePlan({ model: before.model, loaded, lang, today: todayIn(before.model.manifest?.timezone) })
    } catch (error) {
      throw inLanguage(error, lang)
    }
    const files = plannedFiles(plan)
    let locks: FileLock[] = []
    try {
      if (!flags.dryRun) locks = lockFiles(files.map((f) => join(root, f)))
    } catch (error) {
      throw inLanguage(error, lang)
    }
    const snapshots = new Map(files.map((f) => [f, readSnapshot(join(root, f))]))
    const stale = plan.edits.find((e) => {
      const bytes = snapshots.get(e.file)?.bytes
      const text = bytes ? utf8.decode(bytes).replace(/^\uFEFF/, '') : null
      return text !== loaded.files.find((f) => f.path === e.file)?.text
    })
    const taken = plan.creates.find((c) => snapshots.get(c.file)?.bytes !== null)
    if (taken) {
      for (const lock of locks) lock.release()
      throw new UsageError(refusalMessage('meeting-exists', { file: taken.file }, lang))
    }
    if (!stale) return { lang, plan, loaded, before, snapshots, locks }
    for (const lock of locks) lock.release()
    if (attempt === ATTEMPTS) throw new UsageError(refusalMessage('changed-on-disk', { file: stale.file }, lang))
  }
}

/**
 * Runs one record command: `makePlan` turns the checked data into a plan (throwing
 * RecordRefusal for an unknown target). Returns the exit code.
 */
export async function runRecord(flags: RecordFlags, makePlan: (context: PlanContext) => WritePlan): Promise<number> {
  const output = decideOutput({ color: flags.color })
  const root = findWorkspaceRoot(flags.workspace, process.cwd())
  const { lang, plan, loaded, before, snapshots, locks } = prepare(root, flags, makePlan)
  try {
    const originals = new Map<string, string>()
    for (const { file } of plan.edits) {
      const bytes = snapshots.get(file)?.bytes
      if (bytes) originals.set(file, utf8.decode(bytes))
    }
    let judged: JudgedPlan
    try {
      judged = judgePlan(loaded, before, plan, originals)
    } catch (error) {
      throw inLanguage(error, lang)
    }
    if (flags.dryRun) {
      const style = await makeStyle(output.color)
      process.stdout.write(renderDiffs(judged.changes, style))
    }
    const added = [...judged.addedErrors, ...judged.addedWarnings]
    if (judged.addedErrors.length > 0) {
      process.stderr.write(await diagnosticsOut(added, judged, output, lang))
      process.stderr.write(renderRefused(judged.addedErrors.length, lang))
      return 1
    }
    if (added.length > 0) process.stderr.write(await diagnosticsOut(added, judged, output, lang))
    if (flags.dryRun) {
      process.stdout.write(renderRecorded(plan.recorded.filter((r) => r.kind === 'unchanged'), lang))
      process.stdout.write(renderDryRunEnd(judged.changes.length, lang))
      return 0
    }
    try {
      for (const change of judged.changes) replaceFile(snapshots.get(change.file)!, change.after)
    } catch (error) {
      throw inLanguage(error, lang)
    }
    process.stdout.write(renderRecorded(plan.recorded, lang))
    return 0
  } finally {
    for (const lock of locks) lock.release()
  }
}
