// Edits of a YAML source text that keep every byte they need not change (SPEC §9, PITFALLS
// §7): set a scalar, add a key to a map, append an item to a sequence. The edits are spliced
// into the text at the node ranges of one parse; comments, blank lines, key order, quoting,
// flow or block style, indentation, LF or CRLF and a BOM stay as found. The result is parsed
// again and its data compared with what was meant: a text that would not read back exactly
// as given is refused (YamlEditError), never returned.
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml'
import { yamlLib } from '../parse-yaml-lib.js'
import { applyToData, sameData, type YamlEdit, type YamlPath } from './expected-data.js'
import { flowText, isPlainScalar, pairLines, scalarText, seqItemLines, type Layout, type Plain } from './render-value.js'
import { columnOf, lineBreakAt, lineEnd, lineStart, trimEndOffset, trimLineBreaks } from './text-lines.js'

export type { YamlEdit, YamlPath } from './expected-data.js'
export type { Plain } from './render-value.js'

export type YamlEditProblem =
  | 'syntax' // the text does not parse cleanly: it is not edited
  | 'not-found' // a path leads nowhere
  | 'not-a-map' // a key to add, but no map to add it to
  | 'not-a-sequence' // an item to append, but no sequence there
  | 'not-a-scalar' // a value to set, but a collection there
  | 'overlap' // two edits of the same place
  | 'read-back' // the edited text would not read back as meant

export class YamlEditError extends Error {
  override name = 'YamlEditError'
  constructor(
    readonly problem: YamlEditProblem,
    readonly path: YamlPath,
    message: string,
  ) {
    super(message)
  }
}

const PARSE_OPTIONS = { version: '1.2', uniqueKeys: true, strict: true, merge: false, prettyErrors: false, logLevel: 'silent' } as const

interface Splice {
  start: number
  end: number
  text: string
  order: number
  /** How deep the collection edited lies: at one offset, an inner insertion goes first. */
  depth: number
}

interface Context {
  src: string
  layout: Layout
  splices: Splice[]
  /** The depth of the collection the edit being planned changes. */
  depth: number
}

/** A new sequence for a key that has none yet (missing, or empty); appends to it are gathered. */
interface NewSequence {
  map: YAMLMap
  key: string
  pair?: Pair // the key's pair when it is there with an empty value
  items: Plain[]
  order: number
  path: YamlPath
}

function splice(ctx: Context, s: Omit<Splice, 'depth'>): void {
  ctx.splices.push({ ...s, depth: ctx.depth })
}

function parse(src: string): Document.Parsed {
  return yamlLib().parseDocument(src, PARSE_OPTIONS)
}

const pathText = (path: YamlPath): string => (path.length === 0 ? '(root)' : path.join('.'))

/**
 * Applies `edits` to `text` and returns the new text. Every edit addresses the text as given
 * (paths of the original document), and all of them are checked together on the result.
 */
export function editYaml(text: string, edits: readonly YamlEdit[]): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : ''
  const src = bom ? text.slice(1) : text
  const doc = parse(src)
  if (doc.errors.length > 0) {
    throw new YamlEditError('syntax', [], `the file does not parse as YAML: ${doc.errors[0]!.message.split('\n')[0]}`)
  }
  const ctx: Context = { src, layout: readLayout(doc, src), splices: [], depth: 0 }
  const newSequences = new Map<string, NewSequence>()
  edits.forEach((edit, order) => planEdit(ctx, doc, edit, order, newSequences))
  for (const seq of newSequences.values()) {
    ctx.depth = seq.path.length - 1
    planNewSequence(ctx, seq)
  }
  const out = applySplices(src, ctx.splices)
  verify(out, doc, edits)
  return bom + out
}

// --- finding the place ---------------------------------------------------------------------

interface Place {
  node: Node | null
  pair?: Pair
  /** The collection holding the last segment. */
  parent: Node | null
  flow: boolean
  missing: boolean
}

