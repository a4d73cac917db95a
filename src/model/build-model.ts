// Stage 3: plain data → typed records with origins and id indexes. Built leniently: a record
// keeps its place in the id index as soon as its id is usable, so one bad field is reported
// once (by the schema) and does not cascade into unknown-ref; a record whose required fields
// are unusable stays out of the lists that rules and reports read.
import type { SourceFile } from '../workspace/source.js'
import { RULE_IDS, type RuleId, type SeveritySetting } from '../findings/index.js'
import { isIsoDate } from './dates.js'
import { IdSiteAt, MilestoneAt, RefSiteAt, SiteOrigin, UpdateAt } from './origin.js'
import { orderChains } from './order.js'
import {
  CATEGORIES, MEETING_FORMATS, MEETING_STATUSES, ORG_TYPES, POINT_KINDS, TASK_STATUSES,
  type Chain, type Decision, type IdSite, type Manifest, type Meeting, type MeetingReport, type Milestone,
  type MeetingPoint, type Model, type Namespace, type Organization, type Origin, type Party, type Person, type Problem,
  type RefKind, type RefSite, type Task, type Text, type Update,
} from './types.js'

type Obj = Record<string, unknown>
// Origins are SiteOrigins (origin.ts): a base path shared by a record's fields plus a segment
// or two, the path made only when a finding asks; lists built by push are trimmed with
// `exact`: a grown array keeps spare room (≈130 bytes here), and a workspace holds hundreds
// of thousands of origins and short lists (issues #5 and #15, memory).
const exact = <T>(items: T[]): T[] => (items.length === 0 ? items : items.slice())
type Path = Origin['path']
type Segment = Path[number]
/** The base of a top-level field's origin (never a path itself: an origin adds a segment). */
const ROOT: Path = Object.freeze([])
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v)
const isText = (v: unknown): v is Text =>
  (typeof v === 'string' && v !== '') ||
  (isObj(v) && (typeof v.zh === 'string' || typeof v.en === 'string'))
const isPercent = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => list.includes(v as T)
const text = (v: unknown): Text | undefined => (isText(v) ? v : undefined)
const date = (v: unknown): string | undefined => (isIsoDate(v) ? v : undefined)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const stem = (path: string): string => path.replace(/^.*\//, '').replace(/\.ya?ml$/, '')

class Builder {
  /** The model's lists of id and ref sites: each file's are appended in file order. */
  constructor(readonly file: string, private ids: IdSite[], private refs: RefSite[]) {}

  /** The origin at `base` and up to two segments more (origin.ts: the path is made on reading). */
  origin(base: Path, a?: Segment, c?: Segment): Origin {
    return new SiteOrigin(this.file, base, a, c)
  }

  /** The id at `base`'s `id` field. */
  id(namespace: Namespace, kind: IdSite['kind'], v: unknown, base: Path): string | undefined {
    if (!isId(v)) return undefined
    this.ids.push(new IdSiteAt(namespace, kind, v, this.file, base))
    return v
  }

  /** The ref at `base`'s `field`. */
  ref(kind: RefKind, v: unknown, base: Path, field: string): string | undefined {
    if (!isId(v)) return undefined
    this.refs.push(new RefSiteAt(kind, v, field, this.file, base))
    return v
  }

  /** The refs listed at `base`'s `field`. */
  refs_(kind: RefKind, v: unknown, base: Path, field: string): string[] {
    const out: string[] = []
    if (!Array.isArray(v)) return out
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i]
      if (!isId(item)) continue
      this.refs.push(new RefSiteAt(kind, item, field, this.file, base, i))
      out.push(item)
    }
    return exact(out)
  }
}

function buildManifest(file: SourceFile): Manifest | undefined {
  const d = file.data
  if (!isObj(d)) return undefined
  const rules: Partial<Record<RuleId, SeveritySetting>> = {}
  if (isObj(d.rules)) {
    for (const [rule, setting] of Object.entries(d.rules)) {
      if (oneOf(RULE_IDS, rule) && oneOf(['error', 'warn', 'off'] as const, setting)) rules[rule] = setting
    }
  }
  return {
    name: text(d.name) ?? '',
    chains: Number.isInteger(d.chains) && (d.chains as number) >= 1 ? (d.chains as number) : NaN,
    language: d.language === 'zh' ? 'zh' : 'en',
    timezone: typeof d.timezone === 'string' ? d.timezone : undefined,
    rules,
    order: exact(list(d.order).filter(isId)),
    notice: text(d.notice),
    origin: { file: file.path, path: [] },
  }
}

