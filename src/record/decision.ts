// `chainchief decision done` as a plan (SPEC §9): the decision's `done` date, added at the
// end of its entry in the meeting file. Decisions are found by their `id` (contract §2 v2);
// one done already is left as it is.
import type { Decision, IsoDate, Meeting, Model } from '../model/types.js'
import { closestIds, RecordRefusal } from './refusal.js'
import type { WritePlan } from './plan.js'

export interface DecisionDoneRequest {
  decision: string
  date: IsoDate
}

/** Every decision that has an id, with its meeting, in meeting file order. */
export function decisionsWithIds(model: Model): Array<{ decision: Decision & { id: string }; meeting: Meeting }> {
  return model.meetings.flatMap((meeting) =>
    meeting.decisions.flatMap((decision) => (decision.id !== undefined ? [{ decision: decision as Decision & { id: string }, meeting }] : [])),
  )
}

export function planDecisionDone(model: Model, request: DecisionDoneRequest): WritePlan {
  const all = decisionsWithIds(model)
  const matches = all.filter((d) => d.decision.id === request.decision)
  if (matches.length === 0) {
    throw new RecordRefusal('unknown-decision', { id: request.decision, closest: closestIds(request.decision, all.map((d) => d.decision.id)) })
  }
  if (matches.length > 1) {
    throw new RecordRefusal('duplicate-target', { id: request.decision, files: [...new Set(matches.map((m) => m.decision.origin.file))] })
  }
  const { decision } = matches[0]!
  const file = decision.origin.file
  if (decision.done !== undefined) {
    return { edits: [], creates: [], recorded: [{ kind: 'unchanged', file, what: 'decision-done', id: decision.id, date: decision.done }] }
  }
  return {
    edits: [{ file, kind: 'meeting', edits: [{ op: 'set', path: [...decision.origin.path, 'done'], value: request.date }] }],
    creates: [],
    recorded: [{ kind: 'decision-done', file, decision: decision.id, date: request.date }],
  }
}
