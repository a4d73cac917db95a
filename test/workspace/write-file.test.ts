// Safe writes (SPEC §9): a temporary file beside the target, then a rename, the mode kept; a
// file changed on disk after it was read is left alone; two writers never lose an update; a
// writer killed mid-write leaves the old file or the new one. The child processes run the
// built library (npm run build), as the CLI does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import {
  chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync,
} from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { lockFile, lockFileOf, lockFiles, LockedError } from '../../src/workspace/file-lock.js'
import { ChangedError, readSnapshot, replaceFile } from '../../src/workspace/write-file.js'
import { scratchDir } from '../helpers/run-cli.js'

const WRITERS = join(import.meta.dirname, 'writers')
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

function scratch(): string {
  const { dir, cleanup } = scratchDir()
  cleanups.push(cleanup)
  return dir
}

const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!

function child(script: string, args: string[]): { proc: ChildProcess; line: Promise<string>; exit: Promise<number | null> } {
  const proc = spawn(process.execPath, [join(WRITERS, script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let err = ''
  proc.stderr!.on('data', (d) => (err += d))
  const line = new Promise<string>((resolve, reject) => {
    proc.stdout!.once('data', (d) => resolve(String(d).trim()))
    proc.once('exit', (code) => reject(new Error(`${script} exited ${code} before saying anything: ${err}`)))
  })
  line.catch(() => {})
  const exit = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
  return { proc, line, exit }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const othersIn = (dir: string, keep: string[]) => readdirSync(dir).filter((f) => !keep.includes(f))

describe('replaceFile: atomic, mode kept, nothing else left', () => {
  it('replaces the bytes and keeps the mode, leaving no temporary file', () => {
    const dir = scratch()
    for (const mode of [0o640, 0o600, 0o755]) {
      const file = join(dir, 'chain.yaml')
      writeFileSync(file, 'old\n')
      chmodSync(file, mode)
      replaceFile(readSnapshot(file), '新的\r\n')
      expect(readFileSync(file, 'utf8')).toBe('新的\r\n')
      expect(statSync(file).mode & 0o7777).toBe(mode)
      expect(othersIn(dir, ['chain.yaml'])).toEqual([])
    }
  })

  it('writes bytes as given: a BOM and CRLF stay', () => {
    const file = join(scratch(), 'a.yaml')
    writeFileSync(file, 'x')
    replaceFile(readSnapshot(file), '\uFEFFa: 1\r\n')
    expect([...readFileSync(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('refuses when the file changed on disk after it was read, and writes nothing', () => {
    const dir = scratch()
    const file = join(dir, 'chain.yaml')
    writeFileSync(file, 'read\n')
    const snapshot = readSnapshot(file)
    writeFileSync(file, 'saved by an editor meanwhile\n')
    expect(() => replaceFile(snapshot, 'mine\n')).toThrow(ChangedError)
    try {
      replaceFile(snapshot, 'mine\n')
    } catch (error) {
      expect((error as ChangedError).reason).toBe('changed')
      expect((error as ChangedError).message).toBe(`${file} changed on disk after it was read; nothing was written`)
    }
    expect(readFileSync(file, 'utf8')).toBe('saved by an editor meanwhile\n')
    expect(othersIn(dir, ['chain.yaml'])).toEqual([])
  })

  it('refuses when the file was removed after it was read', () => {
    const dir = scratch()
    const file = join(dir, 'chain.yaml')
    writeFileSync(file, 'read\n')
    const snapshot = readSnapshot(file)
    unlinkSync(file)
    expect(() => replaceFile(snapshot, 'mine\n')).toThrow(expect.objectContaining({ reason: 'removed' }))
    expect(existsSync(file)).toBe(false)
  })

  it('creates a new file only where none exists', () => {
    const dir = scratch()
    const file = join(dir, 'meeting.yaml')
    const snapshot = readSnapshot(file)
    expect(snapshot.bytes).toBeNull()
    replaceFile(snapshot, 'first\n')
    expect(readFileSync(file, 'utf8')).toBe('first\n')
    expect(() => replaceFile(snapshot, 'second\n')).toThrow(expect.objectContaining({ reason: 'exists' }))
    expect(readFileSync(file, 'utf8')).toBe('first\n')
    expect(othersIn(dir, ['meeting.yaml'])).toEqual([])
  })

  it('writes through a symbolic link, which stays a link', () => {
    const dir = scratch()
    mkdirSync(join(dir, 'real'))
    const real = join(dir, 'real', 'chain.yaml')
    const link = join(dir, 'chain.yaml')
    writeFileSync(real, 'old\n')
    symlinkSync(real, link)
    replaceFile(readSnapshot(link), 'new\n')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(real, 'utf8')).toBe('new\n')
  })

  it('removes temporary files that a killed writer left, not those of a writer still running', async () => {
    const dir = scratch()
    const file = join(dir, 'chain.yaml')
    writeFileSync(file, 'old\n')
    const dead = `.chain.yaml.${deadPid()}.0badc0de.tmp`
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    cleanups.push(() => running.kill('SIGKILL'))
    const alive = `.chain.yaml.${running.pid}.0badc0de.tmp`
    writeFileSync(join(dir, dead), 'torn')
    writeFileSync(join(dir, alive), 'half')
    replaceFile(readSnapshot(file), 'new\n')
    expect(othersIn(dir, ['chain.yaml']).sort()).toEqual([alive])
  })

  it('a writer killed at any moment leaves the old file or the new one, never a torn one', async () => {
    const dir = scratch()
    const file = join(dir, 'chain.yaml')
    const a = Buffer.alloc(4 * 1024 * 1024, 'a: 1\n')
    const b = Buffer.alloc(4 * 1024 * 1024 + 7, 'b: 22\n')
    writeFileSync(join(dir, 'A'), a)
    writeFileSync(join(dir, 'B'), b)
    writeFileSync(file, a)
    let tornTemps = 0
    for (let round = 0; round < 8; round++) {
      const writer = child('writer-loop.mjs', [file, join(dir, 'A'), join(dir, 'B')])
      expect(await writer.line).toBe('ready')
      await sleep(5 + ((round * 37) % 60))
      writer.proc.kill('SIGKILL')
      await writer.exit
      const now = readFileSync(file)
      expect(now.equals(a) || now.equals(b), `round ${round}: ${now.length} bytes`).toBe(true)
      if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) tornTemps++
    }
    // Most kills land while a temporary file is being written (the proof that the test
    // kills mid-write, not between writes).
    expect(tornTemps).toBeGreaterThan(0)
    // What the killed writers left is cleared by the next write.
    replaceFile(readSnapshot(file), 'c: 3\n')
    expect(othersIn(dir, ['chain.yaml', 'A', 'B', '.chain.yaml.lock'])).toEqual([])
  }, 60_000)
})

describe('lockFile: one writer at a time', () => {
  it('a second writer waits, then refuses, naming the holder', () => {
    const file = join(scratch(), 'chain.yaml')
    const lock = lockFile(file)
    expect(existsSync(lockFileOf(file))).toBe(true)
    const started = Date.now()
    expect(() => lockFile(file, { waitMs: 150 })).toThrow(LockedError)
    expect(Date.now() - started).toBeGreaterThanOrEqual(150)
    try {
      lockFile(file, { waitMs: 0 })
    } catch (error) {
      expect((error as LockedError).holder?.pid).toBe(process.pid)
      expect((error as Error).message).toContain(`process ${process.pid}`)
    }
    lock.release()
    expect(existsSync(lockFileOf(file))).toBe(false)
    lockFile(file, { waitMs: 0 }).release()
  })

  it('waits for a writer that finishes', async () => {
    const file = join(scratch(), 'chain.yaml')
    const holder = child('hold-lock.mjs', [file, '400'])
    expect(await holder.line).toBe('locked')
    // The wait blocks this thread (as a command does); the holder runs in its own process.
    const lock = lockFile(file, { waitMs: 20_000 })
    expect(await holder.exit).toBe(0)
    lock.release()
  })

  it('takes over the lock of a writer that died holding it', async () => {
    const file = join(scratch(), 'chain.yaml')
    const holder = child('hold-lock.mjs', [file, '10', 'die'])
    expect(await holder.line).toBe('locked')
    await holder.exit
    expect(existsSync(lockFileOf(file))).toBe(true)
    lockFile(file, { waitMs: 0 }).release()
  })

  it('stale locks: a dead process here, a very old lock from elsewhere, an old empty lock', () => {
    const file = join(scratch(), 'chain.yaml')
    const write = (holder: object | string) => writeFileSync(lockFileOf(file), typeof holder === 'string' ? holder : JSON.stringify(holder))
    write({ pid: deadPid(), host: hostname(), time: Date.now() })
    lockFile(file, { waitMs: 0 }).release()
    write({ pid: 1, host: 'another-machine', time: Date.now() - 11 * 60 * 1000 })
    lockFile(file, { waitMs: 0 }).release()
    write('')
    const past = new Date(Date.now() - 60_000)
    utimesSync(lockFileOf(file), past, past)
    lockFile(file, { waitMs: 0 }).release()
    // Not stale: a fresh lock from another machine, a lock being written just now.
    write({ pid: 1, host: 'another-machine', time: Date.now() })
    expect(() => lockFile(file, { waitMs: 50 })).toThrow(LockedError)
    write('')
    expect(() => lockFile(file, { waitMs: 50 })).toThrow(LockedError)
  })

  it('lockFiles takes all or none', () => {
    const dir = scratch()
    const [a, b] = [join(dir, 'a.yaml'), join(dir, 'b.yaml')]
    const held = lockFile(b)
    expect(() => lockFiles([b, a], { waitMs: 50 })).toThrow(LockedError)
    expect(existsSync(lockFileOf(a))).toBe(false)
    held.release()
    const both = lockFiles([b, a, b])
    expect(both.map((l) => l.path)).toEqual([a, b])
    for (const l of both) l.release()
  })

  it('two writers at once never lose an update', async () => {
    const dir = scratch()
    const file = join(dir, 'counter')
    writeFileSync(file, '0')
    const runs = [child('counter.mjs', [file, '40']), child('counter.mjs', [file, '40'])]
    expect(await Promise.all(runs.map((r) => r.exit))).toEqual([0, 0])
    expect(readFileSync(file, 'utf8')).toBe('80')
    expect(othersIn(dir, ['counter'])).toEqual([])
  }, 60_000)
})
