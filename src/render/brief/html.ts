// Contract §6 `--format html`: the same brief as one self-contained page made for paper: A4,
// print styles, a font stack with Chinese glyphs, rows never split across pages, header rows
// repeated, no scripts and no URL of any kind. Every data string goes through htmlText.
import type { Brief, BriefChain, BriefProblem, DeadlineTask } from '../../report/brief/index.js'
import type { Lang } from '../../model/types.js'
import {
  briefTitle, describeParty, formatChange, formatDate, formatDays, formatPercent, itemNumber, joinList,
  label, meetingFormatLabel, orgTypeLabel, sentence,
} from './labels.js'
import { taskStatusText } from '../labels.js'
import { htmlText } from '../escape.js'
import { BRIEF_CSS } from './css.js'

/** A cell: its text already escaped (or ours), and whether it holds a number. */
type Cell = { html: string; num?: boolean; cls?: string }
const esc = (text: string | undefined): string => (text === undefined || text.trim() === '' ? '—' : htmlText(text))
const num = (html: string): Cell => ({ html, num: true })

function table(header: Cell[], rows: Cell[][], cls: string): string {
  const th = (c: Cell) => `<th${c.num ? ' class="num"' : ''}>${c.html}</th>`
  const td = (c: Cell) => {
    const classes = [c.num ? 'num' : '', c.cls ?? ''].filter(Boolean).join(' ')
    return `<td${classes ? ` class="${classes}"` : ''}>${c.html}</td>`
  }
  return [
    `<table class="${cls}">`,
    `<thead><tr>${header.map(th).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r) => `<tr>${r.map(td).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n')
}

const h = (key: Parameters<typeof label>[0], lang: Lang, args: Record<string, string | number> = {}): Cell => ({ html: htmlText(label(key, lang, args)) })

function section(title: string, body: string[]): string {
  return ['<section>', `<h2>${title}</h2>`, ...body, '</section>'].join('\n')
}

function overview(brief: Brief): string {
  const { lang } = brief
  const rows: Array<[string, string]> = [[label('date', lang), formatDate(brief.date, lang)]]
  if (brief.format) rows.push([label('form', lang), meetingFormatLabel(brief.format, lang)])
  if (brief.organizer) rows.push([label('organizer', lang), brief.organizer.name])
  if (brief.chair) rows.push([label('chair', lang), describeParty(brief.chair, lang)])
  if (brief.chains.length > 0) rows.push([label('chains', lang), joinList(brief.chains.map((c) => c.name), lang)])
  rows.push([label('asOf', lang), formatDate(brief.asOf, lang)])
  const body = ['<dl class="overview">', ...rows.map(([k, v]) => `<dt>${htmlText(k)}</dt><dd>${htmlText(v)}</dd>`), '</dl>']
  if (brief.notes) body.push(...brief.notes.split(/\n\s*\n/).filter((p) => p.trim() !== '').map((p) => `<p>${htmlText(p.trim())}</p>`))
  return section(htmlText(label('overview', lang)), body)
}

function attendees(brief: Brief): string {
  const { lang } = brief
  if (brief.attendees.length === 0) return section(htmlText(label('attendees', lang)), [`<p>${htmlText(label('noAttendees', lang))}</p>`])
  const items = brief.attendees.map((g) => {
    const names = joinList(g.parties.map((p) => describeParty(p, lang)), lang)
    return `<dt>${htmlText(orgTypeLabel(g.type, lang))}</dt><dd>${htmlText(names)}</dd>`
  })
  return section(htmlText(label('attendees', lang)), ['<dl class="attendees">', ...items, '</dl>'])
}

function reports(brief: Brief): string {
  const { lang } = brief
  if (brief.reports.length === 0) return section(htmlText(label('reports', lang)), [`<p>${htmlText(label('noReports', lang))}</p>`])
  const colon = lang === 'zh' ? '：' : ': '
  const items = brief.reports.map((r, i) => {
    const parts = [`<p><span class="no">${i + 1}.</span> <strong>${htmlText(r.by.name)}</strong>${colon}${htmlText(sentence(r.topic, lang))}</p>`]
    if (r.summary) parts.push(`<p>${htmlText(r.summary)}</p>`)
    if (r.tasks.length > 0) parts.push(`<p class="tasks"><span class="label">${htmlText(label('relatedTasks', lang))}</span>${colon}${htmlText(joinList(r.tasks, lang))}</p>`)
    return `<li>${parts.join('')}</li>`
  })
  return section(htmlText(label('reports', lang)), ['<ol class="items">', ...items, '</ol>'])
}

function chainSection(chain: BriefChain, brief: Brief): string {
  const { lang } = brief
  const colon = lang === 'zh' ? '：' : ': '
  const out = [`<h3>${htmlText(chain.name)}</h3>`]
  const roles = [
    chain.chief ? `${label('chief', lang)}${colon}${describeParty(chain.chief, lang)}` : '',
    chain.serviceOfficer ? `${label('serviceOfficer', lang)}${colon}${describeParty(chain.serviceOfficer, lang)}` : '',
  ].filter(Boolean)
  if (roles.length > 0) out.push(`<p>${htmlText(roles.join(lang === 'zh' ? '；' : '. ') + (lang === 'zh' ? '。' : '.'))}</p>`)
  const s = chain.summary
  out.push(
    table(
      [h('tasks', lang), h('done', lang), h('inProgress', lang), h('blocked', lang), h('overdue', lang), h('weightedProgress', lang)].map((c) => ({ ...c, num: true })),
      [[s.tasks, s.done, s.inProgress, s.blocked, s.overdue].map((n) => num(String(n))).concat(num(formatPercent(s.progress)))],
      'summary',
    ),
  )
  if (chain.tasks.length === 0) return [...out, `<p>${htmlText(label('noTasks', lang))}</p>`].join('\n')
  out.push(
    table(
      [h('task', lang), h('owner', lang), h('due', lang), h('status', lang), { ...h('progressCol', lang), num: true }, { ...h('change', lang), num: true }],
      chain.tasks.map((t) => [
        { html: esc(t.title) },
        { html: esc(t.owner.short) },
        { html: htmlText(formatDate(t.due, lang)), cls: 'date' },
        { html: htmlText(taskStatusText(t, lang, 'prose')), cls: t.overdue ? 'status overdue' : 'status' },
        num(formatPercent(t.progress)),
        num(formatChange(t.change)),
      ]),
      'tasks',
    ),
    `<p class="note">${changeNote(chain, lang)}</p>`,
  )
  return out.join('\n')
}

function changeNote(chain: BriefChain, lang: Lang): string {
  const prev = chain.previousMeeting
  if (!prev) {
    return htmlText(lang === 'zh' ? '此前没有涉及该产业链的会议，“较上次会议”一栏为空（—）。' : 'No earlier meeting covers this chain, so the change column is empty (—).')
  }
  const date = formatDate(prev.date, lang)
  return htmlText(
    lang === 'zh'
      ? `“较上次会议”为进度与上次会议（${date}，${prev.title}）时相比变化的百分点。`
      : `The change column is in percentage points since the previous meeting of this chain (${date}, ${prev.title}).`,
  )
}

function deadlineTable(tasks: DeadlineTask[], overdue: boolean, brief: Brief): string {
  const { lang } = brief
  const many = brief.chains.length > 1
  return table(
    [h('task', lang), ...(many ? [h('chain', lang)] : []), h('owner', lang), h('due', lang), h('status', lang), { ...h('progressCol', lang), num: true }, h('days', lang)],
    tasks.map((t) => [
      { html: esc(t.title) },
      ...(many ? [{ html: esc(t.chain) }] : []),
      { html: esc(t.owner.short) },
      { html: htmlText(formatDate(t.due, lang)), cls: 'date' },
      { html: htmlText(taskStatusText({ ...t, overdue: false, dueSoon: false }, lang, 'prose')), cls: 'status' },
      num(formatPercent(t.progress)),
      { html: htmlText(formatDays(t.days, overdue, lang)), cls: overdue ? 'overdue date' : 'date' },
    ]),
    'deadlines',
  )
}

function deadlines(brief: Brief): string {
  const { lang, window } = brief
  const body: string[] = []
  if (brief.overdue.length === 0 && brief.dueSoon.length === 0) body.push(`<p>${htmlText(label('noDeadlines', lang, { window }))}</p>`)
  if (brief.overdue.length > 0) body.push(`<h3>${htmlText(label('overdueHeading', lang))}</h3>`, deadlineTable(brief.overdue, true, brief))
  if (brief.dueSoon.length > 0) body.push(`<h3>${htmlText(label('dueSoonHeading', lang, { window }))}</h3>`, deadlineTable(brief.dueSoon, false, brief))
  return section(htmlText(label('deadlines', lang)), body)
}

function problemTable(problems: BriefProblem[], lang: Lang): string {
  return table(
    [h('problem', lang), h('relatedTask', lang), h('raisedBy', lang), h('raised', lang), h('responsible', lang), h('problemStatus', lang)],
    problems.map((p) => [
      { html: esc(p.text) },
      { html: esc(p.task) },
      { html: esc(p.raisedBy?.short) },
      { html: htmlText(formatDate(p.raised, lang)), cls: 'date' },
      { html: esc(p.owner?.short) },
      { html: htmlText(p.open ? label('open', lang) : label('resolvedOn', lang, { date: p.resolved ? formatDate(p.resolved, lang) : '' })), cls: 'status' },
    ]),
    'problems',
  )
}

function problems(brief: Brief): string {
  const { lang } = brief
  const body: string[] = []
  if (brief.listedProblems.length === 0 && brief.otherOpenProblems.length === 0) body.push(`<p>${htmlText(label('noProblems', lang))}</p>`)
  if (brief.listedProblems.length > 0) body.push(`<h3>${htmlText(label('listedProblems', lang))}</h3>`, problemTable(brief.listedProblems, lang))
  if (brief.otherOpenProblems.length > 0) body.push(`<h3>${htmlText(label(brief.listedProblems.length > 0 ? 'otherProblems' : 'openProblems', lang))}</h3>`, problemTable(brief.otherOpenProblems, lang))
  return section(htmlText(label('problems', lang)), body)
}

function decisions(brief: Brief): string {
  const { lang } = brief
  if (brief.decisions.length === 0) return section(htmlText(label('nextTasks', lang)), [`<p>${htmlText(label('noDecisions', lang))}</p>`])
  const colon = lang === 'zh' ? '：' : ': '
  const items = brief.decisions.map((d) => {
    const meta = [
      d.owner ? `<span class="label">${htmlText(label('responsibleUnit', lang))}</span>${colon}${htmlText(d.owner.name)}` : '',
      d.due ? `<span class="label">${htmlText(label('deadline', lang))}</span>${colon}${htmlText(formatDate(d.due, lang))}` : '',
    ].filter(Boolean)
    const metaLine = meta.length > 0 ? `<p class="meta">${meta.join(lang === 'zh' ? '；' : '. ')}${lang === 'zh' ? '' : '.'}</p>` : ''
    return `<li><p><span class="no">${htmlText(itemNumber(d.number, lang))}</span>${lang === 'zh' ? '' : ' '}${htmlText(sentence(d.text, lang))}</p>${metaLine}</li>`
  })
  return section(htmlText(label('nextTasks', lang)), ['<ol class="items decisions">', ...items, '</ol>'])
}

/** The brief as one self-contained, printable HTML page; ends with one newline. */
export function renderBriefHtml(brief: Brief): string {
  const { lang } = brief
  const title = htmlText(briefTitle(brief.title, lang))
  const subtitle = htmlText(`${label('minutes', lang)} · ${formatDate(brief.date, lang)}`)
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>\n${BRIEF_CSS}</style>`,
    '</head>',
    '<body>',
    '<article class="brief">',
    `<header><h1>${title}</h1><p class="subtitle">${subtitle}</p></header>`,
    overview(brief),
    attendees(brief),
    reports(brief),
    section(htmlText(label('progress', lang)), brief.chains.map((c) => chainSection(c, brief))),
    deadlines(brief),
    problems(brief),
    decisions(brief),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
