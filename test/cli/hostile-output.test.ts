// What only a process shows (contract §8): a full disk behind stdout is one line and exit 2
// for every command; `-o` never overwrites a file the workspace reads, writes atomically and
// keeps the mode of the file it replaces; windows of a billion days are not an internal error.
import { spawnSync } from 'node:child_process'
import { chmodSync, closeSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readByWorkspace } from '../../src/cli/output.js'
import { BIN, FIXTURES, runCli, scratchCopy } from '../helpers/run-cli.js'

let cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups) c()
  cleanups = []
})

function minimal(): string {
  const { dir, cleanup } = scratchCopy(join(FIXTURES, 'minimal'))
  cleanups.push(cleanup)
  return dir
}

const MEETING = '2023-03-15-textile-garment'

/** Runs the CLI with stdout on /dev/full (a disk with no space left). */
function toFullDisk(args: string[]): { code: number | null; stderr: string } {
  const full = openSync('/dev/full', 'w')
  try {
    const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' }
    for (const key of ['FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS', 'NODE_EXTRA_CA_CERTS']) delete env[key]
    const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env })
    return { code: r.status, stderr: r.stderr }
  } finally {
    closeSync(full)
  }
}

describe('stdout on a full disk: one line, exit 2', () => {
  const dir = join(FIXTURES, 'minimal')
  for (const args of [
    ['check', '-w', dir, '--as-of', '2024-01-01'],
    ['check', '-w', dir, '--format', 'json'],
    ['progress', '-w', dir, '--as-of', '2024-01-01'],
    ['progress', '-w', dir, '--format', 'csv'],
    ['brief', MEETING, '-w', dir],
    ['schema', 'chain'],
    ['--help'],
  ]) {
    it(args.join(' ').replace(dir, '<ws>'), () => {
      const r = toFullDisk(args)
      expect(r.stderr).toBe('chainchief: cannot write the output: ENOSPC\n')
      expect(r.code).toBe(2)
    })
  }
})

