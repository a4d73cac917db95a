// Contract §10 `chainchief task <task-id>`, §3: one task in full as of a date — its fields as
// `progress --tasks` gives them, its milestones (done, overdue), its updates up to the date as
// a timeline with the change from the one before, the problems that name it, the meetings
// whose reports or decisions name it, and the decisions on it, each as of the date.
import { textIn } from '../model/text.js'
import type { IsoDate, Lang, Model, TaskStatus } from '../model/types.js'
import { decisionStatusAsOf, isProblemOpen, problemDaysOpen, type DecisionStatus } from './as-of.js'
import { buildTaskRows, DEFAULT_WINDOW, partyShortName, type TaskRow } from './task-rows.js'

export type MilestoneStatus = 'done' | 'overdue' | 'open'

export interface TaskMilestone {
  title: string
  due: IsoDate
  /** The date it was done when that is on or before the report's date, else null. */
  done: IsoDate | null
  status: MilestoneStatus
}

export interface TaskUpdate {
  date: IsoDate
  progress: number
  /** The status the update gives, else null. */
  status: TaskStatus | null
  note: string | null
  /** Progress minus the previous update's; null for the first. */
  change: number | null
}

export interface TaskProblem {
  id: string
  text: string
  raised: IsoDate
  status: 'open' | 'resolved'
  resolved: IsoDate | null
  daysOpen: number
}

export interface TaskMeeting {
  id: string
  date: IsoDate
  title: string
  /** Whether a report of the meeting names the task, and whether a decision does. */
  report: boolean
  decision: boolean
}

export interface TaskDecision {
  id: string | null
  meeting: string
  meetingDate: IsoDate
  text: string
  owner: string | null
  ownerName: string | null
  due: IsoDate | null
  done: IsoDate | null
  status: DecisionStatus
}

export interface TaskCard {
  asOf: IsoDate
  lang: Lang
  notice: string | null
  window: number
  task: TaskRow
  partners: Array<{ id: string; name: string }>
  weight: number
  milestones: TaskMilestone[]
  updates: TaskUpdate[]
  problems: TaskProblem[]
  meetings: TaskMeeting[]
  decisions: TaskDecision[]
}

export interface TaskCardOptions {
  asOf: IsoDate
  lang: Lang
  window?: number
}

/** The card of one task; undefined when the model has no task of that id. */
export function buildTaskCard(model: Model, taskId: string, options: TaskCardOptions): TaskCard | undefined {
  const { asOf, lang } = options
  const window = options.window ?? DEFAULT_WINDOW
  const task = model.tasksById.get(taskId)
  const chain = task ? model.chainsById.get(task.chain) : undefined
  if (!task || !chain) return undefined
  const row = buildTaskRows(model, [chain], { asOf, lang, window, filter: {} }).find((r) => r.id === taskId)!
  const name = (id: string) => partyShortName(model.parties.get(id), id, lang)

  const milestones = task.milestones.map((m): TaskMilestone => {
    const done = m.done !== undefined && m.done <= asOf ? m.done : null
    return { title: textIn(m.title, lang), due: m.due, done, status: done ? 'done' : m.due < asOf ? 'overdue' : 'open' }
  })
  const shown = task.updates.filter((u) => u.date <= asOf)
  const updates = shown.map((u, i): TaskUpdate => ({
    date: u.date,
    progress: u.progress,
    status: u.status ?? null,
    note: textIn(u.note, lang) || null,
    change: i === 0 ? null : u.progress - shown[i - 1]!.progress,
  }))
  const problems = model.problems
    .filter((p) => p.task === taskId && p.raised <= asOf)
    .map((p): TaskProblem => {
      const open = isProblemOpen(p, asOf)
      return { id: p.id, text: textIn(p.text, lang), raised: p.raised, status: open ? 'open' : 'resolved', resolved: open ? null : (p.resolved ?? null), daysOpen: problemDaysOpen(p, asOf) }
    })
  const byDate = [...model.meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const meetings: TaskMeeting[] = []
  const decisions: TaskDecision[] = []
  for (const m of byDate) {
    const report = m.reports.some((r) => r.tasks.includes(taskId))
    const onTask = m.decisions.filter((d) => d.task === taskId)
    if (report || onTask.length > 0) {
      meetings.push({ id: m.id, date: m.date, title: textIn(m.title, lang) || m.id, report, decision: onTask.length > 0 })
    }
    for (const d of onTask) {
      decisions.push({
        id: d.id ?? null,
        meeting: m.id,
        meetingDate: m.date,
        text: textIn(d.text, lang),
        owner: d.owner ?? null,
        ownerName: d.owner !== undefined ? name(d.owner) : null,
        due: d.due ?? null,
        done: d.done !== undefined && d.done <= asOf ? d.done : null,
        status: decisionStatusAsOf(d, task, asOf),
      })
    }
  }
  return {
    asOf, lang, notice: textIn(model.manifest?.notice, lang) || null, window,
    task: row,
    partners: [...new Set(task.partners)].map((id) => ({ id, name: name(id) })),
    weight: task.weight,
    milestones, updates, problems, meetings, decisions,
  }
}
