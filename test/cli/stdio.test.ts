// The report written to stdout's descriptor directly (src/cli/stdio.ts, issue #15 cold start)
// must be what process.stdout would have written, wherever stdout goes: a file, a socket (how
// spawn gives a pipe), a shell pipe, a pipe left non-blocking by the process that opened it
// (what would block goes to the stream), and a clean run must build no stream at all.
// The closed pipe and the full disk are in check.test.ts, progress/cli.test.ts and
// hostile-output.test.ts. Needs `npm run build`.
import { spawnSync } from 'node:child_process'
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BIN, EXAMPLE, FIXTURES, runCli, scratchCopy } from '../helpers/run-cli.js'

const cleanups: Array<() => void> = []
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!()
})

function env(): NodeJS.ProcessEnv {
  const e = { ...process.env }
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS', 'GITHUB_WORKSPACE', 'COLUMNS', 'CI', 'NODE_EXTRA_CA_CERTS', 'LC_ALL', 'LC_MESSAGES', 'LANG', 'NODE_OPTIONS']) delete e[key]
  return e
}

/** A workspace whose check report (≈ 250 KB) outgrows any pipe's buffer, Chinese included. */
function bigReport(): string {
  const { dir, cleanup } = scratchCopy(join(FIXTURES, 'minimal'))
  cleanups.push(cleanup)
  const lines = Array.from({ length: 2500 }, (_, i) => `未知_${i}: ${i}`).join('\n')
  writeFileSync(join(dir, 'people.yaml'), `people: []\n${lines}\n`)
  return dir
}

/** The bytes a run writes to a regular file given as its stdout, and its exit code. */
function toFile(args: string[]): { bytes: Buffer; code: number | null } {
  const { dir, cleanup } = scratchCopy(join(FIXTURES, 'minimal'))
  cleanups.push(cleanup)
  const file = join(dir, 'stdout.txt')
  const fd = openSync(file, 'w')
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', fd, 'ignore'], env: env() })
    return { bytes: readFileSync(file), code: r.status }
  } finally {
    closeSync(fd)
  }
}

const AS_OF = ['--as-of', '2024-06-30']
const RUNS: string[][] = [
  ['check', '-w', EXAMPLE, ...AS_OF],
  ['check', '-w', EXAMPLE, '--format', 'json', ...AS_OF],
  ['progress', '-w', EXAMPLE, '--tasks', '--lang', 'zh', ...AS_OF],
  ['brief', '-w', EXAMPLE, '2022-12-07-textile-garment'],
  ['brief', '-w', EXAMPLE],
  ['problems', '-w', EXAMPLE, ...AS_OF],
]

describe('stdout written directly', () => {
  it.each(RUNS.map((args) => [args.join(' ').replace(EXAMPLE, '<example>'), args]))('%s: the same bytes to a file and to a socket', (_name, args) => {
    const file = toFile(args)
    const socket = spawnSync(process.execPath, [BIN, ...args], { env: env(), maxBuffer: 1 << 26 })
    expect(socket.stdout.equals(file.bytes)).toBe(true)
    expect(socket.status).toBe(file.code)
  })

  it('a report larger than a pipe holds: whole through a shell pipe', () => {
    const dir = bigReport()
    const args = ['check', '-w', dir, ...AS_OF]
    const file = toFile(args)
    expect(file.bytes.length).toBeGreaterThan(128 * 1024)
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ')
    const shell = spawnSync('bash', ['-c', `${quoted} | (sleep 0.3; cat)`], { env: env(), maxBuffer: 1 << 26 })
    expect(shell.stdout.equals(file.bytes)).toBe(true)
  })

  // A pipe whose writer end a parent set non-blocking (Python here; Node's own pipes are
  // blocking): the writes that would block must wait in the stream, not fail.
  const python = spawnSync('python3', ['-c', 'pass']).status === 0
  it.skipIf(!python)('a report larger than a pipe holds: whole through a pipe left non-blocking', () => {
    const dir = bigReport()
    const args = ['check', '-w', dir, ...AS_OF]
    const file = toFile(args)
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ')
    const setNonBlocking = 'import os, sys; os.set_blocking(1, False); os.execv(sys.argv[1], sys.argv[1:])'
    const nonBlocking = spawnSync('bash', ['-c', `python3 -c '${setNonBlocking}' ${quoted} | (sleep 0.3; cat)`], { env: env(), maxBuffer: 1 << 26 })
    expect(nonBlocking.stdout.equals(file.bytes)).toBe(true)
  })

  it('a clean run to a pipe loads neither streams nor net', () => {
    const { dir, cleanup } = scratchCopy(join(FIXTURES, 'minimal'))
    cleanups.push(cleanup)
    const list = join(dir, 'modules.txt')
    const hook = `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')))`
    const hookFile = join(dir, 'hook.cjs')
    writeFileSync(hookFile, hook)
    const r = spawnSync(process.execPath, ['--require', hookFile, BIN, 'check', '-w', EXAMPLE, ...AS_OF], { env: env(), encoding: 'utf8' })
    expect(r.stdout).toBe(runCli(['check', '-w', EXAMPLE, ...AS_OF]).stdout)
    const loaded = readFileSync(list, 'utf8').split('\n')
    expect(loaded.filter((m) => /^NativeModule (?:net|stream|v8)$/.test(m))).toEqual([])
  })
})
