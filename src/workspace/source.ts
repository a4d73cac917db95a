// A file as read and parsed, and the one door from "where in the data" to line:column
// (STYLE: positions are kept from the parser to the printer). Paths are JSON-pointer-like
// segment lists: ['tasks', 2, 'due'].
import type { Document, LineCounter, Node } from 'yaml'
import type { Located, NodeRange } from './fast-positions.js'
import { yamlLib } from './parse-yaml-lib.js'
import type { Path, Span } from '../findings/index.js'

export type { Path }

export type FileKind = 'workspace' | 'organizations' | 'people' | 'chain' | 'meeting'

export interface SourceFile {
  /** Workspace-relative path with '/' separators. */
  path: string
  kind: FileKind
  /** Decoded text without a BOM; '' when the file could not be read or decoded. */
  text: string
  doc?: Document.Parsed
  lineCounter?: LineCounter
  /** Files the fast path read: positions from js-yaml (fast-positions.ts), with `doc` parsed
   *  on first use only where they cannot answer. */
  fastLocate?: (path: Path) => Located | undefined
  /** The file's data as plain JS; undefined when it could not be parsed at all. */
  data: unknown
  /** False when reading, decoding or parsing failed (the data, if any, is partial). */
  ok: boolean
}

const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/** Line and column (1-based) of a string offset, from the text itself. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

const lineIndex = new WeakMap<SourceFile, Int32Array>()

/**
 * Offsets where each line of the file starts, computed once per file, in a typed array of the
 * exact length (a pushed list of 100,000 lines kept ≈ 1 MiB per large file: issue #15).
 */
function lineStarts(file: SourceFile): Int32Array {
  let starts = lineIndex.get(file)
  if (!starts) {
    const text = file.text
    let count = 1
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++
    starts = new Int32Array(count)
    let n = 1
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1
    lineIndex.set(file, starts)
  }
  return starts
}

/** 1-based line and column of an offset, by binary search over the line starts. */
function linePos(file: SourceFile, offset: number): { line: number; column: number } {
  const starts = lineStarts(file)
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 }
}

export function spanOfOffsets(file: SourceFile, start: number, end: number): Span {
  const lc = file.lineCounter
  const a = lc ? lc.linePos(start) : null
  const b = lc ? lc.linePos(Math.max(start, end)) : null
  if (a && b) return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col }
  const s = linePos(file, start)
  const e = linePos(file, Math.max(start, end))
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column }
}

/** The yaml package's node as a range: start, end of its value, and what it is. */
function rangeOfNode(node: Node | null): NodeRange | null {
  if (!node?.range) return null
  const { isMap, isSeq } = yamlLib()
  return { start: node.range[0], end: node.range[1], kind: isMap(node) ? 'mapping' : isSeq(node) ? 'sequence' : 'scalar' }
}

/** Walks the YAML tree along `path`, keeping the deepest node found (PITFALLS §2). */
function walk(doc: Document.Parsed, path: Path): Located {
  const { isMap, isPair, isScalar, isSeq } = yamlLib()
  let node = doc.contents as Node | null
  let found: Located = { node: rangeOfNode(node), key: null, depth: 0 }
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      )
      if (!pair) break
      node = (pair.value as Node | null) ?? (pair.key as Node)
      found = { node: rangeOfNode(node), key: rangeOfNode(pair.key as Node), depth: found.depth + 1 }
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment] as Node
      found = { node: rangeOfNode(node), key: null, depth: found.depth + 1 }
    } else {
      break
    }
  }
  return found
}

/**
 * The span of the node at `path`: its value (default), or its key when `on` is 'key'.
 * A collection value is marked on its first line only, or at the key that holds it.
 * Files the fast path read are walked without the yaml package (fast-positions.ts).
 */
export function locate(file: SourceFile, path: Path, on: 'key' | 'value' = 'value'): Span {
  const found = file.fastLocate?.(path) ?? (file.doc ? walk(file.doc, path) : undefined)
  if (!found) return FILE_START
  let target = found.node
  const collection = target?.kind === 'mapping' || target?.kind === 'sequence'
  if (found.key && (on === 'key' || found.depth < path.length || collection)) target = found.key
  if (!target) return FILE_START
  const { start, end } = target
  if (target.kind === 'mapping' || target.kind === 'sequence') {
    // A collection that no key holds (a list item, the root): mark its first line.
    const lineEnd = file.text.indexOf('\n', start)
    return spanOfOffsets(file, start, lineEnd === -1 ? end : Math.min(end, lineEnd))
  }
  return spanOfOffsets(file, start, end)
}
