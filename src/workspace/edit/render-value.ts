// New YAML text for the edit layer (SPEC §9, PITFALLS §7): a scalar on one line, quoted as
// the YAML library chooses for that scalar alone (in block or flow context), and new pairs
// and sequence items laid out in the indentation of the file they go into.
import { dump, load } from 'js-yaml'
import { SCHEMA } from '../parse-yaml-fast.js'
import { spaces } from './text-lines.js'

/** A value that an edit may write: what a YAML 1.2 core document reads as plain data. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain }
export type PlainScalar = string | number | boolean | null

/** How the target file lays out block collections, read from the file itself. */
export interface Layout {
  /** Columns a nested block map's keys sit right of their parent key. */
  indent: number
  /** Columns a block sequence's `-` sits right of the key that holds it (0 is allowed). */
  seqIndent: number
  /** Columns an item's content sits right of its `-` (2 for `- x`, 4 for `-   x`). */
  itemGap: number
  /** `[ a ]` rather than `[a]` for new flow collections. */
  flowPadding: boolean
}

export const isPlainScalar = (v: Plain): v is PlainScalar => v === null || typeof v !== 'object'

const DUMP = { schema: SCHEMA, lineWidth: -1, noRefs: true } as const

/** Reads `text` as one scalar of the YAML 1.2 core schema; undefined when it is not one. */
function readsAs(text: string): { value: unknown } | undefined {
  try {
    return { value: load(text, { schema: SCHEMA, json: false }) }
  } catch {
    return undefined
  }
}

/**
 * A YAML double-quoted scalar: a JSON string is one, once the characters YAML reads as line
 * breaks or a BOM, and the controls JSON leaves raw, are escaped too.
 */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * One line of YAML that reads back as `value`, quoted as the js-yaml dumper chooses for that
 * scalar alone (the project's YAML 1.2 core schema, so a date stays plain); `like` keeps the
 * quoting style of the scalar being replaced. Where the dumper's choice would span lines, not
 * read back as the value, or hold a flow indicator inside a flow collection, a double-quoted
 * line says it instead.
 */
export function scalarText(value: PlainScalar, context: { flow: boolean; like?: string }): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`)
  if (typeof value !== 'string') return value === null ? 'null' : String(value) // 60, 2.5, true: the core schema's own forms
  const like = context.like === 'QUOTE_DOUBLE' ? '"' : context.like === 'QUOTE_SINGLE' ? "'" : undefined
  const text = dump(value, { ...DUMP, quotingType: like ?? '"', forceQuotes: like !== undefined }).replace(/\r?\n$/, '')
  const plain = text[0] !== '"' && text[0] !== "'"
  if (/[\r\n]/.test(text) || (context.flow && plain && /[,[\]{}]/.test(text)) || readsAs(text)?.value !== value) return doubleQuoted(value)
  return text
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/

function keyText(key: string): string {
  return PLAIN_KEY.test(key) ? key : JSON.stringify(key) // a JSON string is a YAML double-quoted scalar
}

/** A value as one flow-style line: `{date: 2024-06-30, progress: 60}`. */
export function flowText(value: Plain, layout: Layout): string {
  if (isPlainScalar(value)) return scalarText(value, { flow: true })
  const pad = layout.flowPadding ? ' ' : ''
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[${pad}${value.map((v) => flowText(v, layout)).join(', ')}${pad}]`
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  return `{${pad}${entries.map(([k, v]) => `${keyText(k)}: ${flowText(v, layout)}`).join(', ')}${pad}}`
}

const isEmptyCollection = (v: Plain): boolean =>
  Array.isArray(v) ? v.length === 0 : typeof v === 'object' && v !== null && Object.keys(v).length === 0

/** The lines of a block map pair `key: value` whose key sits at `column`. */
export function pairLines(key: string, value: Plain, column: number, layout: Layout): string[] {
  const head = `${spaces(column)}${keyText(key)}:`
  if (isPlainScalar(value) || isEmptyCollection(value)) return [`${head} ${flowText(value, layout)}`]
  if (Array.isArray(value)) {
    const dash = column + layout.seqIndent
    return [head, ...value.flatMap((item) => seqItemLines(item, dash, dash + layout.itemGap, layout))]
  }
  return [head, ...Object.entries(value).flatMap(([k, v]) => pairLines(k, v, column + layout.indent, layout))]
}

/** The lines of a block sequence item: its `-` at `dash`, its content at `content`. */
export function seqItemLines(value: Plain, dash: number, content: number, layout: Layout): string[] {
  const lead = `${spaces(dash)}-${spaces(content - dash - 1)}`
  if (isPlainScalar(value) || Array.isArray(value) || isEmptyCollection(value)) return [`${lead}${flowText(value, layout)}`]
  const lines = Object.entries(value).flatMap(([k, v]) => pairLines(k, v, content, layout))
  lines[0] = lead + lines[0]!.slice(content)
  return lines
}
