// Each view of contract §10 (and progress --since, §5) on the bundled example as of
// 2026-11-27, in every text format and both languages, as whole-output snapshot files; JSON
// shapes exactly as the contract gives them; chains in the official order; --since figures.
import { describe, expect, it } from 'vitest'
import { checkWorkspace } from '../../src/check/run-checks.js'
import type { Lang } from '../../src/model/types.js'
import { MEETINGS_RENDERERS } from '../../src/render/meetings/index.js'
import { PROBLEMS_RENDERERS } from '../../src/render/problems/index.js'
import { PROGRESS_RENDERERS } from '../../src/render/progress/index.js'
import { ROSTER_RENDERERS } from '../../src/render/roster/index.js'
import { PLAIN } from '../../src/render/style.js'
import { TASK_RENDERERS } from '../../src/render/task/index.js'
import { buildMeetingsReport } from '../../src/report/meetings.js'
import { buildProblemsReport } from '../../src/report/problems.js'
import { buildProgressReport } from '../../src/report/progress.js'
import { buildRosterReport } from '../../src/report/roster.js'
import { buildTaskCard } from '../../src/report/task.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { displayWidth } from '../../src/render/width.js'
import { EXAMPLE } from '../helpers/run-cli.js'

const AS_OF = '2026-11-27'
const model = checkWorkspace(loadWorkspace(EXAMPLE), { asOf: AS_OF }).model
const options = (lang: Lang) => ({ lang, style: PLAIN, width: 80, ascii: false, bom: true })
const FORMATS = ['table', 'json', 'csv', 'markdown'] as const
const EXT = { table: 'txt', json: 'json', csv: 'csv', markdown: 'md' } as const
const LANGS = ['en', 'zh'] as const
const cases = FORMATS.flatMap((format) => LANGS.map((lang) => [format, lang] as const))

describe('problems', () => {
  it.each(cases)('%s, %s', async (format, lang) => {
    const report = buildProblemsReport(model, { asOf: AS_OF, lang, filter: { status: 'all' } })
    await expect(PROBLEMS_RENDERERS[format](report, options(lang))).toMatchFileSnapshot(`./__snapshots__/problems-all.${lang}.${EXT[format]}`)
  })

  it('JSON: the keys of the contract, status and resolved as of the date, only problems raised by it', () => {
    const json = JSON.parse(PROBLEMS_RENDERERS.json(buildProblemsReport(model, { asOf: '2023-06-30', lang: 'en', filter: { status: 'all' } }), options('en')))
    expect(Object.keys(json)).toEqual(['asOf', 'problems'])
    expect(Object.keys(json.problems[0])).toEqual(['id', 'chain', 'text', 'raised', 'raisedBy', 'raisedByName', 'task', 'owner', 'ownerName', 'status', 'resolved', 'daysOpen'])
    // tg-problem-environmental-approval is raised in 2025: not listed as of 2023-06-30
    expect(json.problems.map((p: { id: string }) => p.id)).toEqual(['tg-problem-dyeing-cost', 'tg-problem-data-standards', 'tg-problem-skilled-workers'])
    // resolved on 2023-08-31: still open as of 2023-06-30
    expect(json.problems[0]).toMatchObject({ status: 'open', resolved: null, daysOpen: 214 })
    const open = buildProblemsReport(model, { asOf: '2023-06-30', lang: 'en' }).problems
    expect(open.map((p) => [p.id, p.status, p.resolved, p.daysOpen])).toEqual([
      ['tg-problem-dyeing-cost', 'open', null, 214], // resolved only later
      ['tg-problem-data-standards', 'open', null, 205],
      ['tg-problem-skilled-workers', 'open', null, 205],
    ])
  })

  it('filters by owner and task', () => {
    const ids = (filter: Parameters<typeof buildProblemsReport>[1]['filter']) => buildProblemsReport(model, { asOf: AS_OF, lang: 'en', filter }).problems.map((p) => p.id)
    expect(ids({ status: 'all', owners: ['diitsp'] })).toEqual(['tg-problem-dyeing-cost', 'tg-problem-environmental-approval'])
    expect(ids({ status: 'all', tasks: ['tg-iiot-platform'] })).toEqual(['tg-problem-data-standards'])
    expect(ids({ status: 'resolved' })).toEqual(['tg-problem-dyeing-cost', 'tg-problem-skilled-workers'])
  })
})

describe('roster', () => {
  it.each(cases)('%s, %s', async (format, lang) => {
    const report = buildRosterReport(model, { lang, chains: ['textile-garment', 'light-industry', 'new-generation-it'] })
    await expect(ROSTER_RENDERERS[format](report, options(lang))).toMatchFileSnapshot(`./__snapshots__/roster.${lang}.${EXT[format]}`)
  })

  it('JSON: every chain in the official order, parties as {id, name, title}, null and [] where unset', () => {
    const json = JSON.parse(ROSTER_RENDERERS.json(buildRosterReport(model, { lang: 'en' }), options('en')))
    expect(json.chains.map((c: { id: string }) => c.id)).toEqual(model.manifest!.order)
    const textile = json.chains.find((c: { id: string }) => c.id === 'textile-garment')
    expect(Object.keys(textile)).toEqual(['id', 'name', 'chief', 'serviceOfficer', 'leadDepartment', 'secretariat', 'leaderEnterprises', 'specialTeam'])
    expect(textile.chief).toBeNull()
    expect(Object.keys(textile.serviceOfficer)).toEqual(['id', 'name', 'title'])
    expect(textile.leadDepartment.title).toBeNull()
    expect(json.chains[0]).toMatchObject({ id: 'new-generation-it', serviceOfficer: null, specialTeam: [] })
  })
})