describe('-o and the files of the workspace', () => {
  for (const [name, args, target] of [
    ['progress over a chain file', ['progress'], 'chains/textile-garment.yaml'],
    ['brief over the manifest', ['brief', MEETING], 'chainchief.yaml'],
    ['check over a meeting', ['check', '--as-of', '2024-01-01'], `meetings/${MEETING}.yaml`],
    ['progress over organizations.yaml', ['progress', '--format', 'csv'], 'organizations.yaml'],
  ] as const) {
    it(`refuses ${name}: exit 2, one line, the file untouched`, () => {
      const dir = minimal()
      const before = readFileSync(join(dir, target))
      const r = runCli([...args, '-w', dir, '-o', join(dir, target)], { env: { LANG: 'C' } })
      expect(r.code).toBe(2)
      expect(r.stderr).toBe(`chainchief: -o ${join(dir, target)}: the workspace reads this file; refusing to overwrite it (write the output elsewhere)\n`)
      expect(r.stdout).toBe('')
      expect(readFileSync(join(dir, target)).equals(before)).toBe(true)
    })
  }

  it('refuses a path the workspace would read once written, and a link to one of its files', () => {
    const dir = minimal()
    symlinkSync(join(dir, 'people.yaml'), join(dir, 'people-link.txt'))
    expect(readByWorkspace(join(dir, 'chains', 'new-chain.yml'), { root: dir, files: [] })).toBe(true)
    expect(readByWorkspace(join(dir, 'people-link.txt'), { root: dir, files: [{ path: 'people.yaml' }] })).toBe(true)
    expect(readByWorkspace(join(dir, 'progress.csv'), { root: dir, files: [{ path: 'people.yaml' }] })).toBe(false)
    expect(readByWorkspace(join(dir, 'chains', 'notes.txt'), { root: dir, files: [] })).toBe(false)
    const r = runCli(['progress', '-w', dir, '-o', join(dir, 'people-link.txt')])
    expect(r.code).toBe(2)
    expect(readFileSync(join(dir, 'people.yaml'), 'utf8')).toMatch(/^people:/)
  })

  it('writes any other file atomically: the bytes, the old mode kept, no temporary file left', () => {
    const dir = minimal()
    const out = join(dir, 'progress.csv')
    writeFileSync(out, 'old')
    chmodSync(out, 0o640)
    const r = runCli(['progress', '-w', dir, '--as-of', '2024-01-01', '--format', 'csv', '--no-bom', '-o', out])
    expect(r.code).toBe(0)
    const stdout = runCli(['progress', '-w', dir, '--as-of', '2024-01-01', '--format', 'csv', '--no-bom'])
    expect(readFileSync(out, 'utf8')).toBe(stdout.stdout)
    expect(statSync(out).mode & 0o777).toBe(0o640)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('a folder that does not exist: one line, exit 2', () => {
    const dir = minimal()
    const r = runCli(['progress', '-w', dir, '-o', join(dir, 'no-such-folder', 'out.txt')], { env: { LANG: 'C' } })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`chainchief: cannot write ${join(dir, 'no-such-folder', 'out.txt')}: ENOENT\n`)
  })
})

describe('windows of any size (contract §3)', () => {
  it('progress --window 100000000 and brief --window 999999999 report, not "Invalid time value"', () => {
    const dir = join(FIXTURES, 'minimal')
    const progress = runCli(['progress', '-w', dir, '--as-of', '2023-04-01', '--tasks', '--format', 'json', '--window', '100000000'])
    expect(progress.stderr).toBe('')
    expect(progress.code).toBe(0)
    const tasks = (JSON.parse(progress.stdout) as { tasks: Array<{ id: string; dueSoon: boolean; overdue: boolean; status: string }> }).tasks
    expect(tasks.filter((t) => t.dueSoon).map((t) => t.id)).toEqual(tasks.filter((t) => !t.overdue && t.status !== 'done' && t.status !== 'cancelled').map((t) => t.id))
    expect(tasks.some((t) => t.dueSoon)).toBe(true)
    const brief = runCli(['brief', MEETING, '-w', dir, '--window', '999999999'])
    expect(brief.stderr).toBe('')
    expect(brief.code).toBe(0)
  })
})

describe('under GitHub Actions, text for the log is framed by stop-commands (contract §8)', () => {
  const dir = join(FIXTURES, 'minimal')
  const github = { GITHUB_ACTIONS: 'true' }

  it('progress and pretty check: a fresh unpredictable token each run, our annotations outside', () => {
    const runs = [1, 2].map(() => runCli(['progress', '-w', dir, '--as-of', '2024-01-01'], { env: github }))
    const tokens = runs.map((r) => {
      expect(r.code).toBe(0)
      const lines = r.stdout.trimEnd().split('\n')
      const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(lines[0]!)?.[1]
      expect(token, lines[0]).toBeDefined()
      expect(lines.at(-1)).toBe(`::${token}::`)
      return token
    })
    expect(tokens[0]).not.toBe(tokens[1])
    const bare = runCli(['progress', '-w', dir, '--as-of', '2024-01-01'])
    expect(runs[0]!.stdout.split('\n').slice(1, -2).join('\n') + '\n').toBe(bare.stdout)
    const pretty = runCli(['check', '-w', dir, '--as-of', '2024-01-01', '--format', 'pretty'], { env: github })
    expect(pretty.stdout).toMatch(/^::stop-commands::[0-9a-f-]{36}\n[^]*\n::[0-9a-f-]{36}::\n$/)
  })

  it('annotations, JSON, SARIF and GitLab reports stay bare, and so do -o files and stdout redirected to a file', () => {
    expect(runCli(['check', '-w', dir, '--as-of', '2024-01-01'], { env: github }).stdout).not.toContain('stop-commands')
    for (const format of ['json', 'sarif', 'gitlab']) {
      const r = runCli(['check', '-w', dir, '--as-of', '2024-01-01', '--format', format], { env: github })
      expect(() => JSON.parse(r.stdout), format).not.toThrow()
    }
    expect(() => JSON.parse(runCli(['progress', '-w', dir, '--format', 'json'], { env: github }).stdout)).not.toThrow()
    const out = minimal()
    const file = join(out, 'progress.md')
    const fd = openSync(file, 'w')
    try {
      spawnSync(process.execPath, [BIN, 'progress', '-w', dir, '--as-of', '2024-01-01', '--format', 'markdown'], { stdio: ['ignore', fd, 'pipe'], env: { ...process.env, ...github } })
    } finally {
      closeSync(fd)
    }
    expect(readFileSync(file, 'utf8')).toBe(runCli(['progress', '-w', dir, '--as-of', '2024-01-01', '--format', 'markdown']).stdout)
    const o = join(out, 'minutes.md')
    expect(runCli(['brief', MEETING, '-w', dir, '-o', o], { env: github }).code).toBe(0)
    expect(readFileSync(o, 'utf8')).toBe(runCli(['brief', MEETING, '-w', dir]).stdout)
  })
})
