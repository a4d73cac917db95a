// Contract §6 (and §3): the brief (会议纪要) of one meeting as plain data, as of a date
// (default: the meeting's date), built in named steps, one per part of the minutes: head and
// lead here; parties, reports and points, follow-up and decisions, problems, chains in the
// files beside this one.
import { textIn } from '../../model/text.js'
import type { Lang, Meeting, Model } from '../../model/types.js'
import { DEFAULT_WINDOW } from '../task-rows.js'
import { briefChains } from './chains.js'
import { briefDecisions, briefFollowUp } from './decisions.js'
import { briefParties, briefParty, groupParties, leaderIds } from './parties.js'
import { briefProblems } from './problems.js'
import { briefPoints, briefReports } from './reports.js'
import type { Brief, BriefHead, BriefLead, BriefOptions, ChairRole } from './types.js'

export type * from './types.js'
export { ATTENDEE_ORDER } from './parties.js'
export { decisionState, earlierMeeting } from './decisions.js'

/** Part 1: the issuing unit is the first chain's secretariat, else the organizer. */
function briefHead(model: Model, meeting: Meeting, lang: Lang): BriefHead {
  const secretariat = meeting.chains.map((id) => model.chainsById.get(id)?.secretariat).find((s) => s !== undefined)
  const issuer = secretariat ?? meeting.organizer
  const notice = textIn(model.manifest?.notice, lang)
  const number = textIn(meeting.number, lang)
  return {
    ...(notice ? { notice } : {}),
    draft: meeting.status === 'draft',
    ...(issuer ? { issuer: briefParty(model, issuer, lang) } : {}),
    ...(number ? { number } : {}),
    title: textIn(meeting.title, lang) || meeting.id,
  }
}

function chairRole(model: Model, meeting: Meeting): ChairRole | undefined {
  const chains = meeting.chains.flatMap((id) => model.chainsById.get(id) ?? [])
  if (!meeting.chair) return undefined
  if (chains.some((c) => c.chief === meeting.chair)) return 'chief'
  if (chains.some((c) => c.serviceOfficer === meeting.chair)) return 'service-officer'
  return undefined
}

/** Part 2: what the lead paragraph says; the chair is not counted among those who took part. */
function briefLead(model: Model, meeting: Meeting, lang: Lang, leaders: ReadonlySet<string>): BriefLead {
  const role = chairRole(model, meeting)
  const time = textIn(meeting.time, lang)
  const location = textIn(meeting.location, lang)
  const notes = textIn(meeting.notes, lang)
  const participants = briefParties(model, meeting.attendees.filter((id) => id !== meeting.chair), lang, leaders)
  return {
    date: meeting.date,
    ...(time ? { time } : {}),
    ...(location ? { location } : {}),
    ...(meeting.format ? { format: meeting.format } : {}),
    ...(meeting.organizer ? { organizer: briefParty(model, meeting.organizer, lang) } : {}),
    ...(meeting.chair ? { chair: briefParty(model, meeting.chair, lang) } : {}),
    ...(role ? { chairRole: role } : {}),
    chains: [...new Set(meeting.chains)].flatMap((id) => {
      const chain = model.chainsById.get(id)
      return chain ? [textIn(chain.name, lang) || chain.id] : []
    }),
    participants: groupParties(participants),
    ...(notes ? { notes } : {}),
  }
}

/**
 * The brief of meeting `meetingId`: the ten parts of contract §6 in order, all as of
 * `opts.asOf` (default: the meeting's date). Throws when the model has no such meeting.
 */
export function buildBrief(model: Model, meetingId: string, opts: BriefOptions): Brief {
  const meeting = model.meetingsById.get(meetingId)
  if (!meeting) throw new Error(`no meeting "${meetingId}"`)
  const { lang } = opts
  const asOf = opts.asOf ?? meeting.date
  const window = opts.window ?? DEFAULT_WINDOW
  const leaders = leaderIds(model, meeting)
  const followUp = briefFollowUp(model, meeting, lang)
  return {
    lang,
    meetingId: meeting.id,
    date: meeting.date,
    asOf,
    window,
    head: briefHead(model, meeting, lang),
    lead: briefLead(model, meeting, lang, leaders),
    reports: briefReports(model, meeting, lang, leaders),
    points: briefPoints(model, meeting, lang),
    ...(followUp ? { followUp } : {}),
    problems: briefProblems(model, meeting, asOf, lang),
    decisions: briefDecisions(model, meeting, lang),
    attendance: {
      present: groupParties(briefParties(model, meeting.attendees, lang, leaders)),
      presentAlso: briefParties(model, meeting.presentAlso, lang, leaders),
      absent: briefParties(model, meeting.absent, lang, leaders),
    },
    ...briefChains({ model, asOf, lang, window }, meeting),
    distribution: briefParties(model, meeting.distribution, lang, leaders),
  }
}
