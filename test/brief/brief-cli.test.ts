// `chainchief brief` end to end (contract §6, §4 exit codes), for what only the process shows:
// determinism whatever TZ and LANG say, -o, the flags reaching the brief (output equal to the
// functions' of brief-output.test.ts), an unknown meeting (exit 2), bad flags (exit 2), data
// with errors (exit 1), the data checked as of today.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { briefRun } from '../helpers/in-process.js'
import { EXAMPLE, FIXTURES, runCli, scratchCopy, scratchDir } from '../helpers/run-cli.js'

const MEETING = '2022-12-07-textile-garment'
const HOSTILE = join(FIXTURES, 'brief')
const scratch = scratchDir()
afterAll(() => scratch.cleanup())

describe('chainchief brief', () => {
  it('is deterministic: same data, same bytes, on stdout and with -o', () => {
    const a = runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', 'zh'])
    const b = runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', 'zh'], { env: { TZ: 'America/Los_Angeles', LANG: 'C' } })
    const file = join(scratch.dir, 'brief.md')
    const c = runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', 'zh', '-o', file])
    expect(a.code).toBe(0)
    expect(b.stdout).toBe(a.stdout)
    expect(c.stdout).toBe('')
    expect(c.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(a.stdout)
    expect(a.stdout).toBe(briefRun(EXAMPLE, MEETING, { lang: 'zh' }))
  })

  it('docx: to -o only (exit 2 on stdout); the same bytes on every run', () => {
    const stdout = runCli(['brief', MEETING, '-w', EXAMPLE, '--format', 'docx'])
    expect(stdout.code).toBe(2)
    expect(stdout.stdout).toBe('')
    expect(stdout.stderr).toBe('chainchief: --format docx writes a Word document, which is binary: give a file with -o <file.docx>\n')
    const [a, b] = ['a.docx', 'b.docx'].map((name) => {
      const file = join(scratch.dir, name)
      expect(runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', 'zh', '--format', 'docx', '-o', file]).code).toBe(0)
      return readFileSync(file)
    })
    expect(a!.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'))
    expect(b!.equals(a!)).toBe(true)
  })

  it('an unknown meeting id: exit 2, naming the closest ids', () => {
    const run = runCli(['brief', '2024-04-01-alhpa', '-w', HOSTILE])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('chainchief: no meeting "2024-04-01-alhpa"; closest: 2024-04-01-alpha, 2024-02-01-alpha, 2024-06-01-alpha\n')
  })

  it('a bad flag value: exit 2', () => {
    expect(runCli(['brief', MEETING, '-w', EXAMPLE, '--format', 'pdf']).code).toBe(2)
    expect(runCli(['brief', MEETING, '-w', EXAMPLE, '--window', 'soon']).code).toBe(2)
    // with no meeting id: the list of meetings, exit 0
    expect(runCli(['brief', '-w', EXAMPLE]).stdout).toContain(`  2022-12-07  ${MEETING}  `)
  })

  it('data with errors: the errors on stderr, no brief, exit 1', () => {
    const copy = scratchCopy(HOSTILE)
    try {
      const file = join(copy.dir, 'chains/alpha.yaml')
      writeFileSync(file, readFileSync(file, 'utf8').replace('owner: ent-b', 'owner: ent-c'))
      const run = runCli(['brief', '2024-04-01-alpha', '-w', copy.dir])
      expect(run.code).toBe(1)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain('chains/alpha.yaml:')
      expect(run.stderr).toContain('unknown-ref')
    } finally {
      copy.cleanup()
    }
  })

  it('checks the data as of today, so future-date (an error in this workspace) does not stop a past meeting', () => {
    // Updates after 2024-04-01 exist; `check --as-of 2024-04-01` fails on them.
    expect(runCli(['check', '-w', HOSTILE, '--as-of', '2024-04-01']).code).toBe(1)
    expect(runCli(['brief', '2024-04-01-alpha', '-w', HOSTILE]).code).toBe(0)
  })
})
