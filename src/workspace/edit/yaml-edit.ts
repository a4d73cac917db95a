// Edits of a YAML source text that keep every byte they need not change (SPEC §9, PITFALLS
// §7): set a scalar, add a key to a map, append an item to a sequence. The edits are spliced
// into the text at the node offsets of one parse (edit-tree.ts); comments, blank lines, key
// order, quoting, flow or block style, indentation, LF or CRLF and a BOM stay as found. The
// result is read again and its data compared with what was meant: a text that would not read
// back exactly as given is refused (YamlEditError), never returned.
import { fastData } from '../parse-yaml-fast.js'
import { yamlLib } from '../parse-yaml-lib.js'
import { editTree, editTreeOfDocument, TreeSyntaxError, UncertainTree, type EditNode, type EditPair, type EditTree } from './edit-tree.js'
import { applyToData, sameData, type YamlEdit, type YamlPath } from './expected-data.js'
import { flowText, isPlainScalar, pairLines, scalarText, seqItemLines, type Layout, type Plain, type PlainScalar } from './render-value.js'
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

type MapNode = Extract<EditNode, { kind: 'map' }>
type SeqNode = Extract<EditNode, { kind: 'seq' }>
type ScalarNode = Extract<EditNode, { kind: 'scalar' }>

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
  map: MapNode
  key: string
  pair?: EditPair // the key's pair when it is there with an empty value
  items: Plain[]
  order: number
  path: YamlPath
}

function splice(ctx: Context, s: Omit<Splice, 'depth'>): void {
  ctx.splices.push({ ...s, depth: ctx.depth })
}

const pathText = (path: YamlPath): string => (path.length === 0 ? '(root)' : path.join('.'))

/**
 * Applies `edits` to `text` and returns the new text. Every edit addresses the text as given
 * (paths of the original document), and all of them are checked together on the result.
 */
export function editYaml(text: string, edits: readonly YamlEdit[]): string {
  return editYamlText(text, edits).text
}

/**
 * editYaml, with the edited file's data where the fast path read it back (the data the
 * workspace loader would read, so the would-be workspace needs no third parse of it).
 */
export function editYamlText(text: string, edits: readonly YamlEdit[]): { text: string; fast?: { data: unknown } } {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : ''
  const src = bom ? text.slice(1) : text
  let tree: EditTree
  let ctx: Context
  try {
    tree = editTree(src)
    try {
      ctx = plan(src, tree, edits)
    } catch (error) {
      if (!(error instanceof UncertainTree)) throw error
      tree = editTreeOfDocument(src)
      ctx = plan(src, tree, edits)
    }
  } catch (error) {
    if (error instanceof TreeSyntaxError) throw new YamlEditError('syntax', [], `the file does not parse as YAML: ${error.message}`)
    throw error
  }
  if (ctx.splices.length === 0) return { text }
  const out = applySplices(src, ctx.splices)
  const back = readBack(out)
  if (!sameData(back.data, applyToData(tree.data, edits))) {
    throw new YamlEditError('read-back', [], 'the edited file would not read back as the values given')
  }
  return { text: bom + out, fast: back.fast ? { data: back.data } : undefined }
}

/** The splices of every edit, on one tree of the text. */
function plan(src: string, tree: EditTree, edits: readonly YamlEdit[]): Context {
  const ctx: Context = { src, layout: readLayout(tree.root, src), splices: [], depth: 0 }
  const newSequences = new Map<string, NewSequence>()
  edits.forEach((edit, order) => planEdit(ctx, tree.root, edit, order, newSequences))
  for (const seq of newSequences.values()) {
    ctx.depth = seq.path.length - 1
    planNewSequence(ctx, seq)
  }
  return ctx
}

// --- finding the place ---------------------------------------------------------------------

interface Place {
  node: EditNode | null
  pair?: EditPair
  /** The collection holding the last segment. */
  parent: EditNode | null
  flow: boolean
  missing: boolean
}