function find(doc: Document.Parsed, path: YamlPath): Place {
  const { isMap, isSeq, isScalar, isPair } = yamlLib()
  let node = doc.contents as Node | null
  let parent: Node | null = null
  let pair: Pair | undefined
  let flow = false
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!
    const last = i === path.length - 1
    if ((isMap(node) || isSeq(node)) && node.flow) flow = true
    parent = node
    pair = undefined
    if (isMap(node)) {
      pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment))
      if (!pair) {
        if (last) return { node: null, parent, flow, missing: true }
        throw new YamlEditError('not-found', path, `nothing at ${pathText(path.slice(0, i + 1))}`)
      }
      node = (pair.value as Node | null) ?? null
    } else if (isSeq(node) && typeof segment === 'number' && segment >= 0 && segment < node.items.length) {
      node = (node.items[segment] as Node | null) ?? null
    } else {
      throw new YamlEditError('not-found', path, `nothing at ${pathText(path.slice(0, i + 1))}`)
    }
  }
  return { node, pair, parent, flow, missing: false }
}

// --- planning each edit --------------------------------------------------------------------

function planEdit(ctx: Context, doc: Document.Parsed, edit: YamlEdit, order: number, newSequences: Map<string, NewSequence>): void {
  const { isMap, isScalar, isSeq } = yamlLib()
  const place = find(doc, edit.path)
  const key = edit.path[edit.path.length - 1]
  ctx.depth = edit.op === 'set' || !isSeq(place.node) ? edit.path.length - 1 : edit.path.length
  if (edit.op === 'set') {
    if (place.missing) {
      if (!isMap(place.parent)) throw new YamlEditError('not-a-map', edit.path, `no map to add ${String(key)} to`)
      planPair(ctx, place.parent, String(key), edit.value, edit.after, order)
    } else if (isScalar(place.node) && isPlainScalar(edit.value)) {
      if (!sameData(place.node.toJSON(), edit.value)) planScalar(ctx, place.node, edit.value, place.flow, order)
    } else {
      throw new YamlEditError('not-a-scalar', edit.path, `${pathText(edit.path)} holds a collection, not a single value`)
    }
    return
  }
  const empty = place.missing || (isScalar(place.node) && place.node.value === null)
  if (empty && isMap(place.parent) && key !== undefined) {
    const id = JSON.stringify(edit.path)
    const pending = newSequences.get(id)
    if (pending) pending.items.push(edit.value)
    else newSequences.set(id, { map: place.parent, key: String(key), pair: place.pair, items: [edit.value], order, path: edit.path })
  } else if (isSeq(place.node)) {
    if (place.node.flow) planFlowItem(ctx, place.node, edit.value, order)
    else planBlockItem(ctx, place.node, edit.value, order)
  } else {
    throw new YamlEditError('not-a-sequence', edit.path, `${pathText(edit.path)} is not a list`)
  }
}

/** Replaces a scalar's text; a block scalar gives way to a one-line scalar. */
function planScalar(ctx: Context, node: Scalar, value: Plain & (string | number | boolean | null), flow: boolean, order: number): void {
  const { src } = ctx
  const [start, valueEnd] = node.range!
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'
  const end = block ? trimLineBreaks(src, start, valueEnd) : valueEnd
  let text = scalarText(value, { flow, like: node.type })
  if (start === end) {
    // An empty value (`resolved:`): keep it apart from the colon before and a comment after.
    if (start > 0 && !/\s/.test(src[start - 1]!)) text = ' ' + text
    if (src[end] === '#') text += ' '
  }
  splice(ctx, { start, end, text, order })
}

/** Adds `key: value` to a map: after the pair `after` where there is one, else at its end. */
function planPair(ctx: Context, map: YAMLMap, key: string, value: Plain, after: string | undefined, order: number): void {
  const { isScalar } = yamlLib()
  const { src, layout } = ctx
  const pairs = map.items
  const anchor = (after !== undefined && pairs.find((p) => isScalar(p.key) && String(p.key.value) === after)) || pairs[pairs.length - 1]
  if (map.flow) {
    const text = `${key}: ${flowText(value, layout)}`
    if (!anchor) splice(ctx, { start: map.range![0] + 1, end: map.range![0] + 1, text, order })
    else planAfterFlowEntry(ctx, endOf(anchor), anchor === pairs[pairs.length - 1] ? startOf(anchor) : undefined, text, order)
    return
  }
  if (!anchor) throw new YamlEditError('not-a-map', [], 'an empty block map')
  const column = columnOf(src, startOf(pairs[0]!))
  insertLines(ctx, (anchor.value as Node | null) ?? (anchor.key as Node), pairLines(key, value, column, layout), order)
}

/** Appends an item to a block sequence, its `-` and content in the columns of the items there. */
function planBlockItem(ctx: Context, seq: YAMLSeq, value: Plain, order: number): void {
  const { src, layout } = ctx
  const { dash, content } = itemColumns(src, seq)
  insertLines(ctx, seq, seqItemLines(value, dash, content, layout), order)
}

