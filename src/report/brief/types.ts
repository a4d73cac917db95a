// The brief (会议纪要) of one meeting as plain data (contract §6): every part of the minutes
// with names already picked in the chosen language, for any renderer.
import type { IsoDate, Lang, MeetingFormat, OrgType, TaskStatus } from '../../model/types.js'

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
  /** Every other problem of its chains open as of the date, in the official chain order. */
  otherOpenProblems: BriefProblem[]
  decisions: BriefDecision[]
}
