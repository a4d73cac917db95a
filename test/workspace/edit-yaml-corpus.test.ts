// Every YAML file of examples/shandong and test/fixtures, each also with CRLF line ends, a
// BOM, no final newline and 4-space indentation: each kind of write (set a scalar, append an
// item to a block sequence, add a key to a block map), alone and all at once, gives exactly
// the original text with the intended lines changed or added (SPEC §9). The expected text is
// worked out here from the lines and their indentation, not by the editor's own logic.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import { editYaml, YamlEditError, type YamlEdit, type YamlPath } from '../../src/workspace/edit/yaml-edit.js'
import { parseYamlFast } from '../../src/workspace/parse-yaml-fast.js'
import { EXAMPLE, FIXTURES, ROOT } from '../helpers/run-cli.js'

const SET_TEXT = '改: 值 #1'
const ITEM_NOTE = '新: 值 #2'
const KEY_TEXT = '加: 值 #3'

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return yamlFiles(path)
    return entry.isFile() && /\.ya?ml$/.test(entry.name) ? [path] : []
  })
}

const parse = (text: string) => parseDocument(text, { version: '1.2', uniqueKeys: true, merge: false, logLevel: 'silent' })

// --- what the test expects, from lines and indentation ------------------------------------

interface LineChange {
  line: number
  from: number // columns of the old value
  to: number
  text: string // the new value's source
}
interface Insertion {
  after: number // the new lines go after this line (0-based)
  depth: number // at one place, the deeper collection's new lines come first
  order: number
  lines: string[]
}
interface Planned {
  edit: YamlEdit
  change?: LineChange
  insertion?: Insertion
}

const indentOf = (line: string) => line.length - line.trimStart().length
const isBlankOrComment = (line: string) => line.trim() === '' || line.trimStart().startsWith('#')

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length - 1, column: before[before.length - 1]!.length }
}

/** The last line that holds content of a block collection starting at `startLine` whose lines sit at ≥ `column`. */
function lastContentLine(lines: string[], startLine: number, column: number, isSeqAt?: number): number {
  let last = startLine
  for (let j = startLine + 1; j < lines.length; j++) {
    const line = lines[j]!
    if (isBlankOrComment(line)) continue
    const indent = indentOf(line)
    if (indent < column) break
    if (isSeqAt !== undefined && indent === isSeqAt && !line.slice(indent).startsWith('-')) break
    last = j
  }
  return last
}

function plan(text: string): Planned[] {
  const doc = parse(text)
  const lines = text.split('\n')
  const planned: Planned[] = []
  const visit = (node: Node | null, path: YamlPath, flow: boolean) => {
    if (isMap(node)) {
      const inFlow = flow || node.flow === true
      if (!inFlow && node.items.length > 0 && isScalar(node.items[0]!.key)) {
        const first = lineAndColumn(text, (node.items[0]!.key as Node).range![0])
        const last = lastContentLine(lines, first.line, first.column)
        planned.push({
          edit: { op: 'set', path: [...path, 'zz_added'], value: KEY_TEXT },
          insertion: { after: last, depth: path.length, order: planned.length, lines: [`${' '.repeat(first.column)}zz_added: "${KEY_TEXT}"`] },
        })
      }
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue
        const key = String(pair.key.value)
        const value = pair.value as Node | null
        if (isScalar(value) && value.range && value.value !== null && ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(value.type ?? '')) {
          const a = lineAndColumn(text, value.range[0])
          const b = lineAndColumn(text, value.range[1])
          if (a.line === b.line) {
            const newValue = typeof value.value === 'number' ? 42 : SET_TEXT
            const source = typeof newValue === 'number' ? '42' : value.type === 'QUOTE_SINGLE' ? `'${SET_TEXT}'` : `"${SET_TEXT}"`
            if (value.value !== newValue) {
              planned.push({
                edit: { op: 'set', path: [...path, key], value: newValue },
                change: { line: a.line, from: a.column, to: b.column, text: source },
              })
            }
          }
        }
        visit(value, [...path, key], inFlow)
      }
    } else if (isSeq(node)) {
      const inFlow = flow || node.flow === true
      if (!inFlow && node.items.length > 0) {
        const start = lineAndColumn(text, node.range![0])
        const m = /^( *)-( +)\S/.exec(lines[start.line]!)
        if (m && m[1]!.length === start.column) {
          const dash = m[1]!.length
          const content = dash + 1 + m[2]!.length
          const maps = node.items.every((item) => isMap(item) && !item.flow)
          const lead = `${' '.repeat(dash)}-${' '.repeat(content - dash - 1)}`
          const newLines = maps ? [`${lead}id: zz-new`, `${' '.repeat(content)}note: "${ITEM_NOTE}"`] : [`${lead}新-项`]
          planned.push({
            edit: { op: 'append', path, value: maps ? { id: 'zz-new', note: ITEM_NOTE } : '新-项' },
            insertion: { after: lastContentLine(lines, start.line, dash, dash), depth: path.length, order: planned.length, lines: newLines },
          })
        }
      }
      node.items.forEach((item, i) => visit(item as Node | null, [...path, i], inFlow))
    }
  }
  visit(doc.contents as Node | null, [], false)
  return planned
}

