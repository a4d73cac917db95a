// `chainchief meeting new` as a plan (SPEC §9): meetings/<id>.yaml (id: <date>-<first chain>)
// with organizer = the first chain's lead department, chair = its service officer, attendees
// = the chains' secretariats, leader enterprises and special teams (each once, in that
// order), and the problems of the chains open on the meeting's date. Never overwrites.
import type { IsoDate, Lang, Model, Problem } from '../model/types.js'
import type { SourceFile } from '../workspace/source.js'
import { found, requireUnique } from './find-target.js'
import { meetingText, meetingTitle } from './meeting-text.js'
import type { WritePlan } from './plan.js'
import { RecordRefusal } from './refusal.js'

export interface MeetingNewRequest {
  chains: string[]
  date: IsoDate
  id?: string
  /** The language of the comments that guide the filling in. */
  lang: Lang
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/** Open as of `date` (contract §3): raised by then, and not resolved by then. */
const openOn = (p: Problem, date: IsoDate): boolean =>
  p.raised <= date && (p.status === 'open' || (p.resolved !== undefined && p.resolved > date))

/** The editor's schema comment of a chain file, pointed at the meeting schema (same depth in the tree). */
function schemaLineLike(chainFile: SourceFile | undefined): string | undefined {
  const first = chainFile?.text.split(/\r?\n/, 1)[0] ?? ''
  return /^# yaml-language-server: \$schema=\S*chain\.schema\.json\s*$/.test(first) ? first.replace('chain.schema.json', 'meeting.schema.json').trimEnd() : undefined
}

export function planMeetingNew(model: Model, files: readonly SourceFile[], request: MeetingNewRequest): WritePlan {
  const chains = [...new Set(request.chains)].map((id) => found(model.chainsById.get(id), requireUnique(model, 'chain', id)))
  const first = chains[0]
  if (!first) throw new RecordRefusal('unknown-chain', { id: '', closest: [] })
  const id = request.id ?? `${request.date}-${first.id}`
  if (!ID.test(id)) throw new RecordRefusal('bad-id', { id })
  const file = `meetings/${id}.yaml`
  const taken = files.find((f) => f.path === file || f.path === `meetings/${id}.yml`)
  if (taken || model.meetingsById.has(id)) throw new RecordRefusal('meeting-exists', { file: taken?.path ?? file, id })

  const attendees = [...new Set(chains.flatMap((c) => [...(c.secretariat ? [c.secretariat] : []), ...c.leaderEnterprises, ...c.specialTeam]))]
  const chainIds = chains.map((c) => c.id)
  const problems = model.problems.filter((p) => chainIds.includes(p.chain) && openOn(p, request.date)).map((p) => p.id)
  const text = meetingText(
    {
      id, title: meetingTitle(chains), date: request.date, chains: chainIds,
      organizer: first.leadDepartment, chair: first.serviceOfficer, attendees, problems,
    },
    { lang: request.lang, schemaLine: schemaLineLike(files.find((f) => f.path === first.origin.file)), reporter: first.secretariat },
  )
  return {
    edits: [],
    creates: [{ file, kind: 'meeting', text }],
    recorded: [{ kind: 'meeting-new', file, meeting: id, attendees: attendees.length, problems: problems.length }],
  }
}
