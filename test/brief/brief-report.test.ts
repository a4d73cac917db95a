// buildBrief on the brief fixture (contract §3, §6): change since the previous meeting of the
// same chain, the problems chosen as of the meeting's date, deadlines, attendee groups.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkWorkspace } from '../../src/check/run-checks.js'
import { buildBrief, decisionState } from '../../src/report/brief/index.js'
import type { Decision, Model, Task } from '../../src/model/types.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { FIXTURES } from '../helpers/run-cli.js'

const result = checkWorkspace(loadWorkspace(join(FIXTURES, 'brief')), { asOf: '2026-01-01' })
const model = result.model
const second = buildBrief(model, '2024-04-01-alpha', { lang: 'en' })
const taskFigures = (brief: typeof second) => brief.chains[0]!.tasks.map((t) => [t.id, t.status, t.progress, t.change])

describe('buildBrief', () => {
  it('the fixture passes check (warnings only)', () => {
    expect(result.errors).toBe(0)
  })

  it('is as of the meeting date by default', () => {
    expect(second.asOf).toBe('2024-04-01')
    expect(second.date).toBe('2024-04-01')
    expect(second.window).toBe(30)
  })

  it('change since the previous meeting: progress now minus progress at the latest earlier meeting of the chain', () => {
    // The previous meeting of alpha is 2024-02-01, not the beta meeting of 2024-03-01 nor the later 2024-06-01.
    expect(second.chains[0]!.previousMeeting).toEqual({ id: '2024-02-01-alpha', title: 'First | meeting', date: '2024-02-01' })
    expect(taskFigures(second)).toEqual([
      ['a1', 'in-progress', 40, 20], // 20 on 2024-02-01 (update of 01-10) → 40 (update of 03-10)
      ['a2', 'in-progress', 50, 40], // 10 → 50
      ['a3', 'in-progress', 30, 0], // an update on the earlier meeting's very date counts for it
      ['a4', 'cancelled', 10, 0],
      ['a5', 'planned', 0, 0], // no updates: its current values at both dates
      ['a6', 'in-progress', 40, -10], // progress fell
    ])
  })

  it('no earlier meeting of the chain: no change value', () => {
    const first = buildBrief(model, '2024-02-01-alpha', { lang: 'en' })
    expect(first.chains[0]!.previousMeeting).toBeUndefined()
    expect(first.chains[0]!.tasks.map((t) => t.change)).toEqual([null, null, null, null, null, null])
  })

  it('a meeting of two chains compares each chain with its own previous meeting', () => {
    const later = buildBrief(model, '2024-06-01-alpha', { lang: 'en' })
    expect(later.chains.map((c) => [c.id, c.previousMeeting?.id])).toEqual([
      ['alpha', '2024-04-01-alpha'],
      ['beta', '2024-03-01-beta'],
    ])
    // a1: 60 (update of 05-10) minus 40 at 2024-04-01.
    expect(later.chains[0]!.tasks[0]!.change).toBe(20)
  })

  it('summary: counts and weighted progress as of the date, cancelled tasks left out', () => {
    // (40 + 50 + 30 + 0×2 + 40) / 6 = 26.7; a4 (weight 3) is cancelled by then.
    expect(second.chains[0]!.summary).toEqual({ tasks: 6, done: 0, inProgress: 4, planned: 1, blocked: 0, cancelled: 1, overdue: 1, dueSoon: 1, progress: 26.7 })
  })

  it('problems: those the meeting lists, then every other problem of its chains open as of its date', () => {
    // pr4 was raised after the meeting, pb1 belongs to beta;
    // pr3 was resolved only after the meeting, so it was open then.
    expect(second.problems.map((p) => [p.id, p.listed, p.open, p.resolved])).toEqual([
      ['pr1', true, true, undefined], ['pr2', true, false, '2024-03-25'], ['pr3', false, true, undefined], ['pr5', false, true, undefined],
    ])
    const after = buildBrief(model, '2024-04-01-alpha', { lang: 'en', asOf: '2024-05-02' })
    expect(after.problems.filter((p) => !p.listed).map((p) => p.id)).toEqual(['pr4', 'pr5'])
  })

  it('overdue and due soon as of the date, with days', () => {
    expect(second.overdue.map((t) => [t.id, t.days])).toEqual([['a2', 31]])
    expect(second.dueSoon.map((t) => [t.id, t.days])).toEqual([['a3', 14]])
    const narrow = buildBrief(model, '2024-04-01-alpha', { lang: 'en', window: 10 })
    expect(narrow.dueSoon).toEqual([])
  })

  it('attendees grouped by organization type; a person under their organization, else other', () => {
    expect(second.attendance.present.map((g) => [g.type, g.parties.map((p) => p.id)])).toEqual([
      ['government', ['dept', 'p-chair']],
      ['enterprise', ['ent-a', 'ent-b']],
      ['association', ['assoc']],
      ['university', ['uni']],
      ['institute', ['inst']],
      ['other', ['p-loose']],
    ])
  })

  it('names in the chosen language, decisions numbered in order', () => {
    const zh = buildBrief(model, '2024-04-01-alpha', { lang: 'zh' })
    expect(zh.chains[0]!.name).toBe('阿尔法')
    expect(second.chains[0]!.name).toBe('Alpha | chain')
    expect(second.lead.chair).toMatchObject({ name: 'Zhang <script>alert(1)</script>', title: 'Director\nand | Chief', organization: 'Dept|T' })
    expect(second.decisions.map((d) => [d.number, d.owner?.id, d.due, d.task])).toEqual([
      [1, 'ent-a', '2024-05-01', 'Pipe | task\nwith newline'],
      [2, 'p-loose', undefined, undefined],
      [3, undefined, undefined, undefined],
    ])
  })

  it('throws on an unknown meeting id', () => {
    expect(() => buildBrief(model, 'nope', { lang: 'en' })).toThrow(/no meeting "nope"/)
  })
})

