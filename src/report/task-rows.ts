// Contract §3 and §5: one row per key task as of a date, with its status and progress as of
// that date, whether it is overdue or due soon, and its names in the chosen language.
import { textIn } from '../model/text.js'
import type { Category, Chain, IsoDate, Lang, Model, Party, TaskStatus } from '../model/types.js'
import { isDueSoon, isOverdue, taskExistedOn, taskStateAsOf } from './as-of.js'

/** Which tasks a report covers (contract §5 filters). Empty lists and absent flags: all. */
export interface TaskFilter {
  chains?: readonly string[]
  owners?: readonly string[]
  statuses?: readonly TaskStatus[]
  overdue?: boolean
  dueSoon?: boolean
}

/** Days ahead that count as "due soon" (contract §3, `--window`), for every report. */
export const DEFAULT_WINDOW = 30

export interface TaskRow {
  id: string
  chain: string
  chainName: string
  title: string
  owner: string
  /** The owner's short name where there is one, else its name; the id when it names nothing. */
  ownerName: string
  category: Category
  start: IsoDate | null
  due: IsoDate
  /** Status and progress as of the report's date. */
  status: TaskStatus
  progress: number
  weight: number
  overdue: boolean
  dueSoon: boolean
  /**
   * With a `since` date (contract §5 `--since`): progress as of the report's date minus
   * progress as of `since`; null where the task did not exist then, or without `since`.
   */
  change: number | null
}

/** A party's name for tables: an organization's short name where it has one. */
export function partyShortName(party: Party | undefined, id: string, lang: Lang): string {
  if (!party) return id
  const short = party.kind === 'organization' ? textIn(party.short, lang) : ''
  return short !== '' ? short : textIn(party.name, lang) || id
}

function passes(row: TaskRow, filter: TaskFilter): boolean {
  if (filter.owners && filter.owners.length > 0 && !filter.owners.includes(row.owner)) return false
  if (filter.statuses && filter.statuses.length > 0 && !filter.statuses.includes(row.status)) return false
  // --overdue and --due-soon together: tasks that are either.
  if (filter.overdue || filter.dueSoon) return (filter.overdue === true && row.overdue) || (filter.dueSoon === true && row.dueSoon)
  return true
}

/** The rows of the tasks of `chains`, in chain order and then file order, that pass `filter`. */
export function buildTaskRows(
  model: Model,
  chains: readonly Chain[],
  options: { asOf: IsoDate; lang: Lang; window: number; filter: TaskFilter; since?: IsoDate },
): TaskRow[] {
  const { asOf, lang, window, filter, since } = options
  const rows: TaskRow[] = []
  for (const chain of chains) {
    const chainName = textIn(chain.name, lang)
    for (const task of chain.tasks) {
      const state = taskStateAsOf(task, asOf)
      const row: TaskRow = {
        id: task.id,
        chain: chain.id,
        chainName,
        title: textIn(task.title, lang),
        owner: task.owner,
        ownerName: partyShortName(model.parties.get(task.owner), task.owner, lang),
        category: task.category,
        start: task.start ?? null,
        due: task.due,
        status: state.status,
        progress: state.progress,
        weight: task.weight,
        overdue: isOverdue(task, state, asOf),
        dueSoon: isDueSoon(task, state, asOf, window),
        change: since !== undefined && taskExistedOn(task, since) ? state.progress - taskStateAsOf(task, since).progress : null,
      }
      if (passes(row, filter)) rows.push(row)
    }
  }
  return rows
}
