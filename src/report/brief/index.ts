// Contract §6 (and §3): the brief (会议纪要) of one meeting as plain data, as of a date
// (default: the meeting's date), built in named steps: parties, chains, problems, reports
// and decisions, each a file beside this one.
import { textIn } from '../../model/text.js'
import type { Model } from '../../model/types.js'
import { DEFAULT_WINDOW } from '../task-rows.js'
import { briefChains } from './chains.js'
import { briefDecisions, briefReports } from './decisions.js'
import { attendeeGroups, briefParty } from './parties.js'
import { briefProblems } from './problems.js'
import type { Brief, BriefOptions } from './types.js'

export type * from './types.js'
export { ATTENDEE_ORDER } from './parties.js'

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
  const window = opts.window ?? DEFAULT_WINDOW
  const notes = textIn(meeting.notes, lang)
  return {
    lang,
    meetingId: meeting.id,
    title: textIn(meeting.title, lang) || meeting.id,
    date: meeting.date,
    asOf,
    window,
    ...(meeting.format ? { format: meeting.format } : {}),
    ...(meeting.organizer ? { organizer: briefParty(model, meeting.organizer, lang) } : {}),
    ...(meeting.chair ? { chair: briefParty(model, meeting.chair, lang) } : {}),
    ...(notes ? { notes } : {}),
    attendees: attendeeGroups(model, meeting, lang),
    reports: briefReports(model, meeting, lang),
    ...briefChains({ model, asOf, lang, window }, meeting),
    ...briefProblems(model, meeting, asOf, lang),
    decisions: briefDecisions(model, meeting, lang),
  }
}
