// TaskCard → its fields as label/value pairs and a grid per section (contract §10 `task`):
// milestones, the updates as a timeline with a bar each, problems, meetings, decisions.
import type { Lang } from '../../model/types.js'
import type { TaskCard } from '../../report/task.js'
import type { Grid } from '../grid.js'
import { taskStatusText } from '../labels.js'
import { categoryLabel, decisionState, FIELDS, HEADERS, milestoneState, NONE_IN, SECTIONS, VIA } from './labels.js'

export function taskFields(card: TaskCard): Array<[string, string]> {
  const { task, lang } = card
  const f = (key: keyof typeof FIELDS) => FIELDS[key][lang]
  const list = (names: string[]) => names.join(lang === 'zh' ? '、' : ', ')
  const fields: Array<[string, string]> = [
    [f('title'), task.title],
    [f('chain'), task.chainName],
    [f('category'), categoryLabel(task.category, lang)],
    [f('owner'), task.ownerName],
  ]
  if (card.partners.length > 0) fields.push([f('partners'), list(card.partners.map((p) => p.name))])
  if (task.start) fields.push([f('start'), task.start])
  fields.push([f('due'), task.due], [f('status'), taskStatusText(task, lang)], [f('progress'), `${task.progress}%`])
  if (card.weight !== 1) fields.push([f('weight'), String(card.weight)])
  return fields
}

const h = (key: keyof typeof HEADERS, lang: Lang) => HEADERS[key][lang]

export type SectionKey = keyof typeof SECTIONS

export function taskGrids(card: TaskCard): Array<{ key: SectionKey; caption: string; grid: Grid; empty: string }> {
  const { lang } = card
  const via = (m: TaskCard['meetings'][number]) => [m.report ? VIA.report[lang] : '', m.decision ? VIA.decision[lang] : ''].filter(Boolean).join(lang === 'zh' ? '、' : ', ')
  const grids: Record<SectionKey, Grid> = {
    milestones: {
      name: SECTIONS.milestones[lang],
      columns: [
        { header: h('milestone', lang), type: 'text', rank: 1, min: 14 },
        { header: h('due', lang), type: 'date' },
        { header: h('done', lang), type: 'date' },
        { header: h('state', lang), type: 'text', rank: 2, min: 6 },
      ],
      rows: card.milestones.map((m) => [m.title, m.due, m.done, milestoneState(m.status, lang)]),
    },
    updates: {
      name: SECTIONS.updates[lang],
      columns: [
        { header: h('date', lang), type: 'date' },
        { header: h('progress', lang), type: 'percent' },
        { header: h('change', lang), type: 'change' },
        { header: h('note', lang), type: 'text', rank: 1, min: 14 },
      ],
      rows: card.updates.map((u) => [u.date, u.progress, u.change, u.note]),
    },
    problems: {
      name: SECTIONS.problems[lang],
      columns: [
        { header: h('id', lang), type: 'id', rank: 3 },
        { header: h('problem', lang), type: 'text', rank: 1, min: 14 },
        { header: h('raised', lang), type: 'date' },
        { header: h('status', lang), type: 'text', rank: 2, min: 6 },
        { header: h('days', lang), type: 'integer' },
      ],
      rows: card.problems.map((p) => [p.id, p.text, p.raised, p.status === 'open' ? (lang === 'zh' ? '未解决' : 'open') : lang === 'zh' ? '已解决' : 'resolved', p.daysOpen]),
    },
    meetings: {
      name: SECTIONS.meetings[lang],
      columns: [
        { header: h('date', lang), type: 'date' },
        { header: h('id', lang), type: 'id', rank: 3 },
        { header: h('meeting', lang), type: 'text', rank: 1, min: 14 },
        { header: h('via', lang), type: 'text', rank: 2, min: 8 },
      ],
      rows: card.meetings.map((m) => [m.date, m.id, m.title, via(m)]),
    },
    decisions: {
      name: SECTIONS.decisions[lang],
      columns: [
        { header: h('decision', lang), type: 'text', rank: 1, min: 14 },
        { header: h('owner', lang), type: 'text', rank: 2, min: 8 },
        { header: h('due', lang), type: 'date' },
        { header: h('status', lang), type: 'text', rank: 3, min: 6 },
      ],
      rows: card.decisions.map((d) => [d.text, d.ownerName, d.due, decisionState(d.status, lang)]),
    },
  }
  return (Object.keys(SECTIONS) as SectionKey[]).map((key) => ({ key, caption: SECTIONS[key][lang], grid: grids[key], empty: NONE_IN[key][lang] }))
}
