// Positions without the `yaml` package (issue #15): for a file the fast path read (js-yaml,
// parse-yaml-fast.ts), a second js-yaml pass with its `listener` records where every node
// opens and closes, and `locateFast` turns a path into the same span the `yaml` package's
// document gives (source.ts `locate`). Only files with a finding to place pay for it, and it
// costs about one more js-yaml parse instead of the `yaml` package's whole document.
// test/workspace/positions-differential.test.ts holds both to the same answer for every path
// of every file the fast path reads (fixtures, the example, generated workspaces, the YAML
// test suite).
import { load, type Schema, type State } from 'js-yaml'
import type { Path } from '../findings/index.js'

type Kind = 'scalar' | 'mapping' | 'sequence' | null

const KINDS: readonly Kind[] = [null, 'scalar', 'mapping', 'sequence']

/**
 * Every node of a file in flat arrays (one entry per node, in the order js-yaml opens them),
 * so that recording a large file allocates a few arrays, not an object per node. Children are
 * kept in CSR form: the children of node i are childList[start[i + 1] .. start[i + 2]), and
 * the document's (its root) childList[start[0] .. start[1]).
 */
export interface FastTree {
  text: string
  /** The data js-yaml read. */
  data: unknown
  open: Int32Array
  close: Int32Array
  /** Index into KINDS. */
  kind: Uint8Array
  /** Collections: how many items or pairs js-yaml built. */
  size: Int32Array
  /** Scalars: the constructed value (a key's name); sparse. */
  value: unknown[]
  start: Int32Array
  childList: Int32Array
}

function grow<T extends Int32Array | Uint8Array>(a: T, n: number): T {
  if (n < a.length) return a
  const b = new (a.constructor as new (n: number) => T)(a.length * 2)
  b.set(a)
  return b
}

/** The node tree of `text` by js-yaml's listener; undefined when js-yaml cannot read it. */
export function nodeTree(text: string, schema: Schema): FastTree | undefined {
  let open = new Int32Array(1024)
  let close = new Int32Array(1024)
  let kind = new Uint8Array(1024)
  let size = new Int32Array(1024)
  let parent = new Int32Array(1024)
  let stack = new Int32Array(64)
  const value: unknown[] = []
  let count = 0
  let depth = 0
  const end = text.length
  let data: unknown
  try {
    data = load(text, {
      schema,
      json: false,
      listener(event: 'open' | 'close', state: State) {
        if (event === 'open') {
          if (count >= open.length) {
            open = grow(open, count)
            close = grow(close, count)
            kind = grow(kind, count)
            size = grow(size, count)
            parent = grow(parent, count)
          }
          open[count] = state.position
          parent[count] = depth > 0 ? stack[depth - 1]! : -1
          stack = grow(stack, depth)
          stack[depth++] = count++
          return
        }
        const i = stack[--depth]!
        // js-yaml reads the text with a line feed appended when it has none at its end.
        close[i] = state.position < end ? state.position : end
        const result: unknown = state.result
        if (state.kind === 'scalar') {
          kind[i] = 1
          value[i] = result
        } else if (state.kind === 'mapping') {
          kind[i] = 2
          size[i] = result !== null && typeof result === 'object' ? Object.keys(result).length : 0
        } else if (state.kind === 'sequence') {
          kind[i] = 3
          size[i] = Array.isArray(result) ? result.length : 0
        }
      },
    })
  } catch {
    return undefined
  }
  // Children in CSR form: counts per slot (node i is slot i + 1, the document slot 0),
  // prefix sums, then each node in open order, which is source order.
  const start = new Int32Array(count + 2)
  for (let i = 0; i < count; i++) start[parent[i]! + 2]!++
  for (let k = 1; k < count + 2; k++) start[k]! += start[k - 1]!
  const at = start.slice()
  const childList = new Int32Array(count)
  for (let i = 0; i < count; i++) childList[at[parent[i]! + 1]!++] = i
  return { text, data, open: open.slice(0, count), close: close.slice(0, count), kind: kind.slice(0, count), size: size.slice(0, count), value, start, childList }
}

/** The children of node `i` (-1: the document). */
export function childrenOf(tree: FastTree, i: number): Int32Array {
  return tree.childList.subarray(tree.start[i + 1]!, tree.start[i + 2]!)
}

export const kindOf = (tree: FastTree, i: number): Kind => KINDS[tree.kind[i]!]!

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
const isBlank = (c: number) => c === 0x20 || c === 0x09

/** Past white space and comments, from `i`. */
function skipSpace(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) i++
    else if (c === 0x23 /* # */ && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      const nl = text.indexOf('\n', i)
      i = nl === -1 ? end : nl + 1
    } else break
  }
  return i
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return end
}

/**
 * The node that holds node i's content. js-yaml reads a node that may be a block mapping's
 * first key in a node of its own, and keeps it when no `:` follows: a node then wraps the one
 * child that read it, starting where it starts.
 */