const keyName = (pair: EditPair): string => String((pair.key as ScalarNode).value)

function find(root: EditNode | null, path: YamlPath): Place {
  let node = root
  let parent: EditNode | null = null
  let pair: EditPair | undefined
  let flow = false
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!
    const last = i === path.length - 1
    if (node && node.kind !== 'scalar' && node.flow) flow = true
    parent = node
    pair = undefined
    if (node?.kind === 'map') {
      pair = node.pairs.find((p) => p.key.kind === 'scalar' && keyName(p) === String(segment))
      if (!pair) {
        if (last) return { node: null, parent, flow, missing: true }
        throw new YamlEditError('not-found', path, `nothing at ${pathText(path.slice(0, i + 1))}`)
      }
      node = pair.value
    } else if (node?.kind === 'seq' && typeof segment === 'number' && segment >= 0 && segment < node.items.length) {
      node = node.items[segment] ?? null
    } else {
      throw new YamlEditError('not-found', path, `nothing at ${pathText(path.slice(0, i + 1))}`)
    }
  }
  return { node, pair, parent, flow, missing: false }
}

// --- planning each edit --------------------------------------------------------------------

function planEdit(ctx: Context, root: EditNode | null, edit: YamlEdit, order: number, newSequences: Map<string, NewSequence>): void {
  const place = find(root, edit.path)
  const key = edit.path[edit.path.length - 1]
  ctx.depth = edit.op === 'set' || place.node?.kind !== 'seq' ? edit.path.length - 1 : edit.path.length
  if (edit.op === 'set') {
    if (place.missing) {
      if (place.parent?.kind !== 'map') throw new YamlEditError('not-a-map', edit.path, `no map to add ${String(key)} to`)
      planPair(ctx, place.parent, String(key), edit.value, edit.after, order)
    } else if ((place.node === null || place.node.kind === 'scalar') && isPlainScalar(edit.value)) {
      if (place.node && !sameData(place.node.value, edit.value)) planScalar(ctx, place.node, edit.value, place.flow, order)
      else if (!place.node) throw new YamlEditError('not-found', edit.path, `no value at ${pathText(edit.path)} to replace`)
    } else {
      throw new YamlEditError('not-a-scalar', edit.path, `${pathText(edit.path)} holds a collection, not a single value`)
    }
    return
  }
  const empty = place.missing || place.node === null || (place.node.kind === 'scalar' && place.node.value === null)
  if (empty && place.parent?.kind === 'map' && key !== undefined) {
    const id = JSON.stringify(edit.path)
    const pending = newSequences.get(id)
    if (pending) pending.items.push(edit.value)
    else newSequences.set(id, { map: place.parent, key: String(key), pair: place.pair, items: [edit.value], order, path: edit.path })
  } else if (place.node?.kind === 'seq') {
    if (place.node.flow) planFlowItem(ctx, place.node, edit.value, order)
    else planBlockItem(ctx, place.node, edit.value, order)
  } else {
    throw new YamlEditError('not-a-sequence', edit.path, `${pathText(edit.path)} is not a list`)
  }
}

/** Replaces a scalar's text; a block scalar gives way to a one-line scalar. */
function planScalar(ctx: Context, node: ScalarNode, value: PlainScalar, flow: boolean, order: number): void {
  const { src } = ctx
  const { start, end: valueEnd } = node
  const block = node.style === 'BLOCK_LITERAL' || node.style === 'BLOCK_FOLDED'
  const end = block ? trimLineBreaks(src, start, valueEnd) : valueEnd
  let text = scalarText(value, { flow, like: node.style })
  if (start === end) {
    // An empty value (`resolved:`): keep it apart from the colon before and a comment after.
    if (start > 0 && !/\s/.test(src[start - 1]!)) text = ' ' + text
    if (src[end] === '#') text += ' '
  }
  splice(ctx, { start, end, text, order })
}

