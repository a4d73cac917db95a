// `chainchief brief <meeting-id>` (contract §6): load → check → brief model as of the meeting's
// date (or --as-of) → markdown, HTML or docx → stdout or -o (docx to -o only). Exit 1 on data
// errors, 2 for an unknown meeting (naming the closest ids), a bad flag or docx to stdout.
import { editDistance } from '../../check/closest.js'
import { buildBrief } from '../../report/brief/index.js'
import { renderBrief } from '../../render/brief/index.js'
import { renderMeetingList } from '../../render/meeting-list.js'
import { loadCheckedModel } from '../checked-model.js'
import type { WorkspaceFlags } from '../options.js'
import { decideOutput, writeOutput } from '../output.js'
import { writeStdout } from '../stdio.js'
import { UsageError } from '../../findings/index.js'
import { say } from '../words.js'

import type { BriefFormat } from '../../render/formats.js'

export interface BriefFlags extends WorkspaceFlags {
  format?: BriefFormat
  window?: number
}

/** "no meeting …", with up to three ids nearest by edit distance. */
function unknownMeeting(id: string, ids: string[]): UsageError {
  if (ids.length === 0) return new UsageError(say('id.no-meetings', { id }))
  const nearest = [...ids]
    .map((candidate) => ({ candidate, d: editDistance(id, candidate) }))
    .sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.candidate)
  return new UsageError(say('id.no-meeting', { id, closest: nearest.join(', ') }))
}

export async function runBrief(meetingId: string | undefined, flags: BriefFlags): Promise<number> {
  // The data is checked as of today: an update after the meeting is not a mistake in the data,
  // and `future-date` must not stop the brief of a past meeting. --as-of only moves the brief.
  const output = decideOutput(flags)
  if (flags.format === 'docx' && output.file === undefined) {
    throw new UsageError(say('brief.docx-stdout'))
  }
  const checked = await loadCheckedModel({ ...flags, asOf: undefined }, output)
  if (!checked.ok) return checked.exitCode
  const { model, lang } = checked.result
  if (meetingId === undefined) {
    writeStdout(renderMeetingList(model.meetings, lang))
    return 0
  }
  if (!model.meetingsById.has(meetingId)) throw unknownMeeting(meetingId, [...model.meetingsById.keys()])
  const brief = buildBrief(model, meetingId, { lang, asOf: flags.asOf, window: flags.window })
  writeOutput(await renderBrief(brief, { format: flags.format ?? 'markdown' }), output, flags.format ?? 'markdown')
  return 0
}
