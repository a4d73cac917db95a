// Contract §6 (and §3): the brief (会议纪要) of one meeting as plain data, as of a date
// (default: the meeting's date). Takes the model, a meeting id and options; gives every part
// of the minutes with names already picked in the chosen language, for any renderer.
import { isDueSoon, isOverdue, isProblemOpen, taskStateAsOf, weightedProgress, type TaskState } from './as-of.js'
import { textIn } from '../model/text.js'
import type { Chain, IsoDate, Lang, Meeting, MeetingFormat, Model, OrgType, Party, Problem, Task, TaskStatus } from '../model/types.js'

export interface BriefOptions {
  lang: Lang
  /** The date figures are taken as of; default: the meeting's date. */
  asOf?: IsoDate
  /** Days ahead that count as "due soon" (contract §3); default 30. */
  window?: number
}

/** A party as the minutes name it: a person with their title and organization. */
export interface BriefParty {
  id: string
  kind: 'organization' | 'person'
  /** Full name (organizations), the person's name (people). */
  name: string
  /** Short name for tables, else the full name. */
  short: string
  title?: string
  /** A person's organization, by its short name. */
  organization?: string
}

export interface AttendeeGroup {
  type: OrgType
  parties: BriefParty[]
}

export interface BriefReport {
  by: BriefParty
  topic: string
  summary?: string
  /** Titles of the tasks the report concerns. */
  tasks: string[]
}

export interface BriefTask {
  id: string
  title: string
  owner: BriefParty
  due: IsoDate
  status: TaskStatus
  progress: number
  /** Progress points since the previous meeting of the chain; null: no earlier meeting. */
  change: number | null
  overdue: boolean
  dueSoon: boolean
}

export interface BriefChain {
  id: string
  name: string
  chief?: BriefParty
  serviceOfficer?: BriefParty
  summary: { tasks: number; done: number; inProgress: number; blocked: number; overdue: number; progress: number | null }
  /** The latest earlier meeting that covers this chain, which the change column compares with. */
  previousMeeting?: { id: string; title: string; date: IsoDate }
  tasks: BriefTask[]
}

export interface DeadlineTask extends BriefTask {
  chain: string
  /** Days past due (overdue) or days left (due soon). */
  days: number
}

export interface BriefProblem {
  id: string
  text: string
  chain: string
  raised: IsoDate
  raisedBy?: BriefParty
  owner?: BriefParty
  task?: string
  /** As of the brief's date. */
  open: boolean
  resolved?: IsoDate
}

export interface BriefDecision {
  /** 1-based, in the meeting's order. */
  number: number
  text: string
  owner?: BriefParty
  due?: IsoDate
  task?: string
}

export interface Brief {
  lang: Lang
  meetingId: string
  title: string
  date: IsoDate
  asOf: IsoDate
  window: number
  format?: MeetingFormat
  organizer?: BriefParty
  chair?: BriefParty
  notes?: string
  attendees: AttendeeGroup[]
  reports: BriefReport[]
  chains: BriefChain[]
  overdue: DeadlineTask[]
  dueSoon: DeadlineTask[]
  /** Problems the meeting lists, in its order. */
  listedProblems: BriefProblem[]
  /** Every other problem of its chains open as of the date, in chain file order. */
  otherOpenProblems: BriefProblem[]
  decisions: BriefDecision[]
}

/** Attendee groups in the order real minutes list them: departments, enterprises, associations, academia (DOMAIN §2). */
export const ATTENDEE_ORDER: readonly OrgType[] = ['government', 'enterprise', 'association', 'alliance', 'university', 'college', 'institute', 'other']

const DAY = 86_400_000
const dayNumber = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / DAY