function buildOrganizations(b: Builder, data: unknown): Organization[] {
  const out: Organization[] = []
  list(isObj(data) ? data.organizations : undefined).forEach((o, i) => {
    if (!isObj(o)) return
    const path = ['organizations', i]
    const id = b.id('party', 'organization', o.id, path)
    if (!id || !isText(o.name) || !oneOf(ORG_TYPES, o.type)) return
    out.push({ kind: 'organization', id, name: o.name, short: text(o.short), type: o.type, origin: b.origin(path) })
  })
  return out
}

function buildPeople(b: Builder, data: unknown): Person[] {
  const out: Person[] = []
  list(isObj(data) ? data.people : undefined).forEach((p, i) => {
    if (!isObj(p)) return
    const path = ['people', i]
    const id = b.id('party', 'person', p.id, path)
    const organization = b.ref('organization', p.organization, path, 'organization')
    if (!id || !isText(p.name)) return
    out.push({ kind: 'person', id, name: p.name, organization, title: text(p.title), origin: b.origin(path) })
  })
  return out
}

function buildTask(b: Builder, chain: string, t: unknown, path: Origin['path']): Task | undefined {
  if (!isObj(t)) return undefined
  const id = b.id('task', 'task', t.id, path)
  const owner = b.ref('party', t.owner, path, 'owner')
  const partners = b.refs_('party', t.partners, path, 'partners')
  const milestones: Milestone[] = []
  const ms = list(t.milestones)
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]
    if (isObj(m) && isText(m.title) && isIsoDate(m.due)) {
      milestones.push(new MilestoneAt(m.title, m.due, date(m.done), b.file, path, i))
    }
  }
  const updates: Update[] = []
  const us = list(t.updates)
  for (let i = 0; i < us.length; i++) {
    const u = us[i]
    if (isObj(u) && isIsoDate(u.date) && isPercent(u.progress)) {
      const status = oneOf(TASK_STATUSES, u.status) ? u.status : undefined
      updates.push(new UpdateAt(u.date, u.progress, status, text(u.note), b.file, path, i))
    }
  }
  if (!id || !owner || !isText(t.title) || !oneOf(CATEGORIES, t.category) || !isIsoDate(t.due)) return undefined
  if (!oneOf(TASK_STATUSES, t.status) || !isPercent(t.progress)) return undefined
  const weight = typeof t.weight === 'number' && t.weight > 0 && Number.isFinite(t.weight) ? t.weight : 1
  return {
    id, chain, title: t.title, category: t.category, owner, partners, start: date(t.start), due: t.due,
    status: t.status, progress: t.progress, weight, milestones: exact(milestones), updates: exact(updates), origin: b.origin(path),
  }
}

function buildProblem(b: Builder, chain: string, p: unknown, path: Origin['path']): Problem | undefined {
  if (!isObj(p)) return undefined
  const id = b.id('problem', 'problem', p.id, path)
  const raisedBy = b.ref('party', p.raised_by, path, 'raised_by')
  const task = b.ref('task', p.task, path, 'task')
  const owner = b.ref('party', p.owner, path, 'owner')
  if (!id || !isText(p.text) || !isIsoDate(p.raised) || !oneOf(['open', 'resolved'] as const, p.status)) return undefined
  return { id, chain, text: p.text, raised: p.raised, raisedBy, task, owner, status: p.status, resolved: date(p.resolved), origin: b.origin(path) }
}

/** The records built from a list's items, those that could be built, in order. */
function records<T>(v: unknown, build: (item: unknown, i: number) => T | undefined): T[] {
  const out: T[] = []
  if (!Array.isArray(v)) return out
  for (let i = 0; i < v.length; i++) {
    const record = build(v[i], i)
    if (record !== undefined) out.push(record)
  }
  return exact(out)
}

function buildChain(b: Builder, file: SourceFile): Chain | undefined {
  const d = file.data
  if (!isObj(d)) return undefined
  const id = b.id('chain', 'chain', d.id, ROOT)
  const chainId = id ?? stem(file.path)
  const chain: Chain = {
    id: chainId,
    fileStem: stem(file.path),
    name: text(d.name) ?? chainId,
    chief: b.ref('person', d.chief, ROOT, 'chief'),
    serviceOfficer: b.ref('person', d.service_officer, ROOT, 'service_officer'),
    leadDepartment: b.ref('organization', d.lead_department, ROOT, 'lead_department'),
    secretariat: b.ref('organization', d.secretariat, ROOT, 'secretariat'),
    leaderEnterprises: b.refs_('organization', d.leader_enterprises, ROOT, 'leader_enterprises'),
    specialTeam: b.refs_('party', d.special_team, ROOT, 'special_team'),
    tasks: records(d.tasks, (t, i) => buildTask(b, chainId, t, ['tasks', i])),
    problems: records(d.problems, (p, i) => buildProblem(b, chainId, p, ['problems', i])),
    origin: b.origin([]),
  }
  return id && isText(d.name) ? chain : undefined
}

