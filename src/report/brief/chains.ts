// Brief step "chains" (contract §6, §3): the progress of each chain the meeting covers, on the
// task rows every report shares (report/task-rows.ts), with the change since the chain's
// previous meeting; and the overdue and due-soon tasks across them.
import { textIn } from '../../model/text.js'
import type { Chain, IsoDate, Lang, Meeting, Model, TaskStatus } from '../../model/types.js'
import { taskStateAsOf, weightedProgress } from '../as-of.js'
import { buildTaskRows, type TaskRow } from '../task-rows.js'
import { briefParty } from './parties.js'
import type { BriefChain, BriefTask, DeadlineTask } from './types.js'
import { inChainOrder } from '../../model/order.js'

const DAY = 86_400_000
const dayNumber = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / DAY

/** The latest meeting before `meeting` (strictly earlier date) that covers `chainId`. */
export function previousMeeting(model: Model, meeting: Meeting, chainId: string): Meeting | undefined {
  let best: Meeting | undefined
  for (const m of model.meetings) {
    if (m.id === meeting.id || m.date >= meeting.date || !m.chains.includes(chainId)) continue
    if (!best || m.date > best.date || (m.date === best.date && m.id > best.id)) best = m
  }
  return best
}

interface Context {
  model: Model
  asOf: IsoDate
  lang: Lang
  window: number
}

function briefTask(ctx: Context, chain: Chain, row: TaskRow, index: number, previous: Meeting | undefined): BriefTask {
  const task = chain.tasks[index]!
  return {
    id: row.id,
    title: row.title || row.id,
    owner: briefParty(ctx.model, row.owner, ctx.lang),
    due: row.due,
    status: row.status,
    progress: row.progress,
    change: previous ? row.progress - taskStateAsOf(task, previous.date).progress : null,
    overdue: row.overdue,
    dueSoon: row.dueSoon,
  }
}

function briefChain(ctx: Context, meeting: Meeting, chain: Chain): BriefChain {
  const { model, lang } = ctx
  const previous = previousMeeting(model, meeting, chain.id)
  // No filter: one row per task of the chain, in file order.
  const rows = buildTaskRows(model, [chain], { asOf: ctx.asOf, lang, window: ctx.window, filter: {} })
  const tasks = rows.map((row, i) => briefTask(ctx, chain, row, i, previous))
  const count = (status: TaskStatus) => rows.filter((r) => r.status === status).length
  return {
    id: chain.id,
    name: textIn(chain.name, lang) || chain.id,
    ...(chain.chief ? { chief: briefParty(model, chain.chief, lang) } : {}),
    ...(chain.serviceOfficer ? { serviceOfficer: briefParty(model, chain.serviceOfficer, lang) } : {}),
    summary: {
      tasks: rows.length,
      done: count('done'),
      inProgress: count('in-progress'),
      planned: count('planned'),
      blocked: count('blocked'),
      cancelled: count('cancelled'),
      overdue: rows.filter((r) => r.overdue).length,
      dueSoon: rows.filter((r) => r.dueSoon).length,
      progress: weightedProgress(rows.map((r) => ({ task: { weight: r.weight }, state: r }))),
    },
    ...(previous ? { previousMeeting: { id: previous.id, title: textIn(previous.title, lang) || previous.id, date: previous.date } } : {}),
    tasks,
  }
}

const byDue = (a: DeadlineTask, b: DeadlineTask) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The chains of the meeting (each once, in the official chain order), and their overdue and due-soon tasks by due date. */
export function briefChains(ctx: Context, meeting: Meeting): { chains: BriefChain[]; overdue: DeadlineTask[]; dueSoon: DeadlineTask[] } {
  const chains: BriefChain[] = []
  const overdue: DeadlineTask[] = []
  const dueSoon: DeadlineTask[] = []
  for (const chainId of inChainOrder(ctx.model, meeting.chains)) {
    const chain = ctx.model.chainsById.get(chainId)
    if (!chain) continue
    const section = briefChain(ctx, meeting, chain)
    chains.push(section)
    for (const row of section.tasks) {
      const days = dayNumber(row.due) - dayNumber(ctx.asOf)
      if (row.overdue) overdue.push({ ...row, chain: section.name, days: -days })
      else if (row.dueSoon) dueSoon.push({ ...row, chain: section.name, days })
    }
  }
  return { chains, overdue: overdue.sort(byDue), dueSoon: dueSoon.sort(byDue) }
}