/** Appends an item to a flow sequence: `[a, b]` → `[a, b, c]`, a trailing comma kept. */
function planFlowItem(ctx: Context, seq: YAMLSeq, value: Plain, order: number): void {
  const { src } = ctx
  const padded = seq.items.length > 0 && src[seq.range![0] + 1] === ' '
  const text = flowText(value, { ...ctx.layout, flowPadding: padded })
  const last = seq.items[seq.items.length - 1] as Node | Pair | null | undefined
  if (!last) {
    splice(ctx, { start: seq.range![0] + 1, end: seq.range![0] + 1, text, order })
    return
  }
  planAfterFlowEntry(ctx, endOf(last), startOf(last), text, order)
}

/** Inserts a flow entry after the one ending at `end`: `, text`, or `text,` after a trailing comma. */
function planAfterFlowEntry(ctx: Context, end: number, lastStart: number | undefined, text: string, order: number): void {
  const { src } = ctx
  let ws = ''
  if (lastStart !== undefined) {
    let i = lastStart
    while (i > 0 && /[ \t\r\n]/.test(src[i - 1]!)) i--
    ws = src.slice(i, lastStart)
  }
  const sep = /\n/.test(ws) ? ws : ' '
  let next = end
  while (next < src.length && /[ \t]/.test(src[next]!)) next++
  if (src[next] === ',') splice(ctx, { start: next + 1, end: next + 1, text: `${sep}${text},`, order })
  else splice(ctx, { start: end, end, text: `,${sep}${text}`, order })
}

/** A key that has no sequence yet gets one holding every item appended to it. */
function planNewSequence(ctx: Context, seq: NewSequence): void {
  const { isScalar } = yamlLib()
  const { src, layout } = ctx
  if (!seq.pair) {
    planPair(ctx, seq.map, seq.key, seq.items, undefined, seq.order)
    return
  }
  // `key:`, `key: ~` or `key: null`, perhaps with a comment: the list goes in the empty place.
  const value = seq.pair.value as Node
  if (!isScalar(value)) throw new YamlEditError('not-a-sequence', seq.path, `${pathText(seq.path)} is not a list`)
  const [start, end] = value.range!
  if (seq.map.flow) {
    const pad = start > 0 && !/\s/.test(src[start - 1]!) ? ' ' : ''
    splice(ctx, { start, end, text: pad + flowText(seq.items, layout), order: seq.order })
    return
  }
  if (end > start) {
    let from = start
    while (from > 0 && (src[from - 1] === ' ' || src[from - 1] === '\t')) from--
    splice(ctx, { start: from, end, text: '', order: seq.order })
  }
  const keyColumn = columnOf(src, startOf(seq.pair))
  const dash = keyColumn + layout.seqIndent
  const lines = seq.items.flatMap((item) => seqItemLines(item, dash, dash + layout.itemGap, layout))
  const at = lineEnd(src, end)
  const eol = lineBreakAt(src, at)
  splice(ctx, { start: at, end: at, text: eol + lines.join(eol), order: seq.order })
}

/**
 * New lines after the last line of `node`'s content: before the line break that ends it
 * (comment lines and blank lines after it stay after the new lines), or, after a block
 * scalar that keeps its final line breaks (`|+`), after those.
 */
function insertLines(ctx: Context, node: Node, lines: string[], order: number): void {
  const { src } = ctx
  const lastLeaf = deepestLast(node)
  const [start, valueEnd] = node.range!
  if (isKeepBlockScalar(src, lastLeaf)) {
    const at = lastLeaf.range![1]
    if (at === lineStart(src, at) && at > 0) {
      const eol = src[at - 2] === '\r' ? '\r\n' : '\n'
      splice(ctx, { start: at, end: at, text: lines.join(eol) + eol, order })
      return
    }
  }
  // Back over comment lines that follow the last value (never into a block scalar's text).
  const floor = lastLeaf.range![1]
  let q = trimEndOffset(src, start, valueEnd)
  while (q > start) {
    const from = lineStart(src, q - 1)
    if (from < floor || !src.slice(from, q).trimStart().startsWith('#')) break
    q = trimEndOffset(src, start, from)
  }
  const at = lineEnd(src, q)
  const eol = lineBreakAt(src, at)
  splice(ctx, { start: at, end: at, text: eol + lines.join(eol), order })
}

