// A record written to a workspace (SPEC §9), without a word printed: load → check → plan →
// lock the files → read them again → apply in memory → check the would-be workspace →
// replace the files atomically, unless the write adds errors or this is a dry run. What
// happened comes back as data; the CLI (cli/record-write.ts) and a sheet import word it.
// Throws RecordRefusal (unknown target), LockedError (another writer), ChangedError (a file
// changed on disk meanwhile); errors the write adds are not thrown but returned.
import { join } from 'node:path'
import { checkWorkspace, type CheckResult } from '../check/run-checks.js'
import { todayIn } from '../model/dates.js'
import type { IsoDate, Lang, Model } from '../model/types.js'
import { lockFiles, type FileLock, type LockOptions } from '../workspace/file-lock.js'
import { loadWorkspace, type LoadedWorkspace } from '../workspace/load-workspace.js'
import { ChangedError, readSnapshot, replaceFile, type FileSnapshot } from '../workspace/write-file.js'
import { judgePlan, type JudgedPlan } from './apply.js'
import { plannedFiles, type WritePlan } from './plan.js'
import { RecordRefusal } from './refusal.js'

/** What a plan is made from: the data, the files as loaded, the output language and today. */
export interface PlanContext {
  model: Model
  loaded: LoadedWorkspace
  lang: Lang
  /** Today in the workspace's time zone (the default date of every record), worked out when read. */
  readonly today: IsoDate
}

export interface RecordOptions {
  /** Language of the diagnostics (default: the workspace's). */
  lang?: Lang
  /** Plan and judge, but write nothing and take no lock. */
  dryRun?: boolean
  /** The clock, for "today" (tests pin it). */
  now?: Date
  lock?: LockOptions
}

export interface RecordOutcome {
  lang: Lang
  plan: WritePlan
  /** `check` before the write. */
  before: CheckResult
  judged: JudgedPlan
  /** True when files were written: not a dry run, and the write added no error. */
  written: boolean
}

/** Re-reads and re-plans when another writer changed a file between reading and locking it. */
const ATTEMPTS = 3

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })
const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text)

interface Prepared {
  lang: Lang
  plan: WritePlan
  loaded: LoadedWorkspace
  before: CheckResult
  snapshots: Map<string, FileSnapshot>
  locks: FileLock[]
}

/** Loads, plans and (unless a dry run) locks, until the files read are the files locked. */
function prepare(root: string, makePlan: (context: PlanContext) => WritePlan, options: RecordOptions): Prepared {
  for (let attempt = 1; ; attempt++) {
    const loaded = loadWorkspace(root)
    const before = checkWorkspace(loaded, { lang: options.lang, now: options.now })
    const lang = before.lang
    // The time-zone data costs tens of ms at start-up: only a record without a date needs it.
    const context: PlanContext = {
      model: before.model,
      loaded,
      lang,
      get today() {
        return todayIn(before.model.manifest?.timezone, options.now)
      },
    }
    const plan = makePlan(context)
    const files = plannedFiles(plan)
    const locks = options.dryRun ? [] : lockFiles(files.map((f) => join(root, f)), options.lock)
    const snapshots = new Map(files.map((f) => [f, readSnapshot(join(root, f))]))
    const taken = plan.creates.find((c) => snapshots.get(c.file)?.bytes !== null)
    if (taken) {
      for (const lock of locks) lock.release()
      throw new RecordRefusal('meeting-exists', { file: taken.file })
    }
    const stale = plan.edits.find((e) => {
      const bytes = snapshots.get(e.file)?.bytes
      return (bytes ? withoutBom(utf8.decode(bytes)) : null) !== loaded.files.find((f) => f.path === e.file)?.text
    })
    if (!stale) return { lang, plan, loaded, before, snapshots, locks }
    for (const lock of locks) lock.release()
    if (attempt === ATTEMPTS) throw new ChangedError(stale.file, 'changed')
  }
}

/**
 * Records what `makePlan` plans (it throws RecordRefusal for an unknown target) in the
 * workspace at `root`: written only when no error is added and this is no dry run.
 */
export function recordInWorkspace(root: string, makePlan: (context: PlanContext) => WritePlan, options: RecordOptions = {}): RecordOutcome {
  options = { ...options, now: options.now ?? new Date() } // one clock for both checks and the plan
  const { lang, plan, loaded, before, snapshots, locks } = prepare(root, makePlan, options)
  try {
    const originals = new Map<string, string>()
    for (const { file } of plan.edits) {
      const bytes = snapshots.get(file)?.bytes
      if (bytes) originals.set(file, utf8.decode(bytes))
    }
    const judged = judgePlan(loaded, before, plan, originals, { now: options.now })
    const written = !options.dryRun && judged.addedErrors.length === 0
    if (written) {
      // Every file is checked against the disk just before its swap; a change found in a
      // later file leaves the earlier ones written (each whole), and is reported.
      for (const change of judged.changes) replaceFile(snapshots.get(change.file)!, change.after)
    }
    return { lang, plan, before, judged, written }
  } finally {
    for (const lock of locks) lock.release()
  }
}
