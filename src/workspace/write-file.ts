// Replaces a file atomically (SPEC §9, PITFALLS §7): the new bytes go to a temporary file
// beside the target, are flushed to disk, and take the target's place by one rename, its
// mode kept; a process killed at any moment leaves the old file or the new one, never a torn
// one. When the file on disk is no longer what was read, nothing is written (ChangedError).
// A new file is created only where none exists. Knows no domain.
import {
  chmodSync, closeSync, fsyncSync, linkSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync,
  unlinkSync, writeSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** What a file held when it was read: its bytes, or null when it did not exist. */
export interface FileSnapshot {
  path: string
  bytes: Buffer | null
}

/** The file changed on disk after it was read, or a file to create exists (exit 2 at the CLI). */
export class ChangedError extends Error {
  override name = 'ChangedError'
  constructor(
    readonly path: string,
    readonly reason: 'changed' | 'exists' | 'removed',
  ) {
    super(
      reason === 'exists'
        ? `${path} exists already; nothing was written`
        : reason === 'removed'
          ? `${path} was removed after it was read; nothing was written`
          : `${path} changed on disk after it was read; nothing was written`,
    )
  }
}

/** Reads a file's bytes as they are now (null: no such file). */
export function readSnapshot(path: string): FileSnapshot {
  try {
    return { path, bytes: readFileSync(path) }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, bytes: null }
    throw error
  }
}

/** Where the bytes really go: a link's target, so the link stays a link. */
function realTarget(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

function writeTemp(dir: string, name: string, data: Uint8Array, mode: number | undefined): string {
  const temp = join(dir, `.${name}.${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`)
  const fd = openSync(temp, 'wx', mode ?? 0o666)
  try {
    let done = 0
    while (done < data.length) done += writeSync(fd, data, done, data.length - done)
    if (mode !== undefined) chmodSync(temp, mode) // the umask may have narrowed it
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    unlinkQuietly(temp)
    throw error
  }
  closeSync(fd)
  return temp
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path)
  } catch {
    // gone already
  }
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // not every system lets a folder be flushed; the rename stands either way
  }
}

/** Removes temporary files that writers killed mid-write left beside `target`. */
function removeOrphans(dir: string, name: string): void {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return
  }
  const prefix = `.${name}.`
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue
    const pid = Number(entry.slice(prefix.length).split('.')[0])
    if (!Number.isInteger(pid) || pid === process.pid) continue
    try {
      process.kill(pid, 0)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') unlinkQuietly(join(dir, entry))
    }
  }
}

const sameBytes = (a: Buffer | null, b: Buffer | null): boolean => (a === null || b === null ? a === b : a.equals(b))

/**
 * Writes `data` to `snapshot.path` in place of what the snapshot holds. Throws ChangedError,
 * writing nothing, when the file on disk differs from the snapshot just before the swap (or,
 * for a new file, when one exists). Call it while holding the file's lock (file-lock.ts) so
 * two chainchief processes cannot interleave.
 */
export function replaceFile(snapshot: FileSnapshot, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const target = realTarget(snapshot.path)
  const dir = dirname(target)
  const name = basename(target)
  removeOrphans(dir, name)
  let mode: number | undefined
  if (snapshot.bytes !== null) {
    try {
      mode = statSync(target).mode & 0o7777
    } catch {
      throw new ChangedError(snapshot.path, 'removed')
    }
  }
  const temp = writeTemp(dir, name, bytes, mode)
  try {
    if (snapshot.bytes === null) {
      // link() never replaces: a file that appeared meanwhile stays, and this one is refused.
      try {
        linkSync(temp, target)
        unlinkQuietly(temp)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EEXIST') throw new ChangedError(snapshot.path, 'exists')
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error
        // A file system without hard links: check, then rename (the lock keeps chainchief out).
        if (readSnapshot(target).bytes !== null) throw new ChangedError(snapshot.path, 'exists')
        renameSync(temp, target)
      }
    } else {
      const now = readSnapshot(target).bytes
      if (now === null) throw new ChangedError(snapshot.path, 'removed')
      if (!sameBytes(now, snapshot.bytes)) throw new ChangedError(snapshot.path, 'changed')
      renameSync(temp, target)
    }
  } catch (error) {
    unlinkQuietly(temp)
    throw error
  }
  syncDir(dir)
}