function party(model: Model, id: string, lang: Lang): BriefParty {
  const p: Party | undefined = model.parties.get(id)
  if (!p) return { id, kind: 'organization', name: id, short: id }
  const name = textIn(p.name, lang) || id
  if (p.kind === 'organization') return { id, kind: p.kind, name, short: textIn(p.short, lang) || name }
  const org = p.organization ? model.parties.get(p.organization) : undefined
  const organization = org ? textIn(org.kind === 'organization' ? (org.short ?? org.name) : org.name, lang) : undefined
  const title = textIn(p.title, lang)
  return { id, kind: p.kind, name, short: name, ...(title ? { title } : {}), ...(organization ? { organization } : {}) }
}

/** The organization type a party is grouped under: its own, or its organization's; else other. */
function partyType(model: Model, id: string): OrgType {
  const p = model.parties.get(id)
  if (!p) return 'other'
  if (p.kind === 'organization') return p.type
  const org = p.organization ? model.parties.get(p.organization) : undefined
  return org?.kind === 'organization' ? org.type : 'other'
}

function attendeeGroups(model: Model, meeting: Meeting, lang: Lang): AttendeeGroup[] {
  const seen = new Set<string>()
  const byType = new Map<OrgType, BriefParty[]>()
  for (const id of meeting.attendees) {
    if (seen.has(id)) continue
    seen.add(id)
    const type = partyType(model, id)
    byType.set(type, [...(byType.get(type) ?? []), party(model, id, lang)])
  }
  return ATTENDEE_ORDER.flatMap((type) => (byType.has(type) ? [{ type, parties: byType.get(type)! }] : []))
}

/** The latest meeting before `meeting` (strictly earlier date) that covers `chainId`. */
function previousMeeting(model: Model, meeting: Meeting, chainId: string): Meeting | undefined {
  let best: Meeting | undefined
  for (const m of model.meetings) {
    if (m.id === meeting.id || m.date >= meeting.date || !m.chains.includes(chainId)) continue
    if (!best || m.date > best.date || (m.date === best.date && m.id > best.id)) best = m
  }
  return best
}

interface TaskAt {
  task: Task
  state: TaskState
  row: BriefTask
}

function chainTasks(model: Model, chain: Chain, asOf: IsoDate, window: number, previous: Meeting | undefined, lang: Lang): TaskAt[] {
  return chain.tasks.map((task) => {
    const state = taskStateAsOf(task, asOf)
    const change = previous ? state.progress - taskStateAsOf(task, previous.date).progress : null
    const row: BriefTask = {
      id: task.id,
      title: textIn(task.title, lang) || task.id,
      owner: party(model, task.owner, lang),
      due: task.due,
      status: state.status,
      progress: state.progress,
      change,
      overdue: isOverdue(task, state, asOf),
      dueSoon: isDueSoon(task, state, asOf, window),
    }
    return { task, state, row }
  })
}

function briefProblem(model: Model, problem: Problem, asOf: IsoDate, lang: Lang): BriefProblem {
  const open = isProblemOpen(problem, asOf) || problem.raised > asOf
  const task = problem.task ? model.tasksById.get(problem.task) : undefined
  const chain = model.chainsById.get(problem.chain)
  return {
    id: problem.id,
    text: textIn(problem.text, lang) || problem.id,
    chain: chain ? textIn(chain.name, lang) || chain.id : problem.chain,
    raised: problem.raised,
    ...(problem.raisedBy ? { raisedBy: party(model, problem.raisedBy, lang) } : {}),
    ...(problem.owner ? { owner: party(model, problem.owner, lang) } : {}),
    ...(task ? { task: textIn(task.title, lang) || task.id } : {}),
    open,
    ...(!open && problem.resolved ? { resolved: problem.resolved } : {}),
  }
}

/**
 * The brief of meeting `meetingId`: overview, attendees, reports, progress of each chain it
 * covers (with the change since that chain's previous meeting), overdue and due-soon tasks,
 * problems and decisions, all as of `opts.asOf` (default: the meeting's date).
 * Throws when the model has no such meeting.
 */
