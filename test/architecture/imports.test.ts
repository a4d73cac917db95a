// The pipeline as the folder layout draws it (STYLE "Our shape"): findings → workspace →
// model → check → record → report → render → cli. Every import of src/ (type imports too)
// goes down or sideways inside its own stage, never back up, and no files import each other
// in a circle. Read from the source text, so it holds for files no test runs.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/run-cli.js'

const SRC = join(ROOT, 'src')

/** Stage of each top folder of src/; a file may import its own stage or a lower one. */
const STAGE: Record<string, number> = {
  findings: 0,
  workspace: 1,
  model: 2,
  check: 3,
  record: 4,
  report: 5,
  render: 6,
  init: 6,
  cli: 7,
  'index.ts': 8,
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : []
  })
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\sfrom\s*'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g

/** Each file (relative to src/) with the files of src/ it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8')
    const targets: string[] = []
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!
      targets.push(relative(SRC, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))).split('\\').join('/'))
    }
    graph.set(relative(SRC, file).split('\\').join('/'), targets)
  }
  return graph
}

const stageOf = (file: string) => STAGE[file.split('/')[0]!]

describe('the import graph of src/', () => {
  const graph = importGraph()

  it('knows the stage of every file', () => {
    for (const file of graph.keys()) expect(stageOf(file), `${file}: a folder with no stage in this test`).toBeTypeOf('number')
    expect(graph.size).toBeGreaterThan(50)
  })

  it('has no import that runs back up the pipeline', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => stageOf(t)! > stageOf(file)!).map((t) => `${file} → ${t}`),
    )
    expect(upward).toEqual([])
  })

  it('leaves findings/ a leaf that imports nothing of ours outside it', () => {
    const out = [...graph].flatMap(([file, targets]) =>
      file.startsWith('findings/') ? targets.filter((t) => !t.startsWith('findings/')).map((t) => `${file} → ${t}`) : [],
    )
    expect(out).toEqual([])
  })

  it('has no circle of imports', () => {
    const circles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const stack: string[] = []
    const visit = (file: string) => {
      state.set(file, 'open')
      stack.push(file)
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') circles.push([...stack.slice(stack.indexOf(next)), next].join(' → '))
        else if (!state.has(next)) visit(next)
      }
      stack.pop()
      state.set(file, 'done')
    }
    for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file)
    expect(circles).toEqual([])
  })
})
