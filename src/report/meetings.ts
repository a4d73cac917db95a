// Contract §10 `chainchief meetings`, §3: every meeting by date — id, date, title, chains (in
// the official chain order), how many reports, and its decisions done / open / overdue as of
// the report's date.
import { inChainOrder } from '../model/order.js'
import { textIn } from '../model/text.js'
import type { IsoDate, Lang, Meeting, Model } from '../model/types.js'
import { decisionStatusAsOf, type DecisionStatus } from './as-of.js'

export interface MeetingRow {
  id: string
  date: IsoDate
  title: string
  chains: string[]
  chainNames: string[]
  reports: number
  decisions: Record<DecisionStatus, number>
}

export interface MeetingsReport {
  asOf: IsoDate
  lang: Lang
  notice: string | null
  meetings: MeetingRow[]
}

export interface MeetingsOptions {
  asOf: IsoDate
  lang: Lang
  /** Only meetings that cover one of these chains (empty or absent: all). */
  chains?: readonly string[]
}

/** Each decision of a meeting as of a date, with the task it names. */
export function decisionCounts(model: Model, meeting: Meeting, asOf: IsoDate): Record<DecisionStatus, number> {
  const counts: Record<DecisionStatus, number> = { done: 0, open: 0, overdue: 0 }
  for (const decision of meeting.decisions) {
    const task = decision.task !== undefined ? model.tasksById.get(decision.task) : undefined
    counts[decisionStatusAsOf(decision, task, asOf)]++
  }
  return counts
}

const byDate = (a: Meeting, b: Meeting) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The meetings of a model, oldest first (contract §10 `meetings`). */
export function buildMeetingsReport(model: Model, options: MeetingsOptions): MeetingsReport {
  const { asOf, lang } = options
  const wanted = options.chains && options.chains.length > 0 ? new Set(options.chains) : undefined
  const meetings = model.meetings
    .filter((m) => !wanted || m.chains.some((c) => wanted.has(c)))
    .sort(byDate)
    .map((m): MeetingRow => {
      const chains = inChainOrder(model, m.chains)
      return {
        id: m.id,
        date: m.date,
        title: textIn(m.title, lang) || m.id,
        chains,
        chainNames: chains.map((id) => textIn(model.chainsById.get(id)?.name, lang) || id),
        reports: m.reports.length,
        decisions: decisionCounts(model, m, asOf),
      }
    })
  return { asOf, lang, notice: textIn(model.manifest?.notice, lang) || null, meetings }
}