/** Adds `key: value` to a map: after the pair `after` where there is one, else at its end. */
function planPair(ctx: Context, map: MapNode, key: string, value: Plain, after: string | undefined, order: number): void {
  const { src, layout } = ctx
  const pairs = map.pairs
  const anchor = (after !== undefined && pairs.find((p) => keyName(p) === after)) || pairs[pairs.length - 1]
  if (map.flow) {
    const text = `${key}: ${flowText(value, { ...layout, flowPadding: paddedLike(src, map, layout) })}`
    if (!anchor) splice(ctx, { start: map.start + 1, end: map.start + 1, text, order })
    else planAfterFlowEntry(ctx, endOf(anchor), anchor === pairs[pairs.length - 1] ? anchor.key.start : undefined, text, order)
    return
  }
  if (!anchor) throw new YamlEditError('not-a-map', [], 'an empty block map')
  const column = columnOf(src, pairs[0]!.key.start)
  insertLines(ctx, anchor.value ?? anchor.key, pairLines(key, value, column, layout), order)
}

/** Appends an item to a block sequence, its `-` and content in the columns of the items there. */
function planBlockItem(ctx: Context, seq: SeqNode, value: Plain, order: number): void {
  const { src, layout } = ctx
  const { dash, content } = itemColumns(src, seq)
  insertLines(ctx, seq, seqItemLines(value, dash, content, layout), order)
}

/** New flow text inside a flow collection is padded as that collection is (`{ a: 1 }`), else as the file. */
function paddedLike(src: string, node: MapNode | SeqNode, layout: Layout): boolean {
  const empty = node.kind === 'map' ? node.pairs.length === 0 : node.items.length === 0
  return empty ? layout.flowPadding : src[node.start + 1] === ' '
}

