// Contract §6 `--format html`: the same ten parts as markdown, from prose.ts, as one
// self-contained page made for paper (css.ts: GB/T 9704 layout, page numbers of its own). No
// scripts and no URL of any kind; every data string goes through htmlText.
import type { Brief, BriefChain, DeadlineTask } from '../../report/brief/index.js'
import type { Lang } from '../../model/types.js'
import { htmlText } from '../escape.js'
import { briefCss } from './css.js'
import { briefTitle, chainProgressHeading, formatChange, formatDate, formatDays, formatPercent, label, statusCell } from './labels.js'
import {
  attendanceLines, chainSummary, decisionParagraphs, distributionText, followUpParagraphs, leadParagraph, pointParagraphs,
  problemParagraphs, reportParagraphs, type Paragraph,
} from './prose.js'
import { titleLines } from './title-lines.js'

type Cell = { html: string; cls?: string }

function paragraph(p: Paragraph): string {
  return `<p>${p.map((r) => (r.strong ? `<strong>${htmlText(r.text)}</strong>` : htmlText(r.text))).join('')}</p>`
}

function part(heading: string, paragraphs: Paragraph[]): string[] {
  if (paragraphs.length === 0) return []
  return ['<section>', `<h2>${htmlText(heading)}</h2>`, ...paragraphs.map(paragraph), '</section>']
}