export function buildBrief(model: Model, meetingId: string, opts: BriefOptions): Brief {
  const meeting = model.meetingsById.get(meetingId)
  if (!meeting) throw new Error(`no meeting "${meetingId}"`)
  const { lang } = opts
  const asOf = opts.asOf ?? meeting.date
  const window = opts.window ?? 30
  const chains: BriefChain[] = []
  const overdue: DeadlineTask[] = []
  const dueSoon: DeadlineTask[] = []
  const chainIds = [...new Set(meeting.chains)]
  for (const chainId of chainIds) {
    const chain = model.chainsById.get(chainId)
    if (!chain) continue
    const name = textIn(chain.name, lang) || chain.id
    const previous = previousMeeting(model, meeting, chain.id)
    const tasks = chainTasks(model, chain, asOf, window, previous, lang)
    const count = (status: TaskStatus) => tasks.filter((t) => t.state.status === status).length
    chains.push({
      id: chain.id,
      name,
      ...(chain.chief ? { chief: party(model, chain.chief, lang) } : {}),
      ...(chain.serviceOfficer ? { serviceOfficer: party(model, chain.serviceOfficer, lang) } : {}),
      summary: {
        tasks: tasks.length,
        done: count('done'),
        inProgress: count('in-progress'),
        blocked: count('blocked'),
        overdue: tasks.filter((t) => t.row.overdue).length,
        progress: weightedProgress(tasks),
      },
      ...(previous ? { previousMeeting: { id: previous.id, title: textIn(previous.title, lang) || previous.id, date: previous.date } } : {}),
      tasks: tasks.map((t) => t.row),
    })
    for (const { row } of tasks) {
      const days = dayNumber(row.due) - dayNumber(asOf)
      if (row.overdue) overdue.push({ ...row, chain: name, days: -days })
      else if (row.dueSoon) dueSoon.push({ ...row, chain: name, days })
    }
  }
  const byDue = (a: DeadlineTask, b: DeadlineTask) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

  const listed = [...new Set(meeting.problems)].flatMap((id) => model.problemsById.get(id) ?? [])
  const listedIds = new Set(listed.map((p) => p.id))
  const others = chainIds
    .flatMap((id) => model.chainsById.get(id)?.problems ?? [])
    .filter((p) => !listedIds.has(p.id) && isProblemOpen(p, asOf))

  const title = textIn(meeting.title, lang) || meeting.id
  const notes = textIn(meeting.notes, lang)
  return {
    lang,
    meetingId: meeting.id,
    title,
    date: meeting.date,
    asOf,
    window,
    ...(meeting.format ? { format: meeting.format } : {}),
    ...(meeting.organizer ? { organizer: party(model, meeting.organizer, lang) } : {}),
    ...(meeting.chair ? { chair: party(model, meeting.chair, lang) } : {}),
    ...(notes ? { notes } : {}),
    attendees: attendeeGroups(model, meeting, lang),
    reports: meeting.reports.map((r) => {
      const summary = textIn(r.summary, lang)
      return {
        by: party(model, r.by, lang),
        topic: textIn(r.topic, lang),
        ...(summary ? { summary } : {}),
        tasks: r.tasks.flatMap((id) => {
          const task = model.tasksById.get(id)
          return task ? [textIn(task.title, lang) || task.id] : []
        }),
      }
    }),
    chains,
    overdue: overdue.sort(byDue),
    dueSoon: dueSoon.sort(byDue),
    listedProblems: listed.map((p) => briefProblem(model, p, asOf, lang)),
    otherOpenProblems: others.map((p) => briefProblem(model, p, asOf, lang)),
    decisions: meeting.decisions.map((d, i) => {
      const task = d.task ? model.tasksById.get(d.task) : undefined
      return {
        number: i + 1,
        text: textIn(d.text, lang),
        ...(d.owner ? { owner: party(model, d.owner, lang) } : {}),
        ...(d.due ? { due: d.due } : {}),
        ...(task ? { task: textIn(task.title, lang) || task.id } : {}),
      }
    }),
  }
}
