// Brief step "problems" (contract §6 part 6, §3): the problems the meeting lists, in its order,
// then every other problem of its chains open as of the date, in the official chain order.
import { textIn } from '../../model/text.js'
import type { IsoDate, Lang, Meeting, Model, Problem } from '../../model/types.js'
import { isProblemOpen } from '../as-of.js'
import { briefParty } from './parties.js'
import type { BriefProblem } from './types.js'
import { inChainOrder } from '../../model/order.js'

function briefProblem(model: Model, problem: Problem, asOf: IsoDate, lang: Lang, listed: boolean): BriefProblem {
  const open = isProblemOpen(problem, asOf) || problem.raised > asOf
  const task = problem.task ? model.tasksById.get(problem.task) : undefined
  const chain = model.chainsById.get(problem.chain)
  return {
    id: problem.id,
    text: textIn(problem.text, lang) || problem.id,
    chain: chain ? textIn(chain.name, lang) || chain.id : problem.chain,
    raised: problem.raised,
    ...(problem.raisedBy ? { raisedBy: briefParty(model, problem.raisedBy, lang) } : {}),
    ...(problem.owner ? { owner: briefParty(model, problem.owner, lang) } : {}),
    ...(task ? { task: textIn(task.title, lang) || task.id } : {}),
    listed,
    open,
    ...(!open && problem.resolved ? { resolved: problem.resolved } : {}),
  }
}

export function briefProblems(model: Model, meeting: Meeting, asOf: IsoDate, lang: Lang): BriefProblem[] {
  const listed = [...new Set(meeting.problems)].flatMap((id) => model.problemsById.get(id) ?? [])
  const listedIds = new Set(listed.map((p) => p.id))
  const others = inChainOrder(model, meeting.chains)
    .flatMap((id) => model.chainsById.get(id)?.problems ?? [])
    .filter((p) => !listedIds.has(p.id) && isProblemOpen(p, asOf))
  return [
    ...listed.map((p) => briefProblem(model, p, asOf, lang, true)),
    ...others.map((p) => briefProblem(model, p, asOf, lang, false)),
  ]
}