function table(header: Cell[], rows: Cell[][], cls: string, cols: string[]): string {
  const cell = (tag: 'th' | 'td') => (c: Cell) => `<${tag}${c.cls ? ` class="${c.cls}"` : ''}>${c.html}</${tag}>`
  return [
    `<table class="${cls}">`,
    `<colgroup>${cols.map((c) => (c ? `<col class="${c}">` : '<col>')).join('')}</colgroup>`,
    `<thead><tr>${header.map(cell('th')).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r) => `<tr>${r.map(cell('td')).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n')
}

const th = (text: string, cls?: string): Cell => ({ html: htmlText(text), ...(cls ? { cls } : {}) })
const td = (text: string | undefined, cls?: string): Cell => ({ html: text === undefined || text.trim() === '' ? '—' : htmlText(text), ...(cls ? { cls } : {}) })

function statusHtml(t: { status: DeadlineTask['status']; overdue: boolean; dueSoon: boolean }, lang: Lang): Cell {
  const [word, mark] = statusCell(t, lang)
  return { html: `<span>${htmlText(word!)}</span>${mark ? `<span class="mark">${htmlText(mark)}</span>` : ''}`, cls: 'status' }
}

function chainTable(chain: BriefChain, lang: Lang): string {
  const prev = chain.previousMeeting
  const header = [th(label('task', lang)), th(label('owner', lang)), th(label('due', lang)), th(label('status', lang)), th(label('progress', lang), 'num')]
  if (prev) header.push(th(label('change', lang, { date: formatDate(prev.date, lang) }), 'num'))
  const rows = chain.tasks.map((t) => {
    const row = [td(t.title), td(t.owner.short), td(formatDate(t.due, lang), 'date'), statusHtml(t, lang), td(formatPercent(t.progress), 'num')]
    if (prev) row.push(td(formatChange(t.change), 'num'))
    return row
  })
  return table(header, rows, 'tasks', ['title', 'owner', 'date', 'status', '', ...(prev ? [''] : [])])
}

function deadlineTable(tasks: DeadlineTask[], overdue: boolean, brief: Brief): string {
  const { lang } = brief
  const many = brief.chains.length > 1
  const header = [th(label('task', lang)), ...(many ? [th(label('chain', lang))] : []), th(label('owner', lang)), th(label('due', lang)), th(label('progress', lang), 'num'), th(label('days', lang))]
  const rows = tasks.map((t) => [
    td(t.title), ...(many ? [td(t.chain)] : []), td(t.owner.short), td(formatDate(t.due, lang), 'date'), td(formatPercent(t.progress), 'num'),
    td(formatDays(t.days, overdue, lang), 'date'),
  ])
  return table(header, rows, 'tasks deadlines', ['title', ...(many ? [''] : []), 'owner', 'date', '', 'days'])
}

function attachment(brief: Brief): string[] {
  const { lang } = brief
  const out = ['<section class="attachment">', `<h2>${htmlText(label('attachment', lang))}</h2>`]
  for (const chain of brief.chains) {
    out.push(`<h3>${htmlText(chainProgressHeading(chain.name, lang))}</h3>`, `<p>${htmlText(chainSummary(chain, brief))}</p>`)
    if (chain.tasks.length > 0) out.push(chainTable(chain, lang))
  }
  out.push(`<h3>${htmlText(label('deadlines', lang, { window: brief.window }))}</h3>`)
  if (brief.overdue.length === 0 && brief.dueSoon.length === 0) {
    out.push(`<p>${htmlText(label('noDeadlines', lang, { date: formatDate(brief.asOf, lang), window: brief.window }))}</p>`)
  }
  if (brief.overdue.length > 0) out.push(deadlineTable(brief.overdue, true, brief))
  if (brief.dueSoon.length > 0) out.push(deadlineTable(brief.dueSoon, false, brief))
  out.push('</section>')
  return out
}

/**
 * Escaped text with each quoted term (“链长制”, "链长制", 《…》) in a span kept on one line: a
 * browser breaks a Chinese title between any two characters, inside “链长制” too.
 */
function keepQuoted(html: string): string {
  return html.replace(/“[^”<]{1,24}”|《[^》<]{1,40}》|&quot;[^&<]{1,24}&quot;/g, (term) => `<span class="keep">${term}</span>`)
}

/** Columns (title-lines.ts: a Chinese character is 2) of the 156 mm text at `size` pt. */
const columns = (size: number) => (2 * ((156 / 25.4) * 72)) / size

/**
 * A Chinese title or issuer in the lines title-lines.ts chooses (words whole, never inside
 * “链长制”), as the Word brief sets it; an English one left to the browser's balanced wrapping.
 * Quoted terms are kept on one line either way.
 */
function titleHtml(text: string, size: number, lang: Lang): string {
  const one = text.replace(/\s+/g, ' ').trim()
  const lines = lang === 'zh' ? titleLines(one, columns(size)) : [one]
  return lines.map((line) => keepQuoted(htmlText(line))).join('<br>')
}

function head(brief: Brief): string[] {
  const { head, lang } = brief
  const out = ['<header>']
  if (head.draft) out.push(`<p class="draft-screen">${htmlText(label('draft', lang))}</p>`)
  if (head.notice) out.push(`<p class="notice">${htmlText(head.notice)}</p>`)
  if (head.issuer) out.push(`<p class="issuer">${titleHtml(head.issuer.name, 26, lang)}</p>`)
  out.push(`<p class="number-date"><span>${htmlText(head.number ?? '')}</span><span>${htmlText(formatDate(brief.date, lang))}</span></p>`)
  out.push('<hr class="red-rule">', '</header>', `<h1>${titleHtml(briefTitle(head.title, lang), 22, lang)}</h1>`)
  return out
}

/** The brief as one self-contained, printable HTML page; ends with one newline. */
export function renderBriefHtml(brief: Brief): string {
  const { lang } = brief
  const colon = lang === 'zh' ? '：' : ': '
  const attendance = attendanceLines(brief)
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(briefTitle(brief.head.title, lang))}</title>`,
    `<style>\n${briefCss(lang, brief.head.draft)}</style>`,
    '</head>',
    '<body>',
    '<article class="brief">',
    ...head(brief),
    '<section>',
    paragraph(leadParagraph(brief)),
    '</section>',
    ...part(label('reports', lang), reportParagraphs(brief)),
    ...part(label('points', lang), pointParagraphs(brief)),
    ...part(label('followUp', lang), followUpParagraphs(brief)),
    ...part(label('problems', lang), problemParagraphs(brief)),
    ...part(label('nextTasks', lang), decisionParagraphs(brief)),
    ...(attendance.length > 0
      ? ['<section class="attendance">', ...attendance.map((l) => `<p><strong>${htmlText(l.label)}</strong>${colon}${htmlText(l.text)}</p>`), '</section>']
      : []),
    ...attachment(brief),
    ...(brief.distribution.length > 0
      ? ['<footer class="distribution">', `<p><strong>${htmlText(label('distribution', lang))}</strong>${colon}${htmlText(distributionText(brief))}</p>`, '</footer>']
      : []),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