describe('meetings', () => {
  it.each(cases)('%s, %s', async (format, lang) => {
    const report = buildMeetingsReport(model, { asOf: AS_OF, lang })
    await expect(MEETINGS_RENDERERS[format](report, options(lang))).toMatchFileSnapshot(`./__snapshots__/meetings.${lang}.${EXT[format]}`)
  })

  it('JSON: the keys of the contract; decisions done / open / overdue as of the date', () => {
    const at = (asOf: string) => JSON.parse(MEETINGS_RENDERERS.json(buildMeetingsReport(model, { asOf, lang: 'en' }), options('en')))
    const json = at(AS_OF)
    expect(Object.keys(json)).toEqual(['asOf', 'meetings'])
    expect(Object.keys(json.meetings[0])).toEqual(['id', 'date', 'title', 'chains', 'reports', 'decisions'])
    expect(json.meetings[0]).toMatchObject({ id: '2022-12-07-textile-garment', chains: ['textile-garment'], reports: 10 })
    const counts = (asOf: string) => at(asOf).meetings[0].decisions
    expect(counts('2022-12-07')).toEqual({ done: 0, open: 5, overdue: 0 })
    expect(counts(AS_OF)).toEqual({ done: 4, open: 0, overdue: 1 })
  })
})

describe('task', () => {
  it.each(cases)('%s, %s', async (format, lang) => {
    const card = buildTaskCard(model, 'tg-dishang-overseas-market', { asOf: AS_OF, lang })!
    await expect(TASK_RENDERERS[format](card, options(lang))).toMatchFileSnapshot(`./__snapshots__/task.${lang}.${EXT[format]}`)
  })

  it('JSON: the fields of progress --tasks, then milestones, updates, problems, meetings, decisions', () => {
    const card = buildTaskCard(model, 'tg-dishang-overseas-market', { asOf: '2023-01-31', lang: 'en' })!
    const json = JSON.parse(TASK_RENDERERS.json(card, options('en')))
    expect(Object.keys(json)).toEqual([
      'asOf', 'id', 'chain', 'title', 'owner', 'ownerName', 'category', 'start', 'due', 'status', 'progress', 'overdue', 'dueSoon',
      'partners', 'weight', 'milestones', 'updates', 'problems', 'meetings', 'decisions',
    ])
    // updates up to the date only, each with its change from the one before
    expect(json.updates).toEqual([
      { date: '2022-09-30', progress: 30, status: null, note: null, change: null },
      { date: '2022-12-01', progress: 45, status: null, note: 'New overseas customers won; ODM orders growing steadily', change: 15 },
    ])
    expect(json.progress).toBe(45)
  })

  it('is undefined for an unknown id', () => {
    expect(buildTaskCard(model, 'tg-nothing', { asOf: AS_OF, lang: 'en' })).toBeUndefined()
  })
})

describe('progress --since', () => {
  it.each(cases)('%s, %s', async (format, lang) => {
    const report = buildProgressReport(model, { asOf: '2023-12-15', lang, since: '2022-12-07', filter: { chains: ['textile-garment'] } })
    for (const tasks of [false, true]) {
      await expect(PROGRESS_RENDERERS[format](report, { ...options(lang), tasks })).toMatchFileSnapshot(`./__snapshots__/progress-since${tasks ? '-tasks' : ''}.${lang}.${EXT[format]}`)
    }
  })

  it('change: progress as of the date minus as of since; null where the task did not exist then', () => {
    const report = buildProgressReport(model, { asOf: '2023-12-15', lang: 'en', since: '2022-12-07' })
    const change = Object.fromEntries(report.tasks.map((t) => [t.id, t.change]))
    expect(change['tg-dishang-overseas-market']).toBe(75 - 45)
    expect(change['tg-chain-lists']).toBe(10)
    expect(change['tg-luthai-smart-factory']).toBeNull() // starts after 2022-12-07
    expect(report.since).toBe('2022-12-07')
    const json = JSON.parse(PROGRESS_RENDERERS.json(report, { ...options('en'), tasks: false }))
    expect(json.since).toBe('2022-12-07')
    expect(json.chains.map((c: { change: number | null }) => c.change)).toEqual([null, null, null, null, null, null, null, null, null, null, 9.9])
    expect(json.total.change).toBe(9.9)
    const without = JSON.parse(PROGRESS_RENDERERS.json(buildProgressReport(model, { asOf: '2023-12-15', lang: 'en' }), { ...options('en'), tasks: true }))
    expect('since' in without).toBe(false)
    expect('change' in without.tasks[0]).toBe(false)
  })
})

describe('tables fit 80 columns', () => {
  it.each(LANGS)('%s: every line of every view table is at most 80 wide', (lang) => {
    const texts = [
      PROBLEMS_RENDERERS.table(buildProblemsReport(model, { asOf: AS_OF, lang, filter: { status: 'all' } }), options(lang)),
      ROSTER_RENDERERS.table(buildRosterReport(model, { lang }), options(lang)),
      MEETINGS_RENDERERS.table(buildMeetingsReport(model, { asOf: AS_OF, lang }), options(lang)),
      TASK_RENDERERS.table(buildTaskCard(model, 'tg-jifa-waterless-dyeing', { asOf: AS_OF, lang })!, options(lang)),
    ]
    for (const text of texts) for (const line of text.split('\n').slice(2)) expect(displayWidth(line), line).toBeLessThanOrEqual(80)
  })
})
