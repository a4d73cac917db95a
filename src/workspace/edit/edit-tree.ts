// The nodes the YAML editor works on (yaml-edit.ts): maps, lists and scalars with the offsets
// the `yaml` package gives them (`range[0]`, `range[1]`), their flow or block style and, for
// scalars, their quoting and value. Built from js-yaml's node positions (fast-positions.ts)
// where the fast path reads the file, so a write never needs the `yaml` package's slow parser
// on the data people write; else from the `yaml` package's document. The two give the same
// tree (test/workspace/edit-tree-differential.test.ts).
import type { Document, Node, Pair } from 'yaml'
import { childrenOf, content, kindOf, nodeTree, pairs, rangeOf, type FastTree } from '../fast-positions.js'
import { needsYaml, SCHEMA } from '../parse-yaml-fast.js'
import { yamlLib } from '../parse-yaml-lib.js'

export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'

export type EditNode =
  | { kind: 'scalar'; start: number; end: number; style: ScalarStyle; value: unknown }
  | { kind: 'map'; start: number; end: number; flow: boolean; pairs: EditPair[] }
  | { kind: 'seq'; start: number; end: number; flow: boolean; items: Array<EditNode | null> }

export interface EditPair {
  key: EditNode
  value: EditNode | null
}

export interface EditTree {
  root: EditNode | null
  /** The file's data, as the workspace loader reads it. */
  data: unknown
}

const PARSE_OPTIONS = { version: '1.2', uniqueKeys: true, strict: true, merge: false, prettyErrors: false, logLevel: 'silent' } as const

/** Thrown when the text does not parse: the editor refuses such a file. */
export class TreeSyntaxError extends Error {
  override name = 'TreeSyntaxError'
}

function styleAt(text: string, start: number): ScalarStyle {
  const c = text[start]
  return c === '"' ? 'QUOTE_DOUBLE' : c === "'" ? 'QUOTE_SINGLE' : c === '|' ? 'BLOCK_LITERAL' : c === '>' ? 'BLOCK_FOLDED' : 'PLAIN'
}

/**
 * Thrown while reading a fast tree where js-yaml's positions cannot say for sure where `yaml`
 * would put a node: the editor then starts again on the `yaml` package's document.
 */
export class UncertainTree extends Error {
  override name = 'UncertainTree'
}

/** Defines `obj[prop]` as `compute()`, worked out on first read (a large file is read only where it is edited). */
function lazy<T extends object, K extends keyof T>(obj: T, prop: K, compute: () => T[K]): void {
  Object.defineProperty(obj, prop, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute()
      Object.defineProperty(obj, prop, { value, enumerable: true, writable: true, configurable: true })
      return value
    },
  })
}

/** The tree from js-yaml's node positions, its children read when first asked for. */
function fromFast(tree: FastTree): EditNode | null {
  const { text } = tree
  const uncertain = (): never => {
    throw new UncertainTree('js-yaml positions cannot place a node here')
  }
  const build = (node: number): EditNode => {
    const f = content(tree, node)
    const { start, end } = rangeOf(tree, node)
    const kind = kindOf(tree, f)
    const flow = text[start] === '[' || text[start] === '{'
    if (kind === 'mapping') {
      const map = { kind: 'map', start, end, flow } as Extract<EditNode, { kind: 'map' }>
      lazy(map, 'pairs', () => {
        const all = pairs(tree, f)
        if (all.length !== tree.size[f]) uncertain()
        // A key without a value node of its own: where `yaml` puts its empty value is its call.
        return all.map(([k, v]): EditPair => {
          const key = v === -1 ? uncertain() : build(k)
          if (key.kind !== 'scalar') uncertain()
          return { key, value: build(v) }
        })
      })
      return map
    }
    if (kind === 'sequence') {
      const seq = { kind: 'seq', start, end, flow } as Extract<EditNode, { kind: 'seq' }>
      lazy(seq, 'items', () => {
        const kids = childrenOf(tree, f)
        if (kids.length !== tree.size[f]) uncertain()
        return [...kids].map(build)
      })
      return seq
    }
    return { kind: 'scalar', start, end, style: start === end ? 'PLAIN' : styleAt(text, start), value: kind === null ? null : tree.value[f] }
  }
  const roots = childrenOf(tree, -1)
  return roots.length === 0 ? null : build(roots[0]!)
}

/**
 * The tree from the `yaml` package's document. A block collection ends where the fast tree
 * ends it: with the line of its last value (the document also counts the comment lines after
 * it, which the editor steps back over in any case).
 */
function fromDocument(doc: Document.Parsed, text: string): EditNode | null {
  const { isMap, isScalar, isSeq, isPair } = yamlLib()
  const blockEnd = (start: number, lastEnd: number | undefined, end: number): number => {
    if (lastEnd === undefined) return end
    let e = Math.max(lastEnd, start)
    if (e > 0 && text[e - 1] !== '\n') {
      const nl = text.indexOf('\n', e)
      e = nl === -1 ? text.length : nl + 1
    }
    return e
  }
  const build = (node: Node | null): EditNode | null => {
    if (!node?.range) return null
    const [start, end] = node.range
    if (isScalar(node)) return { kind: 'scalar', start, end, style: (node.type ?? 'PLAIN') as ScalarStyle, value: node.value }
    if (isMap(node)) {
      const out: EditPair[] = []
      for (const pair of node.items as Pair[]) {
        if (!isPair(pair)) continue
        const key = build(pair.key as Node | null)
        if (key) out.push({ key, value: build(pair.value as Node | null) })
      }
      const flow = node.flow === true
      const last = out[out.length - 1]
      return { kind: 'map', start, end: flow ? end : blockEnd(start, last && (last.value ?? last.key).end, end), flow, pairs: out }
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => build(item as Node | null))
      const flow = node.flow === true
      return { kind: 'seq', start, end: flow ? end : blockEnd(start, items[items.length - 1]?.end, end), flow, items }
    }
    return null // an alias: never edited through (the read-back check refuses what it would change)
  }
  return build(doc.contents as Node | null)
}

/**
 * The tree of `text`: from js-yaml's positions when the fast path reads the file (plain data,
 * no anchors, tags or other constructs only the `yaml` package may judge), else from the
 * `yaml` package's document. Throws TreeSyntaxError for a text that does not parse; reading
 * the fast tree may throw UncertainTree, and editTreeOfDocument then answers.
 */
export function editTree(text: string): EditTree {
  if (!needsYaml(text)) {
    // One js-yaml pass gives the positions and the data (the fast path's own, parse-yaml-fast.ts).
    const tree = nodeTree(text, SCHEMA)
    if (tree) return { root: fromFast(tree), data: tree.data ?? null }
  }
  return editTreeOfDocument(text)
}

/** The tree by the `yaml` package's document alone (also the judge of the fast one in tests). */
export function editTreeOfDocument(text: string): EditTree {
  const doc = yamlLib().parseDocument(text, PARSE_OPTIONS)
  const error = doc.errors[0] ?? doc.warnings[0]
  if (error) throw new TreeSyntaxError(error.message.split('\n')[0])
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (e) {
    throw new TreeSyntaxError(e instanceof Error ? e.message : String(e))
  }
  return { root: fromDocument(doc, text), data }
}
