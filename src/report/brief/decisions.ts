// Brief steps "reports" and "decisions" (contract §6): the reports heard, in agenda order, and
// the arrangements the meeting decided, numbered in its order.
import { textIn } from '../../model/text.js'
import type { Lang, Meeting, Model } from '../../model/types.js'
import { briefParty } from './parties.js'
import type { BriefDecision, BriefReport } from './types.js'

const taskTitle = (model: Model, id: string, lang: Lang): string | undefined => {
  const task = model.tasksById.get(id)
  return task ? textIn(task.title, lang) || task.id : undefined
}

export function briefReports(model: Model, meeting: Meeting, lang: Lang): BriefReport[] {
  return meeting.reports.map((r) => {
    const summary = textIn(r.summary, lang)
    return {
      by: briefParty(model, r.by, lang),
      topic: textIn(r.topic, lang),
      ...(summary ? { summary } : {}),
      tasks: r.tasks.flatMap((id) => taskTitle(model, id, lang) ?? []),
    }
  })
}

export function briefDecisions(model: Model, meeting: Meeting, lang: Lang): BriefDecision[] {
  return meeting.decisions.map((d, i) => {
    const task = d.task ? taskTitle(model, d.task, lang) : undefined
    return {
      number: i + 1,
      text: textIn(d.text, lang),
      ...(d.owner ? { owner: briefParty(model, d.owner, lang) } : {}),
      ...(d.due ? { due: d.due } : {}),
      ...(task ? { task } : {}),
    }
  })
}
