// The official order of the chains (contract §2 `order`): the model lists the chains `order`
// names first, in its order, the rest after by id; init writes the 11 chains of DOMAIN.md in
// their official order; the example and every report built on it follow it; `notice` is read.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { checkWorkspace } from '../../src/check/run-checks.js'
import { inChainOrder, orderChains } from '../../src/model/order.js'
import type { Chain } from '../../src/model/types.js'
import { workspaceFiles } from '../../src/init/workspace-template.js'
import { buildProgressReport } from '../../src/report/progress.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { EXAMPLE } from '../helpers/run-cli.js'

// DOMAIN.md §1, numbers 1 to 11.
const OFFICIAL = [
  'new-generation-it', 'high-end-equipment', 'new-energy-equipment', 'advanced-materials', 'ships-offshore',
  'high-end-chemicals', 'agricultural-machinery', 'pharmaceuticals', 'construction-machinery', 'light-industry', 'textile-garment',
]

const chain = (id: string) => ({ id }) as Chain
const ids = (chains: readonly { id: string }[]) => chains.map((c) => c.id)

describe('orderChains', () => {
  it.each([
    { chains: ['b', 'a', 'c'], order: [], expected: ['a', 'b', 'c'] },
    { chains: ['a', 'b', 'c'], order: ['c', 'a'], expected: ['c', 'a', 'b'] },
    // ids of order that are no chain are skipped; chains left out come after, by id
    { chains: ['d', 'a', 'b'], order: ['x', 'b'], expected: ['b', 'a', 'd'] },
    { chains: ['a', 'b'], order: ['b', 'a', 'b'], expected: ['b', 'a'] },
  ])('$chains with order $order → $expected', ({ chains, order, expected }) => {
    expect(ids(orderChains(chains.map(chain), order))).toEqual(expected)
  })

  it('inChainOrder puts a list of chain ids in the model order, each once, unknown ids last', () => {
    const model = { chains: ['c', 'a', 'b'].map(chain) }
    expect(inChainOrder(model, ['b', 'zz', 'c', 'b'])).toEqual(['c', 'b', 'zz'])
  })
})

describe('init', () => {
  it('writes order with the 11 chains in the official order of DOMAIN.md', () => {
    const files = workspaceFiles({ lang: 'en', version: '0.0.0', schemas: { workspace: '', organizations: '', people: '', chain: '', meeting: '' } })
    const manifest = parse(files.find((f) => f.path === 'chainchief.yaml')!.text) as { order: string[]; chains: number }
    expect(manifest.order).toEqual(OFFICIAL)
    expect(manifest.chains).toBe(11)
  })
})

describe('the bundled example', () => {
  const result = checkWorkspace(loadWorkspace(EXAMPLE), { asOf: '2023-12-15' })

  it('carries order and a notice saying its data is illustrative', () => {
    expect(result.errors).toBe(0)
    expect(result.model.manifest?.order).toEqual(OFFICIAL)
    expect(result.model.manifest?.notice).toEqual({
      zh: '示例数据：任务、进度、问题和议定事项均为示意，非正式记录',
      en: 'Sample data: the tasks, progress, problems and decisions are illustrative, not an official record',
    })
  })

  it('lists its chains, tasks and progress rows in that order', () => {
    expect(ids(result.model.chains)).toEqual(OFFICIAL)
    const report = buildProgressReport(result.model, { asOf: '2023-12-15', lang: 'zh' })
    expect(ids(report.chains)).toEqual(OFFICIAL)
    expect(report.chains[0]!.name).toBe('新一代信息技术')
    expect(report.notice).toBe('示例数据：任务、进度、问题和议定事项均为示意，非正式记录')
    expect(buildProgressReport(result.model, { asOf: '2023-12-15', lang: 'en', filter: { chains: ['textile-garment', 'pharmaceuticals'] } }).chains.map((c) => c.id)).toEqual([
      'pharmaceuticals',
      'textile-garment',
    ])
  })
})
