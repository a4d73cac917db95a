// Brief steps "reports" and "points" (contract §6 parts 3 and 4): the reports heard in agenda
// order, consecutive reports on one topic merged into one group (a report with a summary
// stands alone, so its summary stays its own); and the points the meeting made, in order.
import { textIn } from '../../model/text.js'
import type { Lang, Meeting, Model } from '../../model/types.js'
import { briefParty } from './parties.js'
import type { BriefPoint, BriefReportGroup } from './types.js'

export function briefReports(model: Model, meeting: Meeting, lang: Lang, leaders: ReadonlySet<string>): BriefReportGroup[] {
  const groups: BriefReportGroup[] = []
  for (const report of meeting.reports) {
    const by = briefParty(model, report.by, lang, leaders)
    const topic = textIn(report.topic, lang)
    const summary = textIn(report.summary, lang)
    const last = groups[groups.length - 1]
    if (!summary && last && !last.summary && last.topic === topic && !last.by.some((p) => p.id === by.id)) {
      last.by.push(by)
      continue
    }
    groups.push({ by: [by], topic, ...(summary ? { summary } : {}) })
  }
  return groups
}

export function briefPoints(model: Model, meeting: Meeting, lang: Lang): BriefPoint[] {
  return meeting.points.map((p) => ({
    kind: p.kind,
    ...(p.by ? { by: briefParty(model, p.by, lang) } : {}),
    text: textIn(p.text, lang),
  }))
}
