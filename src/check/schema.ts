// Stage 2: each file's data against its JSON Schema, ajv's errors turned into findings at
// the right YAML node (PITFALLS §2): an unknown field at its key, a missing one at its
// parent's key, anything else at the value.
import type { Finding } from '../findings/index.js'
import { closest } from './closest.js'
import { validatorFor, type SchemaError } from './validators.js'
import type { Path, SourceFile } from '../workspace/source.js'
import { isTimeZone } from '../model/dates.js'

function pointerToPath(pointer: string): Path {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s))
}

function valueAt(data: unknown, path: Path): unknown {
  let v = data
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = Object.prototype.hasOwnProperty.call(v, seg) ? (v as Record<string | number, unknown>)[seg] : undefined
  }
  return v
}

function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null'
  // YAML's .inf, .nan and 1e309 are numbers to JavaScript, not to JSON Schema.
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : 'infinite'
  if (Array.isArray(v)) return 'array'
  if (Number.isInteger(v)) return 'integer'
  return typeof v
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v)
  if (v === null || v === undefined) return 'null'
  return typeof v === 'object' ? (Array.isArray(v) ? '[…]' : '{…}') : String(v)
}

/** What the value is, as message arguments: its field, and its item number in a list. */
function what(path: Path): { key: string; item: string } {
  const last = path[path.length - 1]
  if (typeof last === 'number') return { key: String(path[path.length - 2] ?? ''), item: String(last + 1) }
  return { key: last ?? '', item: '' }
}

/**
 * An unknown field that is a slip for a required field the same mapping lacks: the two
 * errors are one mistake, so they become one diagnostic (instancePath + field → suggestion).
 */
function misspeltRequired(errors: readonly SchemaError[]): Map<string, string> {
  const missing = new Map<string, string[]>()
  for (const e of errors) {
    if (e.keyword !== 'required') continue
    const list = missing.get(e.instancePath) ?? []
    list.push(String((e.params as Record<string, unknown>).missingProperty))
    missing.set(e.instancePath, list)
  }
  const folded = new Map<string, string>()
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue
    const field = String((e.params as Record<string, unknown>).additionalProperty)
    const left = (missing.get(e.instancePath) ?? []).filter((m) => ![...folded.entries()].some(([k, v]) => v === m && k.startsWith(`${e.instancePath}\u0000`)))
    const suggestion = closest(field, left)
    if (suggestion) folded.set(`${e.instancePath}\u0000${field}`, suggestion)
  }
  return folded
}

function toFinding(file: SourceFile, e: SchemaError, folded: ReadonlyMap<string, string> = new Map()): Finding | undefined {
  const path = pointerToPath(e.instancePath)
  const value = valueAt(file.data, path)
  const at = (p: Path, on: 'key' | 'value' = 'value') => ({ file: file.path, path: p, on })
  const base = { ...what(path), value: show(value).replace(/^"|"$/g, ''), found: show(value) }
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required': {
      const field = String(p.missingProperty)
      if ([...folded].some(([k, v]) => v === field && k.startsWith(`${e.instancePath}\u0000`))) return undefined
      return { rule: 'schema', message: 'required', args: { field }, at: at(path, 'key') }
    }
    case 'additionalProperties': {
      const field = String(p.additionalProperty)
      const required = folded.get(`${e.instancePath}\u0000${field}`)
      if (required) return { rule: 'schema', message: 'misspelt-required', args: { field, suggestion: required }, at: at([...path, field], 'key') }
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {})
      const suggestion = closest(field, known)
      return { rule: 'schema', message: 'additionalProperties', args: { field, hint: '', suggestion: suggestion ?? '' }, at: at([...path, field], 'key') }
    }
    case 'type': {
      const types = ([] as string[]).concat(p.type as string | string[])
      const nonFinite = typeof value === 'number' && !Number.isFinite(value)
      const expected = types.includes('object') && types.includes('string') ? 'text' : nonFinite && types.join('|') === 'number' ? 'finite number' : types.join('|')
      return { rule: 'schema', message: 'type', args: { ...base, expected, found: typeOf(value) }, at: at(path) }
    }
    case 'enum':
      return { rule: 'schema', message: 'enum', args: { ...base, allowed: (p.allowedValues as unknown[]).join(', ') }, at: at(path) }
    case 'pattern':
      // The date's pattern bounds its year (contract §2: 1900 to 9999); every other pattern is an id's.
      if (isDateSchema(e)) return { rule: 'schema', message: 'year', args: { ...base, year: String(value).slice(0, 4) }, at: at(path) }
      return { rule: 'schema', message: 'id', args: { ...base, suggestion: '' }, at: at(path) }
    case 'format':
      return { rule: 'schema', message: 'date', args: base, at: at(path) }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'minItems':
    case 'minLength':
    case 'minProperties':
      return { rule: 'schema', message: e.keyword, args: { ...base, limit: String(p.limit) }, at: at(path) }
    case 'uniqueItems': {
      const item = [...path, Number(p.j)]
      return { rule: 'schema', message: 'uniqueItems', args: { ...base, value: show(valueAt(file.data, item)).replace(/^"|"$/g, '') }, at: at(item) }
    }
    default:
      return { rule: 'schema', message: 'other', args: { ...base, detail: e.message ?? e.keyword }, at: at(path) }
  }
}

function isDateSchema(e: SchemaError): boolean {
  return (e.parentSchema as { format?: string } | undefined)?.format === 'date'
}

/** Schema findings of one parsed file (a file that did not parse at all gets none). */
export function checkSchema(file: SourceFile): Finding[] {
  if (file.data === undefined) return []
  const errors = validatorFor(file.kind)(file.data)
  // A wrong type makes every other complaint about the same value noise.
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath))
  // Not a date at all: one message, not also one about its year.
  const undated = new Set(errors.filter((e) => e.keyword === 'format').map((e) => e.instancePath))
  const kept = errors
    .filter((e) => e.keyword === 'type' || !typed.has(e.instancePath))
    .filter((e) => !(e.keyword === 'pattern' && undated.has(e.instancePath) && isDateSchema(e)))
  const folded = misspeltRequired(kept)
  const findings = kept.flatMap((e) => toFinding(file, e, folded) ?? [])
  if (file.kind === 'workspace') findings.push(...checkTimeZone(file))
  return findings
}

function checkTimeZone(file: SourceFile): Finding[] {
  const tz = valueAt(file.data, ['timezone'])
  if (typeof tz !== 'string' || tz === '' || isTimeZone(tz)) return []
  return [{ rule: 'schema', message: 'timezone', args: { value: tz }, at: { file: file.path, path: ['timezone'] } }]
}
