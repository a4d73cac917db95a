// Output options are decided once (src/cli/output.ts) for every command: where output goes,
// colour, width, GitHub annotations. The function on its own, then the three cases that
// three rules used to get wrong, through the real CLI.
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decideOutput, githubPrefix } from '../../src/cli/output.js'
import { progressRun } from '../helpers/in-process.js'
import { EXAMPLE, FIXTURES, runCli, scratchDir } from '../helpers/run-cli.js'

const tty = { isTTY: true, columns: 60 }
const pipe = { isTTY: false }

describe('decideOutput', () => {
  it('fits a terminal, COLUMNS first; keeps natural width for a pipe and for -o FILE', () => {
    expect(decideOutput({}, {}, tty, tty).width).toBe(60)
    expect(decideOutput({}, { COLUMNS: '100' }, tty, tty).width).toBe(100)
    expect(decideOutput({}, {}, pipe, pipe).width).toBe(Number.POSITIVE_INFINITY)
    expect(decideOutput({ output: 'out.txt' }, { COLUMNS: '60' }, tty, tty).width).toBe(Number.POSITIVE_INFINITY)
    expect(decideOutput({ output: '-' }, {}, tty, tty).width).toBe(60)
  })

  it('colours a terminal only; -o - is stdout, -o FILE never; NO_COLOR, --no-color and FORCE_COLOR', () => {
    expect(decideOutput({}, {}, tty, pipe)).toMatchObject({ color: true, stderrColor: false, file: undefined })
    expect(decideOutput({ output: '-' }, {}, tty, tty)).toMatchObject({ color: true, file: undefined })
    expect(decideOutput({ output: 'out.txt' }, { FORCE_COLOR: '1' }, tty, tty)).toMatchObject({ color: false, stderrColor: true, file: 'out.txt' })
    expect(decideOutput({}, { NO_COLOR: '1', FORCE_COLOR: '1' }, tty, tty).color).toBe(false)
    expect(decideOutput({ color: false }, { FORCE_COLOR: '1' }, tty, tty).color).toBe(false)
    expect(decideOutput({}, { FORCE_COLOR: '1' }, pipe, pipe)).toMatchObject({ color: true, stderrColor: true })
    expect(decideOutput({}, { FORCE_COLOR: '0' }, tty, tty).color).toBe(false)
  })

  it('annotations under GITHUB_ACTIONS=true, with the workspace folder relative to the repository', () => {
    expect(decideOutput({}, { GITHUB_ACTIONS: 'true' }, pipe, pipe).github).toBe(true)
    expect(decideOutput({}, {}, pipe, pipe).github).toBe(false)
    expect(githubPrefix('/repo/data/sub', { GITHUB_WORKSPACE: '/repo' }, '/elsewhere')).toBe('data/sub/')
    expect(githubPrefix('/repo', { GITHUB_WORKSPACE: '/repo' }, '/elsewhere')).toBe('')
    expect(githubPrefix('/outside', { GITHUB_WORKSPACE: '/repo' }, '/repo')).toBe('')
    expect(githubPrefix('/repo/sub', {}, '/repo')).toBe('sub/')
  })
})

describe('the same rules in every command', () => {
  it('progress -o FILE keeps the natural width, whatever the terminal is (COLUMNS=60)', () => {
    const { dir, cleanup } = scratchDir()
    try {
      const file = join(dir, 'progress.txt')
      // the natural width: what a pipe gets (test/progress/cli.test.ts), as a function here
      const wide = progressRun(EXAMPLE, { asOf: '2023-06-30' }).stdout
      const run = runCli(['progress', '-w', EXAMPLE, '--as-of', '2023-06-30', '-o', file], { env: { COLUMNS: '60' } })
      expect(run.code).toBe(0)
      expect(readFileSync(file, 'utf8')).toBe(wide)
      expect(wide.split('\n').some((line) => line.length > 60)).toBe(true)
    } finally {
      cleanup()
    }
  })

  it('progress and brief refusing broken data annotate repository paths under GitHub Actions, as check does', () => {
    const { dir: repo, cleanup } = scratchDir()
    try {
      // the workspace in a sub-folder of the repository
      cpSync(join(FIXTURES, 'errors/unknown-ref'), join(repo, 'sub'), { recursive: true })
      const env = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo }
      const check = runCli(['check', '-w', 'sub'], { cwd: repo, env })
      const progress = runCli(['progress', '-w', 'sub'], { cwd: repo, env })
      const annotations = (text: string) => text.split('\n').filter((l) => l.startsWith('::error '))
      expect(annotations(check.stdout).length).toBeGreaterThan(0)
      for (const line of annotations(check.stdout)) expect(line).toMatch(/^::error file=sub\//)
      expect(progress.code).toBe(1)
      expect(annotations(progress.stderr)).toEqual(annotations(check.stdout))
      const brief = runCli(['brief', '2023-03-15-textile-garment', '-w', 'sub'], { cwd: repo, env })
      expect(brief.code).toBe(1)
      expect(annotations(brief.stderr)).toEqual(annotations(check.stdout))
    } finally {
      cleanup()
    }
  })

  it('check -o - is stdout, coloured like progress -o - when colour is forced', () => {
    const ws = join(FIXTURES, 'errors/unknown-ref')
    const check = runCli(['check', '-w', ws, '-o', '-'], { env: { FORCE_COLOR: '1' } })
    const progress = runCli(['progress', '-w', EXAMPLE, '-o', '-'], { env: { FORCE_COLOR: '1' } })
    expect(check.stdout).toContain('\u001b[')
    expect(progress.stdout).toContain('\u001b[')
    expect(runCli(['check', '-w', ws], { env: { FORCE_COLOR: '1' } }).stdout).toBe(check.stdout)
  })
})
