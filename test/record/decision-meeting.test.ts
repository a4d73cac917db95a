// `chainchief decision done` and `meeting new` through the real CLI on a copy of
// examples/shandong (SPEC §9): the done date in the meeting file, a new meeting file that
// passes check as written and is never overwritten.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { expectCheckPasses, MEETING, replaceOnce, scratchExample, type Scratch } from './helpers.js'

let scratch: Scratch
afterEach(() => scratch?.cleanup())
const fresh = () => (scratch = scratchExample())

/** The example meeting with ids on its second and third decisions (the example has none). */
function withDecisionIds(): string {
  const path = join(scratch.dir, MEETING)
  let text = readFileSync(path, 'utf8')
  text = replaceOnce(text, '  - text:\n      zh: 链主企业加快', '  - id: tg-2022-12-07-d2\n    text:\n      zh: 链主企业加快')
  text = replaceOnce(text, '  - text:\n      zh: 推动合作平台', '  - id: tg-2022-12-07-d3\n    text:\n      zh: 推动合作平台')
  writeFileSync(path, text)
  return text
}

describe('decision done', () => {
  it('adds the done date at the end of the decision', () => {
    fresh()
    const before = withDecisionIds()
    const result = scratch.run(['decision', 'done', 'tg-2022-12-07-d2', '--date', '2023-03-28'])
    expect(result.stderr).toBe('wrote meetings/2022-12-07-textile-garment.yaml\n')
    expect(result.stdout).toBe('meetings/2022-12-07-textile-garment.yaml: decision tg-2022-12-07-d2 done on 2023-03-28\n')
    expect(result.code).toBe(0)
    expect(scratch.read(MEETING)).toBe(
      replaceOnce(before, '    owner: textile-garment-secretariat\n    due: 2023-03-31\n', '    owner: textile-garment-secretariat\n    due: 2023-03-31\n    done: 2023-03-28\n'),
    )
    expectCheckPasses(scratch)
    const again = scratch.run(['decision', 'done', 'tg-2022-12-07-d2', '--date', '2023-04-01', '--lang', 'zh'])
    expect(again.stdout).toBe('meetings/2022-12-07-textile-garment.yaml：议定事项 tg-2022-12-07-d2 已于 2023-03-28 落实，无需写入\n')
    expect(again.code).toBe(0)
  })

  it('an unknown decision: exit 2 with the closest ids; with no ids at all, how to give one', () => {
    fresh()
    const none = scratch.run(['decision', 'done', 'd1'])
    expect(none.stderr).toBe('chainchief: no decision "d1" (a decision needs an id in its meeting file: `id: <id>`)\n')
    expect(none.code).toBe(2)
    withDecisionIds()
    const near = scratch.run(['decision', 'done', 'tg-2022-12-07-d4'])
    expect(near.stderr).toBe('chainchief: no decision "tg-2022-12-07-d4"; closest: tg-2022-12-07-d2, tg-2022-12-07-d3\n')
    expect(near.code).toBe(2)
  })
})

describe('meeting new', () => {
  const FILE = 'meetings/2026-12-15-textile-garment.yaml'

  it('writes the meeting filled in from the chain, which passes check as written', async () => {
    fresh()
    const result = scratch.run(['meeting', 'new', 'textile-garment', '--date', '2026-12-15'])
    expect(result.stderr).toBe(`wrote ${FILE}\n`)
    expect(result.stdout).toBe(
      `${FILE}: meeting written with 8 attendees and 2 open problems; fill in the reports, points and decisions after the meeting\n`,
    )
    expect(result.code).toBe(0)
    await expect(scratch.read(FILE)).toMatchFileSnapshot('__snapshots__/meeting-new.en.yaml')
    expectCheckPasses(scratch)
    // Never overwrites: exit 2, the file as it was.
    writeFileSync(join(scratch.dir, FILE), '# mine\n' + scratch.read(FILE))
    const again = scratch.run(['meeting', 'new', 'textile-garment', '--date', '2026-12-15'])
    expect(again.stderr).toBe(`chainchief: ${FILE} exists already; nothing was written (choose another --id)\n`)
    expect(again.code).toBe(2)
    expect(scratch.read(FILE).startsWith('# mine\n')).toBe(true)
  })

  it('several chains, another id, comments in Chinese; the problems open on that date', async () => {
    fresh()
    const result = scratch.run(['meeting', 'new', 'textile-garment', 'pharmaceuticals', '--date', '2023-01-10', '--id', '2023-01-10-joint', '--lang', 'zh'])
    expect(result.stdout).toBe(
      'meetings/2023-01-10-joint.yaml：已新建会议，出席 9 个单位和人员，未解决问题 3 个；请在会后填写汇报、会议要点和议定事项\n',
    )
    await expect(scratch.read('meetings/2023-01-10-joint.yaml')).toMatchFileSnapshot('__snapshots__/meeting-new.zh.yaml')
    expectCheckPasses(scratch)
  })

  it('--dry-run: the new file against /dev/null', () => {
    fresh()
    const result = scratch.run(['meeting', 'new', 'pharmaceuticals', '--date', '2026-12-15', '--dry-run'])
    const lines = result.stdout.split('\n')
    expect(lines.slice(0, 5)).toEqual([
      '--- /dev/null',
      '+++ b/meetings/2026-12-15-pharmaceuticals.yaml',
      '@@ -0,0 +1,33 @@',
      '+# yaml-language-server: $schema=../../../schemas/meeting.schema.json',
      '+id: 2026-12-15-pharmaceuticals',
    ])
    expect(lines.slice(-2)).toEqual(['(dry run: 1 file would change; nothing was written)', ''])
    expect(result.code).toBe(0)
    expect(() => readFileSync(join(scratch.dir, 'meetings/2026-12-15-pharmaceuticals.yaml'))).toThrow()
  })

  it.each<[string, string[], string]>([
    ['an unknown chain', ['meeting', 'new', 'textile-garmet', '--date', '2026-12-15'], 'chainchief: no chain "textile-garmet"; closest: textile-garment\n'],
    ['an id that would not be a file name', ['meeting', 'new', 'textile-garment', '--date', '2026-12-15', '--id', '../x'], 'chainchief: "../x" is not an id: lowercase letters a-z, digits and -, starting with a letter or digit, at most 64 characters\n'],
    ['no date', ['meeting', 'new', 'textile-garment'], "error: required option '--date <date>' not specified\n(run with --help for usage)\n"],
    ['an existing meeting', ['meeting', 'new', 'textile-garment', '--date', '2022-12-07'], 'chainchief: meetings/2022-12-07-textile-garment.yaml exists already; nothing was written (choose another --id)\n'],
  ])('%s: exit 2, nothing written', (_name, args, stderr) => {
    fresh()
    const result = scratch.run(args)
    expect(result.stderr).toBe(stderr)
    expect(result.code).toBe(2)
    expect(scratch.read(MEETING)).toBe(scratch.original(MEETING))
  })
})
