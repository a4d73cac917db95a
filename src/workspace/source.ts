// A file as read and parsed, and the one door from "where in the data" to line:column
// (STYLE: positions are kept from the parser to the printer). Paths are JSON-pointer-like
// segment lists: ['tasks', 2, 'due'].
import type { Document, LineCounter, Node } from 'yaml'
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

export function spanOfOffsets(file: SourceFile, start: number, end: number): Span {
  const lc = file.lineCounter
  const a = lc ? lc.linePos(start) : null
  const b = lc ? lc.linePos(Math.max(start, end)) : null
  if (a && b) return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col }
  const s = positionAt(file.text, start)
  const e = positionAt(file.text, Math.max(start, end))
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column }
}

interface Found {
  node: Node | null
  key: Node | null // the key of the pair holding `node`, when it is a map value
  depth: number // how many segments were matched
}

/** Walks the YAML tree along `path`, keeping the deepest node found (PITFALLS §2). */
function walk(doc: Document.Parsed, path: Path): Found {
  const { isMap, isPair, isScalar, isSeq } = yamlLib()
  let found: Found = { node: doc.contents as Node | null, key: null, depth: 0 }
  for (const segment of path) {
    const node = found.node
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      )
      if (!pair) break
      found = { node: (pair.value as Node | null) ?? (pair.key as Node), key: pair.key as Node, depth: found.depth + 1 }
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      found = { node: node.items[segment] as Node, key: null, depth: found.depth + 1 }
    } else {
      break
    }
  }
  return found
}

/**
 * The span of the node at `path`: its value (default), or its key when `on` is 'key'.
 * A collection value is marked on its first line only, or at the key that holds it.
 */
export function locate(file: SourceFile, path: Path, on: 'key' | 'value' = 'value'): Span {
  if (!file.doc) return FILE_START
  const { isMap, isSeq } = yamlLib()
  const found = walk(file.doc, path)
  let target = found.node
  if (found.key && (on === 'key' || found.depth < path.length || isMap(target) || isSeq(target))) {
    target = found.key
  }
  if (!target?.range) return FILE_START
  const [start, valueEnd] = target.range
  if (isMap(target) || isSeq(target)) {
    // A collection that no key holds (a list item, the root): mark its first line.
    const lineEnd = file.text.indexOf('\n', start)
    return spanOfOffsets(file, start, lineEnd === -1 ? valueEnd : Math.min(valueEnd, lineEnd))
  }
  return spanOfOffsets(file, start, valueEnd)
}
