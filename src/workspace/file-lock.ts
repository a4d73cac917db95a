// An exclusive lock on a file that chainchief writes (SPEC §9: two writers at once never lose
// an update): a lock file `.<name>.lock` beside it, made with open(…, 'wx'), holding who took
// it. A second writer waits a little, then refuses; a lock whose process is gone, or that
// is far too old, is stale and taken over. Knows no domain.
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'

export interface LockOptions {
  /** How long to wait for another writer's lock, in ms (default 5000). */
  waitMs?: number
  /** A lock older than this is stale whoever holds it, in ms (default 10 minutes). */
  staleMs?: number
}

export interface FileLock {
  /** The file locked. */
  path: string
  release(): void
}

/** Another writer holds the lock (exit 2 at the CLI). */
export class LockedError extends Error {
  override name = 'LockedError'
  constructor(
    readonly path: string,
    readonly lockFile: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(`${path} is being written by another chainchief (process ${holder?.pid ?? '?'}); try again, or remove ${lockFile} if no chainchief runs`)
  }
}

export interface LockHolder {
  pid: number
  host: string
  time: number
}

const POLL_MS = 25
/** A lock file without a holder written into it yet is given this long before it counts as stale. */
const UNWRITTEN_GRACE_MS = 2000

export function lockFileOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`)
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

function readHolder(lockFile: string): { holder?: LockHolder; mtimeMs: number; raw: string } | undefined {
  try {
    const raw = readFileSync(lockFile, 'utf8')
    const mtimeMs = statSync(lockFile).mtimeMs
    try {
      const h = JSON.parse(raw) as LockHolder
      if (Number.isInteger(h.pid) && typeof h.host === 'string' && typeof h.time === 'number') return { holder: h, mtimeMs, raw }
    } catch {
      // written only partly, or not by us: judged by its age
    }
    return { mtimeMs, raw }
  } catch {
    return undefined // gone meanwhile
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' // there, but not ours
  }
}

function isStale(found: { holder?: LockHolder; mtimeMs: number }, staleMs: number, now: number): boolean {
  if (!found.holder) return now - found.mtimeMs > UNWRITTEN_GRACE_MS
  if (now - found.holder.time > staleMs) return true
  return found.holder.host === hostname() && !isAlive(found.holder.pid)
}

/**
 * Takes a stale lock away: renamed aside first (only one of two writers can do that), then
 * removed if it is still the stale one; a fresh lock moved aside by mistake is put back.
 */
function breakStale(lockFile: string, raw: string): void {
  const aside = `${lockFile}.${process.pid}.stale`
  try {
    renameSync(lockFile, aside)
  } catch {
    return // someone else broke it first
  }
  let same = false
  try {
    same = readFileSync(aside, 'utf8') === raw
  } catch {
    same = false
  }
  if (!same) {
    try {
      linkSync(aside, lockFile) // fails if a third writer holds the lock by now: theirs stands
    } catch {
      // nothing to restore over
    }
  }
  try {
    unlinkSync(aside)
  } catch {
    // already gone
  }
}

function tryCreate(lockFile: string): boolean {
  let fd: number
  try {
    fd = openSync(lockFile, 'wx', 0o644)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    const holder: LockHolder = { pid: process.pid, host: hostname(), time: Date.now() }
    writeSync(fd, JSON.stringify(holder) + '\n')
  } finally {
    closeSync(fd)
  }
  return true
}

/** Locks `path` for writing; waits up to `waitMs` for another writer, then throws LockedError. */
export function lockFile(path: string, options: LockOptions = {}): FileLock {
  const waitMs = options.waitMs ?? 5000
  const staleMs = options.staleMs ?? 10 * 60 * 1000
  const file = lockFileOf(path)
  const deadline = Date.now() + waitMs
  for (;;) {
    if (tryCreate(file)) break
    const found = readHolder(file)
    if (found && isStale(found, staleMs, Date.now())) {
      breakStale(file, found.raw)
      continue
    }
    if (Date.now() >= deadline) throw new LockedError(path, file, found?.holder)
    sleep(POLL_MS)
  }
  let released = false
  return {
    path,
    release() {
      if (released) return
      released = true
      try {
        unlinkSync(file)
      } catch {
        // removed by hand meanwhile: nothing to release
      }
    },
  }
}

/** Locks several files, in a fixed order so that two writers never wait on each other in a ring. */
export function lockFiles(paths: readonly string[], options: LockOptions = {}): FileLock[] {
  const locks: FileLock[] = []
  try {
    for (const path of [...new Set(paths)].sort()) locks.push(lockFile(path, options))
  } catch (error) {
    for (const lock of locks.reverse()) lock.release()
    throw error
  }
  return locks
}