function isKeepBlockScalar(src: string, node: Node): boolean {
  const { isScalar } = yamlLib()
  if (!isScalar(node) || (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED')) return false
  return /^[|>][0-9]?\+/.test(src.slice(node.range![0], node.range![0] + 3))
}

function deepestLast(node: Node): Node {
  const { isMap, isSeq, isPair } = yamlLib()
  let current: Node = node
  for (;;) {
    if (!(isMap(current) || isSeq(current)) || current.flow || current.items.length === 0) return current
    const last: unknown = current.items[current.items.length - 1]
    const next = isPair(last) ? ((last.value as Node | null) ?? (last.key as Node)) : (last as Node | null)
    if (!next) return current
    current = next
  }
}

/** Where an item's `-` and content sit, from the first item written `- content` on one line. */
function itemColumns(src: string, seq: YAMLSeq): { dash: number; content: number } {
  for (const item of seq.items) {
    if (!item || typeof item !== 'object' || !('range' in item) || !item.range) continue
    const start = startOf(item as Node)
    let i = start
    while (i > 0 && (src[i - 1] === ' ' || src[i - 1] === '\t')) i--
    if (src[i - 1] === '-') return { dash: columnOf(src, i - 1), content: columnOf(src, start) }
  }
  const dash = columnOf(src, seq.range![0])
  return { dash, content: dash + 2 }
}

function startOf(item: Node | Pair): number {
  const { isPair } = yamlLib()
  if (isPair(item)) return startOf(item.key as Node)
  return item.range![0]
}

function endOf(item: Node | Pair): number {
  const { isPair } = yamlLib()
  if (isPair(item)) return endOf(((item.value as Node | null) ?? item.key) as Node)
  return item.range![1]
}

// --- layout of the file --------------------------------------------------------------------

/** The indentation the file already uses for nested maps and for block sequences under keys. */
function readLayout(doc: Document.Parsed, src: string): Layout {
  const { visit, isMap, isSeq, isScalar } = yamlLib()
  let indent: number | undefined
  let seqIndent: number | undefined
  let itemGap: number | undefined
  let flowPadding: boolean | undefined
  visit(doc, {
    Pair(_key, pair) {
      const value = pair.value as Node | null
      if (!isScalar(pair.key) || !pair.key.range || !value?.range) return
      const keyColumn = columnOf(src, pair.key.range[0])
      if (isMap(value) && !value.flow && indent === undefined && value.items[0]) {
        indent = columnOf(src, startOf(value.items[0])) - keyColumn
      } else if (isSeq(value) && !value.flow && seqIndent === undefined) {
        const columns = itemColumns(src, value)
        seqIndent = columns.dash - keyColumn
        itemGap = columns.content - columns.dash
      }
    },
    Seq(_key, seq) {
      if (seq.flow && seq.items.length > 0 && flowPadding === undefined) flowPadding = src[seq.range![0] + 1] === ' '
    },
    Map(_key, map) {
      if (map.flow && map.items.length > 0 && flowPadding === undefined) flowPadding = src[map.range![0] + 1] === ' '
    },
  })
  const unit = indent !== undefined && indent > 0 ? indent : 2
  return {
    indent: unit,
    seqIndent: seqIndent !== undefined && seqIndent >= 0 ? seqIndent : unit,
    itemGap: itemGap !== undefined && itemGap >= 2 ? itemGap : 2,
    flowPadding: flowPadding ?? false,
  }
}

// --- splicing and checking -----------------------------------------------------------------

function applySplices(src: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end || b.depth - a.depth || a.order - b.order)
  let out = ''
  let at = 0
  for (const s of sorted) {
    if (s.start < at) throw new YamlEditError('overlap', [], 'two edits change the same place')
    out += src.slice(at, s.start) + s.text
    at = s.end
  }
  return out + src.slice(at)
}

function verify(out: string, before: Document.Parsed, edits: readonly YamlEdit[]): void {
  const after = parse(out)
  const first = after.errors[0] ?? (after.warnings.length > before.warnings.length ? after.warnings[0] : undefined)
  if (first) throw new YamlEditError('read-back', [], `the edited file would not parse: ${first.message.split('\n')[0]}`)
  const expected = applyToData(before.toJS({ maxAliasCount: 100 }), edits)
  if (!sameData(after.toJS({ maxAliasCount: 100 }), expected)) {
    throw new YamlEditError('read-back', [], 'the edited file would not read back as the values given')
  }
}
