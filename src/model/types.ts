// The typed records of a workspace (contract §2), each with its origin so any finding about
// it can be placed at file:line:column at the end.
import type { Path, RuleId, SeveritySetting } from '../findings/index.js'

export type Lang = 'en' | 'zh'
export type Text = string | { zh?: string; en?: string }
/** YYYY-MM-DD, a real calendar date; compares correctly as a string. */
export type IsoDate = string

export interface Origin {
  file: string
  path: Path
}

export const ORG_TYPES = ['government', 'enterprise', 'university', 'college', 'association', 'alliance', 'institute', 'other'] as const
export type OrgType = (typeof ORG_TYPES)[number]
export const TASK_STATUSES = ['planned', 'in-progress', 'done', 'blocked', 'cancelled'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]
export const CATEGORIES = ['key-project', 'technology', 'platform', 'market', 'talent', 'training', 'cooperation', 'other'] as const
export type Category = (typeof CATEGORIES)[number]
export const MEETING_FORMATS = ['in-person', 'video', 'hybrid'] as const
export type MeetingFormat = (typeof MEETING_FORMATS)[number]
export const POINT_KINDS = ['noted', 'stressed', 'required'] as const
export type PointKind = (typeof POINT_KINDS)[number]
export const MEETING_STATUSES = ['draft', 'final'] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

export interface Manifest {
  name: Text
  chains: number
  language: Lang
  timezone?: string
  rules: Partial<Record<RuleId, SeveritySetting>>
  /** The official order of the chains (contract §2), as written; ids that are no chain included. */
  order: string[]
  /** A line printed atop every report and brief that people read (contract §2). */
  notice?: Text
  origin: Origin
}

export interface Organization {
  kind: 'organization'
  id: string
  name: Text
  short?: Text
  type: OrgType
  origin: Origin
}

export interface Person {
  kind: 'person'
  id: string
  name: Text
  organization?: string
  title?: Text
  origin: Origin
}

export type Party = Organization | Person

export interface Milestone {
  title: Text
  due: IsoDate
  done?: IsoDate
  origin: Origin
}

export interface Update {
  date: IsoDate
  progress: number
  status?: TaskStatus
  note?: Text
  origin: Origin
}

export interface Task {
  id: string
  chain: string
  title: Text
  category: Category
  owner: string
  partners: string[]
  start?: IsoDate
  due: IsoDate
  status: TaskStatus
  progress: number
  weight: number
  milestones: Milestone[]
  updates: Update[]
  origin: Origin
}

export interface Problem {
  id: string
  chain: string
  text: Text
  raised: IsoDate
  raisedBy?: string
  task?: string
  owner?: string
  status: 'open' | 'resolved'
  resolved?: IsoDate
  origin: Origin
}

export interface Chain {
  id: string
  /** The file name without extension (contract §2: must equal id). */
  fileStem: string
  name: Text
  chief?: string
  serviceOfficer?: string
  leadDepartment?: string
  secretariat?: string
  leaderEnterprises: string[]
  specialTeam: string[]
  tasks: Task[]
  problems: Problem[]
  origin: Origin
}

export interface MeetingReport {
  by: string
  topic: Text
  summary?: Text
  tasks: string[]
}

export interface Decision {
  id?: string
  text: Text
  owner?: string
  due?: IsoDate
  task?: string
  /** The date it was carried out (contract §3: done as of D when done ≤ D). */
  done?: IsoDate
  origin: Origin
}

/** What the meeting noted (会议指出), stressed (强调) or required (要求), contract §2. */
export interface MeetingPoint {
  kind: PointKind
  by?: string
  text: Text
}

export interface Meeting {
  id: string
  fileStem: string
  title: Text
  date: IsoDate
  chains: string[]
  format?: MeetingFormat
  organizer?: string
  chair?: string
  attendees: string[]
  reports: MeetingReport[]
  problems: string[]
  decisions: Decision[]
  notes?: Text
  number?: Text
  time?: Text
  location?: Text
  points: MeetingPoint[]
  presentAlso: string[]
  absent: string[]
  distribution: string[]
  /** Absent in the file means final (contract §2). */
  status: MeetingStatus
  origin: Origin
}

/** The kinds a ref may point to (contract §2 "ref"). Organizations and people share one namespace. */
export type RefKind = 'organization' | 'person' | 'party' | 'chain' | 'task' | 'problem'
export type Namespace = 'party' | 'chain' | 'task' | 'problem' | 'meeting' | 'decision'

/** Every place a record declares an id, for duplicate-id and for resolving refs. */
export interface IdSite {
  namespace: Namespace
  /** The record's kind within the namespace: organization or person for 'party'. */
  kind: 'organization' | 'person' | 'chain' | 'task' | 'problem' | 'meeting' | 'decision'
  id: string
  origin: Origin // path to the id value
}

/** Every place a record refers to another, for unknown-ref and leader-type. */
export interface RefSite {
  kind: RefKind
  id: string
  origin: Origin // path to the ref value
  /** What the field is, for messages: 'leader_enterprises', 'owner', … */
  field: string
}

export interface Model {
  manifest?: Manifest
  organizations: Organization[]
  people: Person[]
  /** The chains in the manifest's `order`, then the rest by id (contract §2): every report lists them so. */
  chains: Chain[]
  meetings: Meeting[]
  /** Every chain file read, parsed or not (chain-count counts files). */
  chainFiles: string[]
  /** All tasks and problems in chain file order. */
  tasks: Task[]
  problems: Problem[]
  parties: ReadonlyMap<string, Party>
  chainsById: ReadonlyMap<string, Chain>
  tasksById: ReadonlyMap<string, Task>
  problemsById: ReadonlyMap<string, Problem>
  meetingsById: ReadonlyMap<string, Meeting>
  ids: IdSite[]
  refs: RefSite[]
  /** Namespaces whose files could not be read whole: a ref into them may be fine, so it is not judged. */
  incomplete: ReadonlySet<Namespace>
}
