// Each `--format` of `chainchief task <task-id>` and the function that renders it (contract
// §10): the card's fields, then each section. CSV is the updates timeline, the one part of a
// card that is a table of figures; JSON holds everything.
import { jsonText } from '../escape.js'
import type { ViewFormat } from '../formats.js'
import type { TaskCard } from '../../report/task.js'
import { terminalInline } from '../escape.js'
import { gridCsv } from '../grid.js'
import { markdownText } from '../markdown.js'
import { noticeMarkdown, noticeTable } from '../notice.js'
import { gridTableLines, gridMarkdown } from '../grid.js'
import type { ViewRenderer, ViewRenderOptions } from '../view-options.js'
import { displayWidth, padEnd } from '../width.js'
import { taskFields, taskGrids } from './grids.js'
import { taskJsonFields } from '../progress/json.js'
import { heading } from './labels.js'

export function renderTaskJson(card: TaskCard): string {
  const t = card.task
  const data = {
    asOf: card.asOf,
    ...taskJsonFields(t),
    partners: card.partners,
    weight: card.weight,
    milestones: card.milestones,
    updates: card.updates,
    problems: card.problems,
    meetings: card.meetings,
    decisions: card.decisions,
  }
  return jsonText(data) + '\n'
}

function renderTaskTable(card: TaskCard, options: ViewRenderOptions): string {
  const s = options.style
  const fields = taskFields(card)
  const labelWidth = Math.max(...fields.map(([label]) => displayWidth(label)))
  const lines = [...noticeTable(card.notice, s), s.bold(heading(card.task.id, card.asOf, card.lang)), '']
  for (const [label, value] of fields) lines.push(`${s.dim(padEnd(label, labelWidth))}  ${terminalInline(value)}`)
  for (const { caption, grid, empty } of taskGrids(card)) {
    lines.push('', s.bold(caption))
    if (grid.rows.length === 0) lines.push(empty)
    else lines.push(...gridTableLines(grid, options))
  }
  return lines.join('\n') + '\n'
}

function renderTaskMarkdown(card: TaskCard): string {
  let out = `${noticeMarkdown(card.notice)}**${markdownText(heading(card.task.id, card.asOf, card.lang))}**\n\n`
  out += taskFields(card).map(([label, value]) => `- ${markdownText(label)}: ${markdownText(value)}`).join('\n') + '\n'
  for (const { caption, grid, empty } of taskGrids(card)) {
    out += `\n**${markdownText(caption)}**\n\n`
    out += grid.rows.length === 0 ? `${markdownText(empty)}\n` : gridMarkdown(grid)
  }
  return out
}

export const TASK_RENDERERS = {
  table: renderTaskTable,
  json: renderTaskJson,
  csv: (card, options) => gridCsv(taskGrids(card).find((g) => g.key === 'updates')!.grid, options.bom),
  markdown: renderTaskMarkdown,
} satisfies Record<Exclude<ViewFormat, 'xlsx'>, ViewRenderer<TaskCard>>
