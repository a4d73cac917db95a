// The brief (会议纪要) of one meeting as plain data (contract §6): the ten parts of the minutes,
// in order, with names already picked in the chosen language, for any renderer.
import type { IsoDate, Lang, MeetingFormat, OrgType, PointKind, TaskStatus } from '../../model/types.js'

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
  /** Full name (organizations), the person's name (people), by the name rule of contract §6. */
  name: string
  /** Short name for tables, else the full name. */
  short: string
  /** The organization type it is grouped under: its own, or its organization's; else other. */
  type: OrgType
  /** An organization that is a chain leader enterprise of a chain the meeting covers. */
  leader?: boolean
  title?: string
  /** A person's organization, by its short name. */
  organization?: string
}

/** 1. Head: notice, draft mark, issuing unit, number, date, title. */
export interface BriefHead {
  notice?: string
  draft: boolean
  /** The chain's secretariat, else the organizer. */
  issuer?: BriefParty
  number?: string
  title: string
}

/** The chair's role in the chains covered, for the lead paragraph. */
export type ChairRole = 'chief' | 'service-officer'

/** 2. Lead paragraph: what prose says of the meeting. */
export interface BriefLead {
  date: IsoDate
  time?: string
  location?: string
  format?: MeetingFormat
  organizer?: BriefParty
  chair?: BriefParty
  chairRole?: ChairRole
  /** Names of the chains covered, for the purpose sentence. */
  chains: string[]
  /** Who took part besides the chair, grouped by type. */
  participants: AttendeeGroup[]
  notes?: string
}

export interface AttendeeGroup {
  type: OrgType
  /** Leader enterprises form their own group (链主企业) before other enterprises. */
  leader?: boolean
  parties: BriefParty[]
}

/** 3. Reports heard: consecutive reports on one topic merged into one group. */
export interface BriefReportGroup {
  by: BriefParty[]
  topic: string
  /** Summaries of the reports, each with its reporter; a group with a summary has one reporter. */
  summary?: string
}

/** 4. A point the meeting made. */
export interface BriefPoint {
  kind: PointKind
  by?: BriefParty
  text: string
}

export type DecisionState = 'done' | 'open' | 'overdue'

/** 5. One decision of the previous meeting, as of this meeting's date (contract §3). */
export interface BriefFollowUp {
  text: string
  owner?: BriefParty
  due?: IsoDate
  state: DecisionState
  /** The done date, where it was recorded; done by its task has none. */
  done?: IsoDate
  /** Done because its task was done as of the date. */
  byTask?: boolean
}

export interface BriefFollowUpPart {
  meeting: { id: string; title: string; date: IsoDate }
  decisions: BriefFollowUp[]
}

export interface BriefProblem {
  id: string
  text: string
  chain: string
  raised: IsoDate
  raisedBy?: BriefParty
  owner?: BriefParty
  task?: string
  /** Listed by the meeting (else: another problem of its chains open on its date). */
  listed: boolean
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

/** 8. Attendance at the end of the body. */
export interface BriefAttendance {
  present: AttendeeGroup[]
  presentAlso: BriefParty[]
  absent: BriefParty[]
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

export interface BriefChainSummary {
  tasks: number
  done: number
  inProgress: number
  planned: number
  blocked: number
  cancelled: number
  overdue: number
  dueSoon: number
  progress: number | null
}

export interface BriefChain {
  id: string
  name: string
  chief?: BriefParty
  serviceOfficer?: BriefParty
  summary: BriefChainSummary
  /** The latest earlier meeting that covers this chain, which the change column compares with. */
  previousMeeting?: { id: string; title: string; date: IsoDate }
  tasks: BriefTask[]
}

export interface DeadlineTask extends BriefTask {
  chain: string
  /** Days past due (overdue) or days left (due soon). */
  days: number
}

export interface Brief {
  lang: Lang
  meetingId: string
  date: IsoDate
  asOf: IsoDate
  window: number
  /** 1. */
  head: BriefHead
  /** 2. */
  lead: BriefLead
  /** 3. */
  reports: BriefReportGroup[]
  /** 4. */
  points: BriefPoint[]
  /** 5. Absent when no earlier meeting covers the same chains. */
  followUp?: BriefFollowUpPart
  /** 6. Those the meeting lists, in its order, then every other problem of its chains open on the date. */
  problems: BriefProblem[]
  /** 7. */
  decisions: BriefDecision[]
  /** 8. */
  attendance: BriefAttendance
  /** 9. Attachment: each chain covered, and the overdue and due-soon tasks across them. */
  chains: BriefChain[]
  overdue: DeadlineTask[]
  dueSoon: DeadlineTask[]
  /** 10. */
  distribution: BriefParty[]
}
