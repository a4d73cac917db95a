// Positions of files the fast path reads (js-yaml, src/workspace/fast-positions.ts) must be
// the ones the `yaml` package's document gives (issue #15): for every file of our fixtures,
// the example, a generated workspace and the YAML test suite that the fast path reads, each
// also with CRLF line ends and a few hostile variants, every path of its data (and one missing
// child under each mapping) is located both ways, at its value and at its key.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Path } from '../../src/findings/index.js'
import { parseYaml } from '../../src/workspace/parse-yaml.js'
import { attachPositions, fastData, parseYamlFast, SCHEMA } from '../../src/workspace/parse-yaml-fast.js'
import { nodeTree, walkFast, walkSlice } from '../../src/workspace/fast-positions.js'
import { locate, type SourceFile } from '../../src/workspace/source.js'
// @ts-expect-error: a plain .mjs script without types
import { generateWorkspace } from '../../bench/generate.mjs'
import { EXAMPLE, FIXTURES, ROOT } from '../helpers/run-cli.js'

const CORPUS = join(ROOT, '../shared/corpus/yaml-test-suite')

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return yamlFiles(path)
    return /\.ya?ml$/.test(entry.name) && entry.isFile() ? [path] : []
  })
}

/** Every path of a value: the value itself, each key and item below it, and a missing key per map. */
function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix]
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])))
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]))
    out.push([...prefix, 'no-such-key'])
  }
  return out
}

let answered = 0
let sliced = 0

/** The spans of every path of `text` by the yaml package and by the fast tree; null when the fast path does not read it. */
function compare(name: string, text: string, slices = true): number {
  if (fastData(text) === undefined) return 0
  const precise = parseYaml({ path: name, text })
  const byYaml: SourceFile = { path: name, kind: 'chain', text, data: precise.data, ok: true, doc: precise.doc, lineCounter: precise.lineCounter }
  const byFast = attachPositions({ path: name, kind: 'chain', text, data: precise.data, ok: true }, parseYamlFast({ path: name, text }))
  const tree = nodeTree(text, SCHEMA)
  expect(tree, name).toBeDefined()
  let n = 0
  for (const path of paths(precise.data)) {
    if (walkFast(tree!, path) !== undefined) answered++
    // The slice of the file that holds the path, where there is one, answers the same.
    const slice = slices ? walkSlice(text, precise.data, path, SCHEMA) : undefined
    if (slice) {
      const whole = walkFast(tree!, path)
      expect(slice, `${name} ${JSON.stringify(path)} slice`).toEqual(whole)
      sliced++
    }
    for (const on of ['value', 'key'] as const) {
      expect(locate(byFast, path, on), `${name} ${JSON.stringify(path)} ${on}`).toEqual(locate(byYaml, path, on))
      n++
    }
  }
  return n
}

const generated = mkdtempSync(join(tmpdir(), 'chainchief-pos-'))
generateWorkspace(generated, { tasks: 6, broken: true })
afterAll(() => rmSync(generated, { recursive: true, force: true }))

// Slices (the part of a file a lookup reads) are compared on the plain and CRLF texts.
const variants = (text: string): Array<[string, string, boolean]> => [
  ['', text, true],
  [' (CRLF)', text.replace(/\r?\n/g, '\r\n'), true],
  [' (no final newline)', text.replace(/\n+$/, ''), false],
  [' (comments at line ends)', text.replace(/^(\s*[a-z_]+: [^\n#|>"'{[]+)$/gm, '$1   # note'), false],
]

describe('fast positions equal the yaml package’s', () => {
  it.each([
    ['fixtures', FIXTURES],
    ['the example', EXAMPLE],
    ['a generated workspace', generated],
  ])('on every path of %s', (_label, dir) => {
    let located = 0
    for (const file of yamlFiles(dir)) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
      for (const [suffix, variant, slices] of variants(text)) located += compare(relative(ROOT, file) + suffix, variant, slices)
    }
    expect(located).toBeGreaterThan(100)
    // The tree itself answers (not the yaml package behind it) for nearly every path.
    expect(answered).toBeGreaterThan(located / 2 * 0.95)
    expect(sliced).toBeGreaterThan(answered / 4) // two of the four variants compare slices
    answered = 0
    sliced = 0
  })

  it.runIf(existsSync(CORPUS))('on every path of the YAML test suite files the fast path reads', () => {
    let located = 0
    for (const file of yamlFiles(join(CORPUS, 'valid'))) {
      const text = readFileSync(file, 'utf8')
      for (const [suffix, variant, slices] of variants(text)) located += compare(relative(CORPUS, file) + suffix, variant, slices)
    }
    expect(located).toBeGreaterThan(100)
  })
})
