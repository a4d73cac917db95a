// `chainchief problem add` and `problem resolve` through the real CLI on a copy of
// examples/shandong (SPEC §9): whole-file results, ids, refusals, both languages.
import { afterEach, describe, expect, it } from 'vitest'
import { todayIn } from '../../src/model/dates.js'
import { expectCheckPasses, replaceOnce, scratchExample, TEXTILE, type Scratch } from './helpers.js'

let scratch: Scratch
afterEach(() => scratch?.cleanup())
const fresh = () => (scratch = scratchExample())

const LAST_PROBLEM = `    task: tg-dyeing-cluster-upgrade
    owner: diitsp
    status: open
`

describe('problem add', () => {
  it('appends an open problem with the first free id, its fields in the contract order', () => {
    fresh()
    const result = scratch.run([
      'problem', 'add', 'textile-garment', '--text', '印染园区: 用能指标紧张', '--task', 'tg-dyeing-cluster-upgrade',
      '--owner', 'diitsp', '--raised-by', 'luthai', '--raised', '2026-11-30',
    ])
    expect(result.stderr).toBe('wrote chains/textile-garment.yaml\n')
    expect(result.stdout).toBe('chains/textile-garment.yaml: problem textile-garment-p1 added (raised 2026-11-30, open)\n')
    expect(result.code).toBe(0)
    const expected = replaceOnce(scratch.original(TEXTILE), LAST_PROBLEM, `${LAST_PROBLEM}  - id: textile-garment-p1
    text: "印染园区: 用能指标紧张"
    raised: 2026-11-30
    raised_by: luthai
    task: tg-dyeing-cluster-upgrade
    owner: diitsp
    status: open
`)
    expect(scratch.read(TEXTILE)).toBe(expected)
    expectCheckPasses(scratch)
    // The next one takes the next number; raised defaults to today in the workspace zone.
    const second = scratch.run(['problem', 'add', 'textile-garment', '--text', 'Second', '--lang', 'zh'])
    expect(second.stdout).toBe(`chains/textile-garment.yaml：已新增问题 textile-garment-p2（${todayIn('Asia/Shanghai')} 提出，未解决）\n`)
    expect(scratch.read(TEXTILE).endsWith(`  - id: textile-garment-p2\n    text: Second\n    raised: ${todayIn('Asia/Shanghai')}\n    status: open\n`)).toBe(true)
  })

  it('a chain without a problem list gets one, at the end of its file', () => {
    fresh()
    const file = 'chains/pharmaceuticals.yaml'
    const result = scratch.run(['problem', 'add', 'pharmaceuticals', '--text', '- 原料药产能不足', '--id', 'ph-api-capacity', '--raised', '2026-11-30'])
    expect(result.code).toBe(0)
    expect(scratch.read(file)).toBe(`${scratch.original(file)}problems:\n  - id: ph-api-capacity\n    text: "- 原料药产能不足"\n    raised: 2026-11-30\n    status: open\n`)
    expectCheckPasses(scratch)
  })

  it('--dry-run shows the lines it would add', () => {
    fresh()
    const result = scratch.run(['problem', 'add', 'pharmaceuticals', '--text', 'API capacity', '--raised', '2026-11-30', '--dry-run'])
    expect(result.stdout).toBe(
      [
        '--- a/chains/pharmaceuticals.yaml',
        '+++ b/chains/pharmaceuticals.yaml',
        '@@ -6,3 +6,8 @@',
        ' # Chain leader enterprise named in public sources (not the full list).',
        ' leader_enterprises:',
        '   - qilu-pharmaceutical',
        '+problems:',
        '+  - id: pharmaceuticals-p1',
        '+    text: API capacity',
        '+    raised: 2026-11-30',
        '+    status: open',
        '(dry run: 1 file would change; nothing was written)',
        '',
      ].join('\n'),
    )
    expect(scratch.read('chains/pharmaceuticals.yaml')).toBe(scratch.original('chains/pharmaceuticals.yaml'))
  })

  it('an id in use, an unknown task: the errors it would add, exit 1, nothing written', () => {
    fresh()
    const taken = scratch.run(['problem', 'add', 'textile-garment', '--text', 'x', '--id', 'tg-problem-data-standards', '--raised', '2026-11-30'])
    expect(taken.code).toBe(1)
    // duplicate-id names each place at the other (SPEC §4): the old record and the new one.
    expect(taken.stderr).toContain('chains/textile-garment.yaml:399:9  error  problem id "tg-problem-data-standards" is also used at chains/textile-garment.yaml:429:9  duplicate-id')
    expect(taken.stderr).toContain('chains/textile-garment.yaml:429:9  error  problem id "tg-problem-data-standards" is also used at chains/textile-garment.yaml:399:9  duplicate-id')
    expect(taken.stderr).toContain('✖ the write would add 2 errors; nothing was written\n')
    const task = scratch.run(['problem', 'add', 'textile-garment', '--text', 'x', '--task', 'tg-iiot', '--raised', '2026-11-30'])
    expect(task.code).toBe(1)
    expect(task.stderr).toContain('unknown-ref')
    expect(task.stderr).toContain('✖ the write would add 1 error; nothing was written\n')
    expect(scratch.read(TEXTILE)).toBe(scratch.original(TEXTILE))
  })

  it('an unknown chain: exit 2 with the closest', () => {
    fresh()
    const result = scratch.run(['problem', 'add', 'textile', '--text', 'x'])
    expect(result.stderr).toBe('chainchief: no chain "textile"; closest: textile-garment\n')
    expect(result.code).toBe(2)
  })
})

describe('problem resolve', () => {
  const OPEN = `    task: tg-iiot-platform
    owner: textile-industrial-internet-alliance
    status: open
`

  it('sets the status and the date after it', () => {
    fresh()
    const result = scratch.run(['problem', 'resolve', 'tg-problem-data-standards', '--date', '2026-11-30'])
    expect(result.stdout).toBe('chains/textile-garment.yaml: problem tg-problem-data-standards resolved on 2026-11-30\n')
    expect(result.code).toBe(0)
    expect(scratch.read(TEXTILE)).toBe(
      replaceOnce(scratch.original(TEXTILE), OPEN, OPEN.replace('status: open\n', 'status: resolved\n    resolved: 2026-11-30\n')),
    )
    expectCheckPasses(scratch)
  })

  it('a problem resolved already is left as it is, exit 0', () => {
    fresh()
    const result = scratch.run(['problem', 'resolve', 'tg-problem-dyeing-cost', '--lang', 'zh'])
    expect(result.stdout).toBe('chains/textile-garment.yaml：问题 tg-problem-dyeing-cost 已于 2023-08-31 解决，无需写入\n')
    expect(result.code).toBe(0)
    expect(scratch.read(TEXTILE)).toBe(scratch.original(TEXTILE))
  })

  it('a date before the problem was raised: the date-order error, exit 1', () => {
    fresh()
    const result = scratch.run(['problem', 'resolve', 'tg-problem-data-standards', '--date', '2020-01-01'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('date-order')
    expect(scratch.read(TEXTILE)).toBe(scratch.original(TEXTILE))
  })

  it('an unknown problem: exit 2 with the closest ids', () => {
    fresh()
    const result = scratch.run(['problem', 'resolve', 'tg-problem-data-standard'])
    expect(result.stderr).toBe('chainchief: no problem "tg-problem-data-standard"; closest: tg-problem-data-standards\n')
    expect(result.code).toBe(2)
  })
})
