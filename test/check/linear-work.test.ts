// Work that grows with the data stays linear (issue #16): "did you mean" costs a bounded
// number of comparisons per word whatever the number of ids, and the progress report of one
// chain of 20,000 tasks grows like the chain, not like its square. Counts, and a growth
// ratio with a generous bound (linear is ×10, quadratic ×100), not a speed.
import { describe, expect, it } from 'vitest'
import { ClosestIndex, closest, editDistance, MAX_COMPARED } from '../../src/check/closest.js'
import { buildModel } from '../../src/model/build-model.js'
import { buildProgressReport } from '../../src/report/progress.js'
import { PROGRESS_RENDERERS } from '../../src/render/progress/index.js'
import { PLAIN } from '../../src/render/style.js'
import type { SourceFile } from '../../src/workspace/source.js'

/** The closest-id rule written plainly, as it was: every candidate, every time. */
function naiveClosest(word: string, candidates: string[]): string | undefined {
  const limit = Math.min(Math.max(2, Math.floor(word.length / 3)), Math.floor((word.length - 1) / 2))
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of [...new Set(candidates)].sort()) {
    if (c === word) continue
    let d = editDistance(word, c)
    const inside = c.startsWith(word) || c.includes(`-${word}`) || word.includes(c)
    if (d > limit && word.length >= 3 && c.length >= 3 && inside) d = limit
    if (d <= limit && d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}

const IDS = Array.from({ length: 3000 }, (_, i) => `${['smart', 'dyeing', 'textile', 'chem', 'port'][i % 5]}-${['upgrade', 'platform', 'project', 'line'][i % 4]}-${i}`)

describe('closest ids', () => {
  it('gives the answers of the plain search', () => {
    const words = ['smart-upgrade-5', 'dyeing-platfrm-1', 'textile', 'upgrade-0', 'chem-line-33x', 'port-project-99', 'xyz', 'smart-upgrade-2999', 'weiqiao']
    for (const w of words) expect(new ClosestIndex(IDS).find(w), w).toBe(naiveClosest(w, IDS))
    expect(closest('weiqao', ['weiqiao', 'jifa'])).toBe('weiqiao')
    expect(closest('cooperation-platfom', ['cooperation-platform', 'smart-dyeing-upgrade'])).toBe('cooperation-platform')
    expect(closest('dyeing', ['smart-dyeing-upgrade', 'jifa'])).toBe('smart-dyeing-upgrade')
    expect(closest('x'.repeat(2_000_000), ['x'])).toBe(undefined)
  })

  it('compares a bounded number of ids per word, and each distinct word once', () => {
    const ids = Array.from({ length: 55_000 }, (_, i) => `task-${String(i).padStart(6, '0')}`)
    const index = new ClosestIndex(ids)
    const words = Array.from({ length: 1_000 }, (_, i) => `tsak-${String(i * 7).padStart(6, '0')}`)
    for (const w of [...words, ...words]) index.find(w)
    expect(index.compared).toBeLessThanOrEqual(words.length * MAX_COMPARED)
    // The plain search would have compared 55,000 ids for each of the 2,000 lookups.
    expect(index.compared).toBeLessThan(2_000 * 55_000 / 25)
  })
})

function oneChain(tasks: number): SourceFile[] {
  const list = Array.from({ length: tasks }, (_, i) => ({
    id: `t-${i}`, title: { zh: `任务 ${i}`, en: `Task ${i}` }, category: 'other', owner: i % 2 ? 'o1' : 'p1',
    due: `2024-${String(1 + (i % 12)).padStart(2, '0')}-15`, status: 'in-progress', progress: 40, weight: 1 + (i % 3),
    updates: [{ date: '2023-01-01', progress: 10 }, { date: '2023-06-01', progress: 40 }],
  }))
  const file = (path: string, kind: SourceFile['kind'], data: unknown): SourceFile => ({ path, kind, text: '', ok: true, data })
  return [
    file('chainchief.yaml', 'workspace', { name: 'x', chains: 1 }),
    file('organizations.yaml', 'organizations', { organizations: [{ id: 'o1', name: 'O', type: 'enterprise' }] }),
    file('people.yaml', 'people', { people: [{ id: 'p1', name: 'P' }] }),
    file('chains/c.yaml', 'chain', { id: 'c', name: 'C', chief: 'p1', tasks: list }),
  ]
}

/** The fastest of two runs of: model, report, and every progress format, chains and tasks. */
function cost(tasks: number): number {
  const files = oneChain(tasks)
  let best = Infinity
  for (let run = 0; run < 2; run++) {
    const start = performance.now()
    const model = buildModel(files)
    const report = buildProgressReport(model, { asOf: '2023-03-01', lang: 'zh' })
    expect(report.tasks).toHaveLength(tasks)
    for (const render of Object.values(PROGRESS_RENDERERS)) {
      for (const byTask of [false, true]) render(report, { lang: 'zh', style: PLAIN, width: 120, ascii: false, tasks: byTask, bom: true })
    }
    best = Math.min(best, performance.now() - start)
  }
  return best
}

describe('progress of one chain of 20,000 tasks', () => {
  it('grows like the chain', () => {
    cost(500) // warm the code up
    const small = cost(2_000)
    const large = cost(20_000)
    expect(large / small, `2,000 tasks: ${small.toFixed(0)} ms, 20,000 tasks: ${large.toFixed(0)} ms`).toBeLessThan(35)
  }, 240_000)
})