function buildMeeting(b: Builder, file: SourceFile): Meeting | undefined {
  const d = file.data
  if (!isObj(d)) return undefined
  const id = b.id('meeting', 'meeting', d.id, ROOT)
  const chains = b.refs_('chain', d.chains, ROOT, 'chains')
  const organizer = b.ref('organization', d.organizer, ROOT, 'organizer')
  const chair = b.ref('person', d.chair, ROOT, 'chair')
  const attendees = b.refs_('party', d.attendees, ROOT, 'attendees')
  const reports: MeetingReport[] = []
  list(d.reports).forEach((r, i) => {
    if (!isObj(r)) return
    const by = b.ref('party', r.by, ['reports', i], 'by')
    const tasks = b.refs_('task', r.tasks, ['reports', i], 'tasks')
    if (by && isText(r.topic)) reports.push({ by, topic: r.topic, summary: text(r.summary), tasks })
  })
  const problems = b.refs_('problem', d.problems, ROOT, 'problems')
  const decisions: Decision[] = []
  list(d.decisions).forEach((x, i) => {
    if (!isObj(x)) return
    const path = ['decisions', i]
    const decisionId = b.id('decision', 'decision', x.id, path)
    const owner = b.ref('party', x.owner, path, 'owner')
    const task = b.ref('task', x.task, path, 'task')
    if (isText(x.text)) {
      decisions.push({ id: decisionId, text: x.text, owner, due: date(x.due), task, done: date(x.done), origin: b.origin(path) })
    }
  })
  const points: MeetingPoint[] = []
  list(d.points).forEach((p, i) => {
    if (!isObj(p)) return
    const by = b.ref('person', p.by, ['points', i], 'by')
    if (oneOf(POINT_KINDS, p.kind) && isText(p.text)) points.push({ kind: p.kind, by, text: p.text })
  })
  const presentAlso = b.refs_('party', d.present_also, ROOT, 'present_also')
  const absent = b.refs_('party', d.absent, ROOT, 'absent')
  const distribution = b.refs_('party', d.distribution, ROOT, 'distribution')
  if (!id || !isText(d.title) || !isIsoDate(d.date) || chains.length === 0) return undefined
  const format = oneOf(MEETING_FORMATS, d.format) ? d.format : undefined
  return {
    id, fileStem: stem(file.path), title: d.title, date: d.date, chains, format, organizer, chair, attendees,
    reports, problems, decisions: exact(decisions), notes: text(d.notes),
    number: text(d.number), time: text(d.time), location: text(d.location), points: exact(points),
    presentAlso, absent, distribution, status: oneOf(MEETING_STATUSES, d.status) ? d.status : 'final',
    origin: b.origin([]),
  }
}

function firstById<T extends { id: string }>(items: Iterable<T>): Map<string, T> {
  const map = new Map<string, T>()
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item)
  return map
}

/** Builds the model from loaded files (any order; chains follow `order`, meetings keep file order). */
export function buildModel(files: readonly SourceFile[]): Model {
  const ids: IdSite[] = []
  const refs: RefSite[] = []
  const incomplete = new Set<Namespace>()
  let manifest: Manifest | undefined
  const organizations: Organization[] = []
  const people: Person[] = []
  const chains: Chain[] = []
  const meetings: Meeting[] = []
  for (const file of files) {
    const b = new Builder(file.path, ids, refs)
    if (!file.ok) {
      if (file.kind === 'organizations' || file.kind === 'people') incomplete.add('party')
      if (file.kind === 'chain') ['chain', 'task', 'problem'].forEach((n) => incomplete.add(n as Namespace))
      if (file.kind === 'meeting') { incomplete.add('meeting'); incomplete.add('decision') }
    }
    switch (file.kind) {
      case 'workspace': manifest = buildManifest(file); break
      case 'organizations': organizations.push(...buildOrganizations(b, file.data)); break
      case 'people': people.push(...buildPeople(b, file.data)); break
      case 'chain': { const c = buildChain(b, file); if (c) chains.push(c); break }
      case 'meeting': { const m = buildMeeting(b, file); if (m) meetings.push(m); break }
    }
  }
  const ordered = orderChains(chains, manifest?.order ?? [])
  const tasks = ordered.flatMap((c) => c.tasks)
  const problems = ordered.flatMap((c) => c.problems)
  return {
    manifest, organizations, people, chains: ordered, meetings, tasks, problems,
    chainFiles: files.filter((f) => f.kind === 'chain').map((f) => f.path),
    parties: firstById<Party>([...organizations, ...people]),
    chainsById: firstById(chains),
    tasksById: firstById(tasks),
    problemsById: firstById(problems),
    meetingsById: firstById(meetings),
    ids, refs, incomplete,
  }
}
