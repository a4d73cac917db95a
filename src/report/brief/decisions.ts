// Brief steps "follow-up" and "decisions" (contract §6 parts 5 and 7, §3): the decisions of
// the latest earlier meeting of the same chains, each done, open or overdue as of this
// meeting's date; and the arrangements this meeting made, numbered in its order.
import { textIn } from '../../model/text.js'
import type { Decision, IsoDate, Lang, Meeting, Model } from '../../model/types.js'
import { decisionStateAsOf } from '../as-of.js'
import { briefParty } from './parties.js'
import type { BriefDecision, BriefFollowUp, BriefFollowUpPart, DecisionState } from './types.js'

const taskTitle = (model: Model, id: string, lang: Lang): string | undefined => {
  const task = model.tasksById.get(id)
  return task ? textIn(task.title, lang) || task.id : undefined
}

/** The latest meeting dated before `meeting` that covers one of its chains (same date: the greater id). */
export function earlierMeeting(model: Model, meeting: Meeting): Meeting | undefined {
  let best: Meeting | undefined
  for (const m of model.meetings) {
    if (m.id === meeting.id || m.date >= meeting.date || !m.chains.some((c) => meeting.chains.includes(c))) continue
    if (!best || m.date > best.date || (m.date === best.date && m.id > best.id)) best = m
  }
  return best
}

/**
 * A decision's state as of `date` for the follow-up part: the one rule of contract §3 that
 * every report uses (as-of.ts `decisionStateAsOf`), with the task its `task` names.
 */
export function decisionState(model: Model, decision: Decision, date: IsoDate): { state: DecisionState; byTask: boolean } {
  const { status, byTask } = decisionStateAsOf(decision, decision.task ? model.tasksById.get(decision.task) : undefined, date)
  return { state: status, byTask }
}

export function briefFollowUp(model: Model, meeting: Meeting, lang: Lang): BriefFollowUpPart | undefined {
  const previous = earlierMeeting(model, meeting)
  if (!previous) return undefined
  const decisions = previous.decisions.map((d): BriefFollowUp => {
    const { state, byTask } = decisionState(model, d, meeting.date)
    return {
      text: textIn(d.text, lang),
      ...(d.owner ? { owner: briefParty(model, d.owner, lang) } : {}),
      ...(d.due ? { due: d.due } : {}),
      state,
      ...(state === 'done' && d.done ? { done: d.done } : {}),
      ...(byTask ? { byTask } : {}),
    }
  })
  return { meeting: { id: previous.id, title: textIn(previous.title, lang) || previous.id, date: previous.date }, decisions }
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
