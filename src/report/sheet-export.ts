// Contract §9 "Through a spreadsheet": what `sheet export` puts in the owners' workbook, as
// plain data — a sheet per chain selected, a row per task not done or cancelled as of the
// date, with its state as of that date and its last update then. The workbook's layout is
// record/sheet-layout.ts, shared with the import.
import { textIn } from '../model/text.js'
import type { IsoDate, Lang, Model, TaskStatus } from '../model/types.js'
import { workspaceIdentity } from '../record/sheet-layout.js'
import { taskStateAsOf } from './as-of.js'
import { partyShortName } from './task-rows.js'

export interface SheetRow {
  id: string
  title: string
  owner: string
  ownerName: string
  due: IsoDate
  /** Status and progress as of the export's date. */
  status: TaskStatus
  progress: number
  /** The latest update on or before the date; null when there is none. */
  lastDate: IsoDate | null
  lastNote: string | null
}

export interface SheetChain {
  id: string
  name: string
  rows: SheetRow[]
}

export interface SheetExport {
  asOf: IsoDate
  lang: Lang
  /** The workspace's name in the chosen language, for people. */
  workspaceName: string
  /** The workspace's identity, which import compares: its manifest name, both languages. */
  workspace: string
  chains: SheetChain[]
}

export interface SheetExportOptions {
  asOf: IsoDate
  lang: Lang
  /** Chains to give a sheet each; none: every chain. */
  chains?: readonly string[]
  /** Only the tasks of these owners; without `chains`, only chains that keep a row. */
  owners?: readonly string[]
}

/** The workbook's content for a model as of a date. */
export function buildSheetExport(model: Model, options: SheetExportOptions): SheetExport {
  const { asOf, lang } = options
  const wanted = options.chains && options.chains.length > 0 ? new Set(options.chains) : undefined
  const owners = options.owners && options.owners.length > 0 ? new Set(options.owners) : undefined
  const chains: SheetChain[] = []
  for (const chain of model.chains) {
    if (wanted && !wanted.has(chain.id)) continue
    const rows: SheetRow[] = []
    for (const task of chain.tasks) {
      if (owners && !owners.has(task.owner)) continue
      const state = taskStateAsOf(task, asOf)
      if (state.status === 'done' || state.status === 'cancelled') continue
      const last = task.updates.filter((u) => u.date <= asOf).at(-1)
      rows.push({
        id: task.id,
        title: textIn(task.title, lang),
        owner: task.owner,
        ownerName: partyShortName(model.parties.get(task.owner), task.owner, lang),
        due: task.due,
        status: state.status,
        progress: state.progress,
        lastDate: last?.date ?? null,
        lastNote: last?.note === undefined ? null : textIn(last.note, lang),
      })
    }
    if (!wanted && owners && rows.length === 0) continue
    chains.push({ id: chain.id, name: textIn(chain.name, lang) || chain.id, rows })
  }
  const name = model.manifest?.name
  return { asOf, lang, workspaceName: textIn(name, lang), workspace: workspaceIdentity(name), chains }
}
