// Contract §10 `chainchief problems`, §3: the problem list as of a date — the problems raised
// on or before it, each open or resolved as of it, with its days open — filtered by chain,
// owner, task and status, in the official chain order, then the chain file's order.
import { textIn } from '../model/text.js'
import type { IsoDate, Lang, Model, Problem } from '../model/types.js'
import { isProblemOpen, problemDaysOpen } from './as-of.js'
import { partyShortName } from './task-rows.js'

export const PROBLEM_STATUSES = ['open', 'resolved', 'all'] as const
export type ProblemStatusFilter = (typeof PROBLEM_STATUSES)[number]

export interface ProblemFilter {
  chains?: readonly string[]
  owners?: readonly string[]
  tasks?: readonly string[]
  /** Default `open`. */
  status?: ProblemStatusFilter
}

export interface ProblemsOptions {
  asOf: IsoDate
  lang: Lang
  filter?: ProblemFilter
}

export interface ProblemRow {
  id: string
  chain: string
  chainName: string
  text: string
  raised: IsoDate
  raisedBy: string | null
  raisedByName: string | null
  task: string | null
  taskTitle: string | null
  owner: string | null
  ownerName: string | null
  /** As of the report's date. */
  status: 'open' | 'resolved'
  /** The resolution date when resolved as of the report's date, else null. */
  resolved: IsoDate | null
  daysOpen: number
}

export interface ProblemsReport {
  asOf: IsoDate
  lang: Lang
  notice: string | null
  status: ProblemStatusFilter
  problems: ProblemRow[]
}

const some = (list: readonly string[] | undefined): list is readonly string[] => list !== undefined && list.length > 0

function problemRow(model: Model, problem: Problem, asOf: IsoDate, lang: Lang): ProblemRow {
  const open = isProblemOpen(problem, asOf)
  const name = (id: string | undefined) => (id === undefined ? null : partyShortName(model.parties.get(id), id, lang))
  const task = problem.task !== undefined ? model.tasksById.get(problem.task) : undefined
  return {
    id: problem.id,
    chain: problem.chain,
    chainName: textIn(model.chainsById.get(problem.chain)?.name, lang) || problem.chain,
    text: textIn(problem.text, lang),
    raised: problem.raised,
    raisedBy: problem.raisedBy ?? null,
    raisedByName: name(problem.raisedBy),
    task: problem.task ?? null,
    taskTitle: problem.task === undefined ? null : task ? textIn(task.title, lang) || task.id : problem.task,
    owner: problem.owner ?? null,
    ownerName: name(problem.owner),
    status: open ? 'open' : 'resolved',
    resolved: open ? null : (problem.resolved ?? null),
    daysOpen: problemDaysOpen(problem, asOf),
  }
}

/** The problem list of a model as of a date (contract §10 `problems`). */
export function buildProblemsReport(model: Model, options: ProblemsOptions): ProblemsReport {
  const { asOf, lang } = options
  const filter = options.filter ?? {}
  const status = filter.status ?? 'open'
  const chains = some(filter.chains) ? new Set(filter.chains) : undefined
  const problems: ProblemRow[] = []
  for (const chain of model.chains) {
    if (chains && !chains.has(chain.id)) continue
    for (const problem of chain.problems) {
      // Only problems raised by the date, whatever the status asked for.
      if (problem.raised > asOf) continue
      if (some(filter.owners) && (problem.owner === undefined || !filter.owners.includes(problem.owner))) continue
      if (some(filter.tasks) && (problem.task === undefined || !filter.tasks.includes(problem.task))) continue
      const row = problemRow(model, problem, asOf, lang)
      if (status === 'all' || row.status === status) problems.push(row)
    }
  }
  return { asOf, lang, notice: textIn(model.manifest?.notice, lang) || null, status, problems }
}