function expectedText(text: string, planned: Planned[]): string {
  const lines = text.split('\n')
  const changes = planned.flatMap((p) => (p.change ? [p.change] : [])).sort((a, b) => b.from - a.from)
  for (const c of changes) lines[c.line] = lines[c.line]!.slice(0, c.from) + c.text + lines[c.line]!.slice(c.to)
  const insertions = planned.flatMap((p) => (p.insertion ? [p.insertion] : []))
  const out: string[] = []
  lines.forEach((line, i) => {
    out.push(line)
    const here = insertions.filter((ins) => ins.after === i).sort((a, b) => b.depth - a.depth || a.order - b.order)
    for (const ins of here) out.push(...ins.lines)
  })
  return out.join('\n')
}

/** The data the edits mean, worked out on the parsed data. */
function expectedData(text: string, planned: Planned[]): unknown {
  const data = parse(text).toJS() as Record<string | number, unknown>
  for (const { edit } of planned) {
    let parent = data as Record<string | number, unknown>
    for (const segment of edit.path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>
    const last = edit.path[edit.path.length - 1]!
    if (edit.op === 'set') parent[last] = edit.value
    else (parent[last] as unknown[]).push(edit.value)
  }
  return data
}

// --- variants of a file -------------------------------------------------------------------

const VARIANTS: Record<string, (text: string) => string> = {
  'as written': (t) => t,
  CRLF: (t) => t.replace(/\n/g, '\r\n'),
  BOM: (t) => '\uFEFF' + t,
  'no final newline': (t) => t.replace(/\n+$/, ''),
  'CRLF, BOM, no final newline': (t) => '\uFEFF' + t.replace(/\n+$/, '').replace(/\n/g, '\r\n'),
  '4-space indentation': (t) =>
    t
      .split('\n')
      .map((line) => {
        const n = indentOf(line)
        const rest = line.slice(n).replace(/^-( +)/, (_m, s: string) => '-' + ' '.repeat(2 * s.length + 1))
        return ' '.repeat(2 * n) + rest
      })
      .join('\n'),
}

const FILES = [...yamlFiles(EXAMPLE), ...yamlFiles(FIXTURES)].sort()

function readBase(file: string): string | undefined {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file))
  } catch {
    return undefined // the encoding fixtures: not UTF-8
  }
  return text.includes('\r') || text.startsWith('\uFEFF') ? undefined : text
}

describe('every workspace file, every kind of write', () => {
  let edited = 0
  let files = 0
  const ran = new Map<string, number>()
  for (const file of FILES) {
    const name = relative(ROOT, file)
    const base = readBase(file)
    if (base === undefined) continue
    const doc = parse(base)
    if (doc.errors.length > 0) {
      it(`${name}: a file that does not parse is refused, not edited`, () => {
        expect(() => editYaml(base, [{ op: 'set', path: ['id'], value: 'x' }])).toThrow(YamlEditError)
        try {
          editYaml(base, [{ op: 'set', path: ['id'], value: 'x' }])
        } catch (error) {
          expect((error as YamlEditError).problem).toBe('syntax')
        }
      })
      continue
    }
    const planned = plan(base)
    if (planned.length === 0) continue
    files++
    it(`${name}: ${planned.length} writes, one by one and all at once, in ${Object.keys(VARIANTS).length} variants`, () => {
      const baseData = JSON.stringify(doc.toJS())
      for (const [variant, transform] of Object.entries(VARIANTS)) {
        const before = transform(base)
        if (JSON.stringify(parse(before).toJS()) !== baseData || parse(before).errors.length > 0) continue
        ran.set(variant, (ran.get(variant) ?? 0) + 1)
        // One by one: a sample spread over the file (every write would take minutes here).
        const step = Math.max(1, Math.floor(planned.length / 12))
        for (let i = 0; i < planned.length; i += step) {
          const one = [planned[i]!]
          const after = editYaml(before, one.map((p) => p.edit))
          expect(after, `${name} (${variant}): ${JSON.stringify(one[0]!.edit)}`).toBe(transform(expectedText(base, one)))
          edited++
        }
        const after = editYaml(before, planned.map((p) => p.edit))
        expect(after, `${name} (${variant}): all at once`).toBe(transform(expectedText(base, planned)))
        const reread = parse(after)
        expect(reread.errors).toEqual([])
        expect(reread.toJS()).toEqual(expectedData(base, planned))
        // The project's own loader (its fast path included) reads the same data.
        expect(parseYamlFast({ path: name, text: after.replace(/^\uFEFF/, '') }).data).toEqual(expectedData(base, planned))
        edited++
      }
    })
  }
  it('covered the files', () => {
    expect(FILES.length).toBeGreaterThan(100)
    expect(files).toBeGreaterThan(90)
    expect(edited).toBeGreaterThan(1000)
    // Every variant ran on every file it could be made of (a file the 4-space rewrite would
    // change the meaning of is the only kind left out).
    for (const variant of Object.keys(VARIANTS)) expect(ran.get(variant) ?? 0, variant).toBeGreaterThanOrEqual(files - 3)
  })
})