export function content(tree: FastTree, i: number): number {
  const { text } = tree
  for (;;) {
    const kids = childrenOf(tree, i)
    if (kids.length !== 1) return i
    const only = kids[0]!
    if (tree.kind[only] !== tree.kind[i] && kindOf(tree, i) !== 'scalar') return i
    const start = skipSpace(text, tree.open[only]!, tree.close[only]!)
    if (start >= tree.close[only]! || start !== skipSpace(text, tree.open[i]!, tree.close[i]!)) return i // empty, or not a wrapper
    i = only
  }
}

/** Offsets of a node as `yaml` gives them: its start, and the end of its value. */
export interface NodeRange {
  start: number
  end: number
  kind: Kind
}

/** Where node i starts and its value ends, as `yaml`'s `range[0]` and `range[1]`. */
export function rangeOf(tree: FastTree, node: number): NodeRange {
  const { text } = tree
  const f = content(tree, node)
  const kind = kindOf(tree, f)
  const open = tree.open[f]!
  const close = tree.close[f]!
  const start = skipSpace(text, open, close)
  if (start >= close) {
    // An empty node (a key with no value): `yaml` places it after the blanks on its line.
    let at = open
    while (at < close && isBlank(text.charCodeAt(at))) at++
    return { start: at, end: at, kind }
  }
  const first = text.charCodeAt(start)
  if (kind === 'scalar' && (first === 0x7c /* | */ || first === 0x3e /* > */)) return { start, end: blockScalarEnd(text, start, close), kind }
  if (kind === 'mapping' || kind === 'sequence') {
    const kids = childrenOf(tree, f)
    if (first === 0x5b /* [ */ || first === 0x7b /* { */ || kids.length === 0) return { start, end: trimEnd(text, start, close), kind }
    // A block collection's value runs to the end of its last line, line break included.
    let end = Math.max(rangeOf(tree, kids[kids.length - 1]!).end, start)
    if (end > 0 && text.charCodeAt(end - 1) !== 0x0a) {
      const nl = text.indexOf('\n', end)
      end = nl === -1 ? text.length : nl + 1
    }
    return { start, end, kind }
  }
  return { start, end: trimEnd(text, start, close), kind }
}

/**
 * A block scalar's value, as `yaml` ranges it: through the line break of its last line with
 * content (`|+`, or no content at all, keeps the blank lines after it too), not the
 * indentation of the next line.
 */
function blockScalarEnd(text: string, start: number, close: number): number {
  let end = close
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  const header = /^[|>][-+0-9]*/.exec(text.slice(start, start + 4))?.[0] ?? ''
  if (header.includes('+')) return end
  const lastContent = trimEnd(text, start, end)
  const headerEnd = text.indexOf('\n', start)
  if (headerEnd === -1 || lastContent <= headerEnd) return end // no content: its blank lines are all it has
  const nl = text.indexOf('\n', lastContent)
  return nl === -1 || nl >= end ? end : nl + 1
}

/** The children of a mapping as [key, value] pairs; a key with no value node pairs with -1. */
export function pairs(tree: FastTree, map: number): Array<[number, number]> {
  const { text } = tree
  const isKey = (f: number) => {
    let i = rangeOf(tree, f).end
    while (i < text.length && isBlank(text.charCodeAt(i))) i++
    return text.charCodeAt(i) === 0x3a /* : */
  }
  const out: Array<[number, number]> = []
  const kids = childrenOf(tree, map)
  for (let i = 0; i < kids.length; i++) {
    const key = kids[i]!
    const next = kids[i + 1]
    if (next !== undefined && !isKey(next)) {
      out.push([key, next])
      i++
    } else {
      out.push([key, -1])
    }
  }
  return out
}

export interface Located {
  /** The node found at the deepest segment of the path that exists. */
  node: NodeRange | null
  /** The key of the pair holding it, when it is a map value. */
  key: NodeRange | null
  depth: number
}

/**
 * Walks the tree along `path`, keeping the deepest node found (as source.ts `walk`); undefined
 * where the tree cannot say for sure (js-yaml reads an empty list item without a node of its
 * own), and the `yaml` package must.
 */
export function walkFast(tree: FastTree, path: Path): Located | undefined {
  const roots = childrenOf(tree, -1)
  let node = roots.length > 0 ? content(tree, roots[0]!) : -1
  const empty = node === -1 || (tree.kind[node] === 0 && skipSpace(tree.text, tree.open[node]!, tree.close[node]!) >= tree.close[node]!)
  let found: Located = { node: empty ? null : rangeOf(tree, node), key: null, depth: 0 }
  for (const segment of path) {
    if (node === -1) break
    const kind = kindOf(tree, node)
    if (kind === 'mapping') {
      const all = pairs(tree, node)
      if (all.length !== tree.size[node]) return undefined
      const pair = all.find(([k]) => String(tree.value[content(tree, k)]) === String(segment))
      if (!pair) break
      const [key, value] = pair
      if (value === -1) return undefined // a key js-yaml read no value node for: `yaml` places its empty value
      const keyRange = rangeOf(tree, key)
      node = content(tree, value)
      found = { node: rangeOf(tree, value), key: keyRange, depth: found.depth + 1 }
    } else if (kind === 'sequence') {
      const items = childrenOf(tree, node)
      if (items.length !== tree.size[node]) return undefined
      if (typeof segment !== 'number' || items[segment] === undefined) break
      node = content(tree, items[segment]!)
      found = { node: rangeOf(tree, node), key: null, depth: found.depth + 1 }
    } else {
      break
    }
  }
  return found
}

