// Contract §3 and §5: where the chains and their tasks stand as of a date, as plain data.
// Takes the model, an as-of date, a language and filters; gives chain rows, a total row and
// task rows with names already in the chosen language, so every renderer shows the same words.
import { textIn } from '../model/text.js'
import type { Chain, IsoDate, Lang, Model, TaskStatus } from '../model/types.js'
import { taskExistedOn, taskStateAsOf, weightedProgress, type TaskState } from './as-of.js'
import { buildTaskRows, DEFAULT_WINDOW, type TaskFilter, type TaskRow } from './task-rows.js'

export { DEFAULT_WINDOW, type TaskRow } from './task-rows.js'

export type { TaskFilter } from './task-rows.js'

export interface ProgressOptions {
  asOf: IsoDate
  lang: Lang
  /** Days ahead that count as "due soon" (contract §3), default 30. */
  window?: number
  filter?: TaskFilter
  /** `--since`: each row gets the change in progress since this date. */
  since?: IsoDate
}

export interface Counts {
  tasks: number
  planned: number
  inProgress: number
  done: number
  blocked: number
  cancelled: number
  overdue: number
  dueSoon: number
  /** Weighted mean progress of the tasks not cancelled, one decimal; null when there is none. */
  progress: number | null
  /**
   * With `since`: progress minus the same mean as of `since` over the tasks that existed then,
   * one decimal; null when either has no value, or without `since`.
   */
  change: number | null
}

export interface ChainRow extends Counts {
  id: string
  name: string
  /** The chain chief's person id, and name in the chosen language; null when none is set. */
  chief: string | null
  chiefName: string | null
}

export interface ProgressReport {
  asOf: IsoDate
  lang: Lang
  /** The manifest's notice in the chosen language (contract §2), null when there is none. */
  notice: string | null
  /** The date of `--since`, or null. */
  since: IsoDate | null
  window: number
  /** True when a filter narrows the tasks themselves (owner, status, overdue, due soon). */
  taskFiltered: boolean
  chains: ChainRow[]
  /** Counts and progress over all the tasks of the chain rows shown. */
  total: Counts
  tasks: TaskRow[]
}

const STATUS_KEY: Record<TaskStatus, 'planned' | 'inProgress' | 'done' | 'blocked' | 'cancelled'> = {
  planned: 'planned',
  'in-progress': 'inProgress',
  done: 'done',
  blocked: 'blocked',
  cancelled: 'cancelled',
}

function count(rows: readonly TaskRow[], model: Model, since: IsoDate | undefined): Counts {
  const counts: Counts = { tasks: rows.length, planned: 0, inProgress: 0, done: 0, blocked: 0, cancelled: 0, overdue: 0, dueSoon: 0, progress: null, change: null }
  for (const row of rows) {
    counts[STATUS_KEY[row.status]]++
    if (row.overdue) counts.overdue++
    if (row.dueSoon) counts.dueSoon++
  }
  counts.progress = weightedProgress(rows.map(asWeighted))
  if (since !== undefined) {
    const then: Array<{ task: { weight: number }; state: TaskState }> = []
    for (const row of rows) {
      const task = model.tasksById.get(row.id)
      if (task && taskExistedOn(task, since)) then.push({ task, state: taskStateAsOf(task, since) })
    }
    const before = weightedProgress(then)
    counts.change = counts.progress === null || before === null ? null : Math.round((counts.progress - before) * 10) / 10
  }
  return counts
}

function chainRow(chain: Chain, rows: readonly TaskRow[], model: Model, lang: Lang, since: IsoDate | undefined): ChainRow {
  const chief = chain.chief !== undefined ? model.parties.get(chain.chief) : undefined
  return {
    id: chain.id,
    name: textIn(chain.name, lang),
    chief: chain.chief ?? null,
    chiefName: chief ? textIn(chief.name, lang) : (chain.chief ?? null),
    ...count(rows, model, since),
  }
}

const asWeighted = (row: TaskRow) => ({ task: { weight: row.weight }, state: { status: row.status, progress: row.progress } })

/**
 * The progress report of a model as of a date: one row per chain (those `filter.chains`
 * names, else all; with a task filter, only chains that keep a task), a total row, and one
 * row per task that passes the filter.
 */
export function buildProgressReport(model: Model, options: ProgressOptions): ProgressReport {
  const { asOf, lang } = options
  const window = options.window ?? DEFAULT_WINDOW
  const filter = options.filter ?? {}
  const taskFiltered =
    (filter.owners?.length ?? 0) > 0 || (filter.statuses?.length ?? 0) > 0 || filter.overdue === true || filter.dueSoon === true
  const wanted = filter.chains && filter.chains.length > 0 ? new Set(filter.chains) : undefined
  const chains = model.chains.filter((c) => !wanted || wanted.has(c.id))

  const since = options.since
  const tasks = buildTaskRows(model, chains, { asOf, lang, window, filter, since })
  const byChain = new Map<string, TaskRow[]>()
  for (const row of tasks) {
    const rows = byChain.get(row.chain)
    if (rows) rows.push(row)
    else byChain.set(row.chain, [row])
  }

  const chainRows = chains
    .map((chain) => chainRow(chain, byChain.get(chain.id) ?? [], model, lang, since))
    .filter((row) => !taskFiltered || row.tasks > 0)
  const shown = new Set(chainRows.map((r) => r.id))
  const totalTasks = tasks.filter((t) => shown.has(t.chain))
  const notice = textIn(model.manifest?.notice, lang) || null
  return { asOf, lang, notice, since: since ?? null, window, taskFiltered, chains: chainRows, total: count(totalTasks, model, since), tasks }
}