describe('follow-up of the previous meeting (contract §3, §6 part 5)', () => {
  it('takes the decisions of the latest earlier meeting of the same chains, each as of this meeting', () => {
    const later = buildBrief(model, '2024-06-01-alpha', { lang: 'en' })
    expect(later.followUp?.meeting.id).toBe('2024-04-01-alpha')
    expect(later.followUp?.decisions.map((d) => [d.owner?.id, d.due, d.state])).toEqual([
      ['ent-a', '2024-05-01', 'overdue'],
      ['p-loose', undefined, 'open'],
      [undefined, undefined, 'open'],
    ])
  })

  it('is left out when no earlier meeting covers the chains', () => {
    expect(buildBrief(model, '2024-02-01-alpha', { lang: 'en' }).followUp).toBeUndefined()
  })

  const task = (status: Task['status'], updates: Task['updates'] = []): Task => ({
    id: 't', chain: 'c', title: 't', category: 'other', owner: 'o', partners: [], due: '2024-12-31', status, progress: status === 'done' ? 100 : 50,
    weight: 1, milestones: [], updates, origin: { file: 'f', path: [] },
  })
  const d = (over: Partial<Decision>): Decision => ({ text: 'x', origin: { file: 'f', path: [] }, ...over })
  const cases: Array<[string, Decision, Task | undefined, string, { state: string; byTask: boolean }]> = [
    ['done by its date', d({ done: '2024-03-01', due: '2024-02-01' }), undefined, '2024-03-01', { state: 'done', byTask: false }],
    ['done after the date: overdue then', d({ done: '2024-03-02', due: '2024-02-01' }), undefined, '2024-03-01', { state: 'overdue', byTask: false }],
    ['done by its task', d({ task: 't', due: '2024-01-01' }), task('done'), '2024-03-01', { state: 'done', byTask: true }],
    ['its task done only later', d({ task: 't', due: '2024-01-01' }), task('done', [{ date: '2024-04-01', progress: 100, origin: { file: 'f', path: [] } }]), '2024-03-01', { state: 'overdue', byTask: false }],
    ['a done date wins over the task', d({ task: 't', done: '2024-05-01' }), task('done'), '2024-03-01', { state: 'open', byTask: false }],
    ['due on the date: open', d({ due: '2024-03-01' }), undefined, '2024-03-01', { state: 'open', byTask: false }],
    ['no due date: open', d({}), undefined, '2099-01-01', { state: 'open', byTask: false }],
  ]
  for (const [name, decision, t, date, expected] of cases) {
    it(`decision state: ${name}`, () => {
      const m = { tasksById: new Map(t ? [['t', t]] : []) } as unknown as Model
      expect(decisionState(m, decision, date)).toEqual(expected)
    })
  }
})
