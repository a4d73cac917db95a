// The views through the real CLI, for what only a process shows (contract §10, §5): exit
// codes, messages on stderr for unknown ids with the closest ones, -o files, broken data.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLE, FIXTURES, runCli, scratchDir } from '../helpers/run-cli.js'

const W = ['-w', EXAMPLE, '--as-of', '2026-11-27']

describe('views on the command line', () => {
  it.each([
    [['task', 'tg-dishang-overseas-markt'], 'chainchief: no task "tg-dishang-overseas-markt"; closest: tg-dishang-overseas-market'],
    [['problems', '--chain', 'textile-garments'], 'chainchief: --chain: no chain "textile-garments"; closest: textile-garment'],
    [['problems', '--task', 'tg-iiot'], 'chainchief: --task: no task "tg-iiot"; closest:'],
    [['meetings', '--chain', 'pharma', '--lang', 'zh'], 'chainchief: --chain：没有产业链“pharma”；最接近的是：'],
    [['progress', '--since', '2022-12-07-textile'], 'chainchief: --since: no meeting "2022-12-07-textile"; closest: 2022-12-07-textile-garment'],
    [['roster', '--format', 'xlsx'], 'chainchief: --format xlsx writes a workbook: give the file with -o <file.xlsx>'],
  ])('%j: exit 2, %s', (args, message) => {
    const r = runCli([...args, ...W])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.startsWith(message)).toBe(true)
  })

  it('writes -o files byte for byte as stdout, and refuses broken data with exit 1', () => {
    const { dir, cleanup } = scratchDir()
    try {
      const out = join(dir, 'problems.csv')
      expect(runCli(['problems', ...W, '--format', 'csv', '-o', out]).code).toBe(0)
      expect(readFileSync(out, 'utf8')).toBe(runCli(['problems', ...W, '--format', 'csv']).stdout)
      expect(readFileSync(out, 'utf8').startsWith('\uFEFFChain,ID,Problem,Task,Owner,Raised,Status,Days\r\n')).toBe(true)
    } finally {
      cleanup()
    }
    const broken = runCli(['roster', '-w', join(FIXTURES, 'errors/unknown-ref')])
    expect(broken.code).toBe(1)
    expect(broken.stdout).toBe('')
    expect(broken.stderr).toContain('unknown-ref')
  })

  it('progress --since takes a meeting id for its date', () => {
    const r = runCli(['progress', ...W, '--since', '2022-12-07-textile-garment', '--chain', 'textile-garment', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ asOf: '2026-11-27', since: '2022-12-07' })
  })
})
