// `task <task-id> --format xlsx` (contract §10): the card as a workbook — a first sheet with
// the task's fields as one typed row (dates as dates, progress as a percentage, weight as a
// number), then a sheet per section (milestones, updates, problems, meetings, decisions),
// each with the columns of its table, kept even when empty so that every card has the same sheets.
import type { TaskCard } from '../../report/task.js'
import type { Grid } from '../grid.js'
import { renderGridsXlsx } from '../grid-xlsx.js'
import { taskStatusText } from '../labels.js'
import { taskGrids } from './grids.js'
import { categoryLabel, FIELDS } from './labels.js'

export function taskFieldsGrid(card: TaskCard): Grid {
  const { task, lang } = card
  const f = (key: keyof typeof FIELDS) => FIELDS[key][lang]
  return {
    name: task.id,
    columns: [
      { header: f('title'), type: 'text' },
      { header: f('chain'), type: 'text' },
      { header: f('category'), type: 'text' },
      { header: f('owner'), type: 'text' },
      { header: f('partners'), type: 'text' },
      { header: f('start'), type: 'date' },
      { header: f('due'), type: 'date' },
      { header: f('status'), type: 'text' },
      { header: f('progress'), type: 'percent' },
      { header: f('weight'), type: 'number' },
    ],
    rows: [[
      task.title,
      task.chainName,
      categoryLabel(task.category, lang),
      task.ownerName,
      card.partners.map((p) => p.name).join(lang === 'zh' ? '、' : ', '),
      task.start,
      task.due,
      taskStatusText(task, lang),
      task.progress,
      card.weight,
    ]],
  }
}

export function renderTaskXlsx(card: TaskCard): Promise<Uint8Array> {
  return renderGridsXlsx([taskFieldsGrid(card), ...taskGrids(card).map((s) => s.grid)])
}
