// "Did you mean" for a ref that is no id but a name (contract §4 unknown-ref): `owner: 魏桥集团`
// where organization `weiqiao` has the short name 魏桥 suggests weiqiao. Names and short names
// in either language are matched exactly, then by containment, then by edit distance.
import type { Finding } from '../findings/index.js'
import type { Model, RefKind, Text } from '../model/types.js'
import { ClosestIndex } from './closest.js'

/** The fields that hold refs, by the kind they refer to (contract §2). */
const FIELD_KIND: Record<string, RefKind> = {
  owner: 'party', partners: 'party', raised_by: 'party', special_team: 'party', attendees: 'party', by: 'party',
  present_also: 'party', absent: 'party', distribution: 'party',
  chief: 'person', service_officer: 'person', chair: 'person',
  lead_department: 'organization', secretariat: 'organization', leader_enterprises: 'organization', organizer: 'organization', organization: 'organization',
  task: 'task', tasks: 'task', problems: 'problem', chains: 'chain',
}

const texts = (t: Text | undefined): string[] =>
  t === undefined ? [] : typeof t === 'string' ? [t] : [t.zh, t.en].filter((s): s is string => typeof s === 'string')

/** Every record a ref of this kind may name, with its names. */
function named(model: Model, kind: RefKind): { id: string; names: string[] }[] {
  const orgs = () => model.organizations.map((o) => ({ id: o.id, names: [...texts(o.name), ...texts(o.short)] }))
  const people = () => model.people.map((p) => ({ id: p.id, names: texts(p.name) }))
  switch (kind) {
    case 'organization': return orgs()
    case 'person': return people()
    case 'party': return [...orgs(), ...people()]
    case 'chain': return model.chains.map((c) => ({ id: c.id, names: texts(c.name) }))
    case 'task': return model.tasks.map((t) => ({ id: t.id, names: texts(t.title) }))
    case 'problem': return model.problems.map((p) => ({ id: p.id, names: texts(p.text) }))
  }
}

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase()

/** A word longer than this, or more names than this, gets no name hint (bounded work, issue #16). */
const MAX_VALUE = 128
const MAX_NAMES = 2000

interface NameIndex {
  exact: Map<string, string>
  names: [string, string][]
  near: ClosestIndex
  memo: Map<string, string | undefined>
}

const INDEXES = new WeakMap<Model, Map<RefKind, NameIndex>>()

function indexFor(model: Model, kind: RefKind): NameIndex {
  let byKind = INDEXES.get(model)
  if (!byKind) INDEXES.set(model, (byKind = new Map()))
  let index = byKind.get(kind)
  if (!index) {
    const exact = new Map<string, string>()
    for (const r of named(model, kind)) for (const n of r.names.map(norm)) if (n !== '' && !exact.has(n)) exact.set(n, r.id)
    const names = [...exact].slice(0, MAX_NAMES)
    index = { exact, names, near: new ClosestIndex(names.map(([n]) => n)), memo: new Map() }
    byKind.set(kind, index)
  }
  return index
}

/** The id of the record whose name or short name the value is, or nearly is. */
export function suggestByName(value: string, kind: RefKind, model: Model): string | undefined {
  const v = norm(value)
  if (v === '' || v.length > MAX_VALUE) return undefined
  const index = indexFor(model, kind)
  if (index.memo.has(v)) return index.memo.get(v)
  const found = search(v, index)
  index.memo.set(v, found)
  return found
}

function search(v: string, index: NameIndex): string | undefined {
  const exact = index.exact.get(v)
  if (exact) return exact
  // 魏桥集团 holds the short name 魏桥; 魏桥 is part of 魏桥创业集团: the longest such name wins.
  let best: { id: string; length: number } | undefined
  for (const [n, id] of index.names) {
    const overlap = v.includes(n) ? n.length : n.includes(v) ? v.length : 0
    if (overlap >= 2 && (!best || overlap > best.length)) best = { id, length: overlap }
  }
  if (best) return best.id
  const near = index.near.find(v)
  return near === undefined ? undefined : index.exact.get(near)
}

/** Schema findings of a value that is not a valid id, in a ref field: a hint from names. */
export function hintRefsByName(findings: Finding[], model: Model): void {
  for (const f of findings) {
    if (f.rule !== 'schema' || f.message !== 'id') continue
    const kind = FIELD_KIND[String(f.args.key ?? '')]
    if (kind === undefined || typeof f.args.value !== 'string') continue
    f.args.suggestion = suggestByName(f.args.value, kind, model) ?? ''
  }
}