/** Appends an item to a flow sequence: `[a, b]` → `[a, b, c]`, a trailing comma kept. */
function planFlowItem(ctx: Context, seq: SeqNode, value: Plain, order: number): void {
  const { src } = ctx
  const padded = seq.items.length > 0 && src[seq.start + 1] === ' '
  const text = flowText(value, { ...ctx.layout, flowPadding: padded })
  const last = seq.items[seq.items.length - 1]
  if (!last) {
    splice(ctx, { start: seq.start + 1, end: seq.start + 1, text, order })
    return
  }
  planAfterFlowEntry(ctx, last.end, last.start, text, order)
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
  const { src, layout } = ctx
  if (!seq.pair) {
    planPair(ctx, seq.map, seq.key, seq.items, undefined, seq.order)
    return
  }
  // `key:`, `key: ~` or `key: null`, perhaps with a comment: the list goes in the empty place.
  const value = seq.pair.value
  const start = value ? value.start : seq.pair.key.end
  const end = value ? value.end : seq.pair.key.end
  if (value && value.kind !== 'scalar') throw new YamlEditError('not-a-sequence', seq.path, `${pathText(seq.path)} is not a list`)
  if (seq.map.flow) {
    const pad = start > 0 && !/\s/.test(src[start - 1]!) ? ' ' : ''
    splice(ctx, { start, end, text: pad + flowText(seq.items, { ...layout, flowPadding: paddedLike(src, seq.map, layout) }), order: seq.order })
    return
  }
  if (end > start) {
    let from = start
    while (from > 0 && (src[from - 1] === ' ' || src[from - 1] === '\t')) from--
    splice(ctx, { start: from, end, text: '', order: seq.order })
  }
  const dash = columnOf(src, seq.pair.key.start) + layout.seqIndent
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
function insertLines(ctx: Context, node: EditNode, lines: string[], order: number): void {
  const { src } = ctx
  const lastLeaf = deepestLast(node)
  const { start, end: valueEnd } = node
  if (isKeepBlockScalar(src, lastLeaf)) {
    const at = lastLeaf.end
    if (at === lineStart(src, at) && at > 0) {
      const eol = src[at - 2] === '\r' ? '\r\n' : '\n'
      splice(ctx, { start: at, end: at, text: lines.join(eol) + eol, order })
      return
    }
  }
  // Back over comment lines that follow the last value (never into a block scalar's text).
  const floor = lastLeaf.end
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

function isKeepBlockScalar(src: string, node: EditNode): boolean {
  if (node.kind !== 'scalar' || (node.style !== 'BLOCK_LITERAL' && node.style !== 'BLOCK_FOLDED')) return false
  return /^[|>][0-9]?\+/.test(src.slice(node.start, node.start + 3))
}

function deepestLast(node: EditNode): EditNode {
  let current = node
  for (;;) {
    if (current.kind === 'scalar' || current.flow) return current
    if (current.kind === 'map') {
      const last = current.pairs[current.pairs.length - 1]
      if (!last) return current
      current = last.value ?? last.key
    } else {
      const last = current.items[current.items.length - 1]
      if (!last) return current
      current = last
    }
  }
}

/** Where an item's `-` and content sit, from the first item written `- content` on one line. */
function itemColumns(src: string, seq: SeqNode): { dash: number; content: number } {
  for (const item of seq.items) {
    if (!item) continue
    const start = item.kind === 'map' && !item.flow && item.pairs[0] ? item.pairs[0].key.start : item.start
    let i = start
    while (i > 0 && (src[i - 1] === ' ' || src[i - 1] === '\t')) i--
    if (src[i - 1] === '-') return { dash: columnOf(src, i - 1), content: columnOf(src, start) }
  }
  const dash = columnOf(src, seq.start)
  return { dash, content: dash + 2 }
}

function endOf(pair: EditPair): number {
  return (pair.value ?? pair.key).end
}

// --- layout of the file --------------------------------------------------------------------

/**
 * The indentation the file already uses for nested maps and for block sequences under keys,
 * from the first of each in document order; whether its flow collections are padded
 * (`[ a ]`), from the text.
 */
function readLayout(root: EditNode | null, src: string): Layout {
  let indent: number | undefined
  let seqIndent: number | undefined
  let itemGap: number | undefined
  const done = () => indent !== undefined && seqIndent !== undefined
  const visit = (node: EditNode | null): void => {
    if (!node || node.kind === 'scalar' || node.flow || done()) return
    if (node.kind === 'map') {
      for (const pair of node.pairs) {
        const value = pair.value
        if (value && value.kind === 'map' && !value.flow && indent === undefined && value.pairs[0]) {
          indent = columnOf(src, value.pairs[0].key.start) - columnOf(src, pair.key.start)
        } else if (value && value.kind === 'seq' && !value.flow && seqIndent === undefined) {
          const columns = itemColumns(src, value)
          seqIndent = columns.dash - columnOf(src, pair.key.start)
          itemGap = columns.content - columns.dash
        }
        visit(value)
        if (done()) return
      }
    } else {
      for (const item of node.items) {
        visit(item)
        if (done()) return
      }
    }
  }
  visit(root)
  const unit = indent !== undefined && indent > 0 ? indent : 2
  return {
    indent: unit,
    seqIndent: seqIndent !== undefined && seqIndent >= 0 ? seqIndent : unit,
    itemGap: itemGap !== undefined && itemGap >= 2 ? itemGap : 2,
    flowPadding: /(?:^|[:,\-[{][ \t]*)[[{] [^\s\]}]/m.test(src),
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

/**
 * The data of the edited text, read as the workspace loader reads it: by the fast path
 * where that is certain to agree with the `yaml` package (parse-yaml-fast.ts), else by it.
 */
function readBack(out: string): { data: unknown; fast: boolean } {
  const fast = fastData(out)
  if (fast) return { data: fast.data, fast: true }
  const after = yamlLib().parseDocument(out, { version: '1.2', uniqueKeys: true, strict: true, merge: false, logLevel: 'silent' })
  const first = after.errors[0] ?? after.warnings[0]
  if (first) throw new YamlEditError('read-back', [], `the edited file would not parse: ${first.message.split('\n')[0]}`)
  return { data: after.toJS({ maxAliasCount: 100 }), fast: false }
}
