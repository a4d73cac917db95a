// buildProgressReport on the progress fixture as of 2024-06-15 (contract §3, §5): counts,
// weighted progress, the total row over the rows shown, names in each language, filters.
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { checkWorkspace } from '../../src/check/run-checks.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { buildProgressReport, type TaskFilter } from '../../src/report/progress.js'
import { FIXTURES } from '../helpers/run-cli.js'

const result = checkWorkspace(loadWorkspace(join(FIXTURES, 'progress')), { asOf: '2024-06-15' })
const model = result.model
const report = (filter: TaskFilter = {}, lang: 'en' | 'zh' = 'en', window?: number) =>
  buildProgressReport(model, { asOf: '2024-06-15', lang, filter, window })

describe('the progress fixture', () => {
  it('passes check (warnings only)', () => {
    expect(result.errors).toBe(0)
  })
})

describe('chain rows and the total row', () => {
  const r = report()
  const row = (id: string) => r.chains.find((c) => c.id === id)!

  it('counts each status as of the date, overdue and due soon', () => {
    expect(row('textile-garment')).toMatchObject({ tasks: 5, planned: 0, inProgress: 2, done: 1, blocked: 1, cancelled: 1, overdue: 1, dueSoon: 1 })
    // ph-innovation's 50 % update is after the date: 20 % as of it.
    expect(row('pharmaceuticals')).toMatchObject({ tasks: 2, planned: 1, inProgress: 1, overdue: 0, dueSoon: 2 })
  })

  it.each([
    // (100 + 2×60 + 35 + 10) / 5; the cancelled fair does not count
    ['textile-garment', 53],
    // (0 + 20) / 2
    ['pharmaceuticals', 10],
    // no tasks: no value
    ['ships-offshore', null],
  ])('%s progress %s', (id, progress) => {
    expect(row(id).progress).toBe(progress)
  })

  it('the total is the weighted mean over all tasks shown (285 / 7), not the mean of the chains (31.5)', () => {
    expect(r.total).toEqual({ tasks: 7, planned: 1, inProgress: 3, done: 1, blocked: 1, cancelled: 1, overdue: 1, dueSoon: 3, progress: 40.7, change: null })
  })

  it('names the chief in the chosen language, and none where no chief is set', () => {
    expect(row('textile-garment')).toMatchObject({ name: 'Textiles and Garments', chief: 'li-hua', chiefName: 'Li Hua' })
    expect(report({}, 'zh').chains.find((c) => c.id === 'textile-garment')).toMatchObject({ name: '纺织服装', chiefName: '李华' })
    expect(row('ships-offshore')).toMatchObject({ chief: null, chiefName: null })
  })

  it('keeps chain rows in the order of the workspace', () => {
    expect(r.chains.map((c) => c.id)).toEqual(['pharmaceuticals', 'ships-offshore', 'textile-garment'])
  })
})

describe('task rows', () => {
  const tasks = report().tasks
  const t = (id: string) => tasks.find((x) => x.id === id)!

  it('give status and progress as of the date', () => {
    expect(t('ph-innovation')).toMatchObject({ status: 'in-progress', progress: 20, overdue: false, dueSoon: true })
    expect(t('tg-trade-fair')).toMatchObject({ status: 'cancelled', overdue: false, dueSoon: false })
    expect(t('tg-smart-factory')).toMatchObject({ status: 'in-progress', overdue: true, dueSoon: false })
    expect(t('ph-api-platform')).toMatchObject({ status: 'planned', dueSoon: true, start: '2024-07-01' })
    expect(t('tg-lists')).toMatchObject({ start: null, status: 'done', overdue: false })
  })

  it('use short names for owners where there are any, in the chosen language with fallback', () => {
    expect(t('tg-smart-factory')).toMatchObject({ owner: 'luthai', ownerName: 'Luthai' })
    expect(t('ph-innovation').ownerName).toBe('Qingdao University')
    const zh = report({}, 'zh').tasks
    expect(zh.find((x) => x.id === 'tg-smart-factory')!.ownerName).toBe('鲁泰')
    // an English-only title falls back to English
    expect(zh.find((x) => x.id === 'ph-api-platform')!.title).toBe('Shared platform for active pharmaceutical ingredients')
  })

  it('a narrower window makes fewer tasks due soon', () => {
    expect(report({}, 'en', 20).tasks.filter((x) => x.dueSoon).map((x) => x.id)).toEqual(['ph-innovation', 'tg-waterless-dyeing'])
    expect(report({}, 'en', 0).tasks.filter((x) => x.dueSoon).map((x) => x.id)).toEqual(['ph-innovation'])
  })
})

describe('filters', () => {
  const ids = (f: TaskFilter) => report(f).tasks.map((x) => x.id)
  it.each<[string, TaskFilter, string[]]>([
    ['--chain', { chains: ['pharmaceuticals'] }, ['ph-api-platform', 'ph-innovation']],
    ['--owner', { owners: ['textile-secretariat', 'luthai'] }, ['tg-lists', 'tg-trade-fair', 'tg-smart-factory']],
    ['--status (as of the date)', { statuses: ['planned', 'blocked'] }, ['ph-api-platform', 'tg-dyeing-cluster']],
    ['--overdue', { overdue: true }, ['tg-smart-factory']],
    ['--due-soon', { dueSoon: true }, ['ph-api-platform', 'ph-innovation', 'tg-waterless-dyeing']],
    ['--overdue --due-soon: either', { overdue: true, dueSoon: true }, ['ph-api-platform', 'ph-innovation', 'tg-waterless-dyeing', 'tg-smart-factory']],
    ['--chain with --status', { chains: ['textile-garment'], statuses: ['in-progress'] }, ['tg-waterless-dyeing', 'tg-smart-factory']],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected)
  })

  it('--chain keeps the chains named, even one without tasks', () => {
    const r = report({ chains: ['ships-offshore', 'textile-garment'] })
    expect(r.chains.map((c) => c.id)).toEqual(['ships-offshore', 'textile-garment'])
    expect(r.total.progress).toBe(53)
  })

  it('a task filter keeps only chains with a matching task, and totals over those tasks', () => {
    const r = report({ statuses: ['in-progress'] })
    expect(r.chains.map((c) => [c.id, c.tasks, c.progress])).toEqual([
      ['pharmaceuticals', 1, 20],
      ['textile-garment', 2, 51.7], // (2×60 + 35) / 3
    ])
    expect(r.total).toMatchObject({ tasks: 3, inProgress: 3, progress: 43.8 }) // (20 + 2×60 + 35) / 4 = 43.75
  })
})