/** Plain data equal in value, key order included (NaN equals NaN). */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k, i) => k === kb[i] && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The part of the text that a top-level key's value takes, from its key's line to the next line
 * at column 0 that is neither blank nor a comment (nor, for a list written at the key's own
 * column, one of its items). Found by regular expressions over the text, not line by line: a
 * wrong guess costs nothing, since the part is used only when it reads back as the file's data.
 */
function keyRegion(text: string, key: string): { start: number; end: number } | undefined {
  const re = new RegExp(`^${escapeRegex(key)}[ \\t]*:(?:[ \\t]|\\r?$)`, 'm')
  const m = re.exec(text)
  if (!m) return undefined
  const firstContent = /\n(?![ \t]*(?:#[^\n]*)?\r?(?:\n|$))/g
  firstContent.lastIndex = m.index
  const first = firstContent.exec(text)
  const dashes = first !== null && /^-(?:[ \t]|\r?\n|\r?$)/.test(text.slice(first.index + 1, first.index + 4))
  // The next line at column 0 that starts something else than a comment (or an item).
  const next = dashes ? /\n(?=[^\s#-]|-[^ \t\r\n])/g : /\n(?=[^\s#])/g
  next.lastIndex = m.index + m[0].length
  const end = next.exec(text)
  return { start: m.index, end: end ? end.index + 1 : text.length }
}

/** The item `index` of the block sequence in `region`: from its dash's line to the next item's. */
function itemRegion(text: string, region: { start: number; end: number }, index: number): { start: number; end: number } | undefined {
  const keyLineEnd = text.indexOf('\n', region.start)
  if (keyLineEnd === -1 || keyLineEnd >= region.end) return undefined
  if (!/:[ \t]*(?:#.*)?\r?$/.test(text.slice(region.start, keyLineEnd))) return undefined // the value is on the key's line
  const item = /^([ ]*)-(?:[ \t]|\r?$)/m
  const rest = text.slice(keyLineEnd + 1, region.end)
  const first = item.exec(rest)
  if (!first) return undefined
  const dash = new RegExp(`^${first[1]}-(?:[ \\t]|\\r?$)`, 'gm')
  dash.lastIndex = first.index
  let start = -1
  for (let n = 0; ; n++) {
    const m = dash.exec(rest)
    if (!m) return start === -1 ? undefined : { start: keyLineEnd + 1 + start, end: region.end }
    if (n === index) start = m.index
    else if (n === index + 1) return { start: keyLineEnd + 1 + start, end: keyLineEnd + 1 + m.index }
  }
}

/** A located node with its offsets moved by `by`. */
function shift(found: Located, by: number): Located {
  const move = (r: NodeRange | null) => (r ? { ...r, start: r.start + by, end: r.end + by } : null)
  return { node: move(found.node), key: move(found.key), depth: found.depth }
}

/**
 * `walkFast` on the smallest part of a large file that holds the path: the item of a top-level
 * list (`['tasks', 250, …]`) or a top-level key's value, read on its own by js-yaml, its
 * offsets moved back into the file. Used only when that part reads back as exactly the data
 * the file holds there; undefined otherwise (the whole file's tree then answers).
 */
export function walkSlice(text: string, data: unknown, path: Path, schema: Schema): Located | undefined {
  const key = path[0]
  if (typeof key !== 'string' || data === null || typeof data !== 'object' || Array.isArray(data)) return undefined
  const region = keyRegion(text, key)
  if (!region) return undefined
  const value = (data as Record<string, unknown>)[key]
  const index = path[1]
  if (typeof index === 'number' && Array.isArray(value)) {
    const item = itemRegion(text, region, index)
    if (!item) return undefined
    const tree = nodeTree(text.slice(item.start, item.end), schema)
    if (!tree || !sameData(tree.data, [value[index]])) return undefined
    const found = walkFast(tree, [0, ...path.slice(2)])
    return found && found.depth >= 1 ? shift({ ...found, depth: found.depth + 1 }, item.start) : undefined
  }
  const tree = nodeTree(text.slice(region.start, region.end), schema)
  if (!tree || !sameData(tree.data, { [key]: value })) return undefined
  const found = walkFast(tree, path)
  return found && found.depth >= 1 ? shift(found, region.start) : undefined
}
