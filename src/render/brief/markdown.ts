// Contract §6: a brief (report/brief/) → CommonMark with GitHub tables: the ten parts of the
// minutes in order, in the prose of prose.ts. Every data string passes through markdownText
// or markdownCell; same brief, same bytes.
import type { Brief, BriefChain, DeadlineTask } from '../../report/brief/index.js'
import type { Lang } from '../../model/types.js'
import { markdownCell, markdownTable, markdownText } from '../markdown.js'
import { markdownInlineText } from '../escape.js'
import { briefTitle, chainProgressHeading, formatChange, formatDate, formatDays, formatPercent, label, statusCell } from './labels.js'
import {
  attendanceLines, chainSummary, decisionParagraphs, distributionText, followUpParagraphs, leadParagraph, pointParagraphs,
  problemParagraphs, reportParagraphs, type Paragraph,
} from './prose.js'

type Align = 'left' | 'right'

/** A GitHub table as lines; header words are ours, cells are escaped by the caller. */
function table(header: string[], rows: string[][], align: Align[]): string[] {
  return markdownTable(header.map((h, i) => ({ header: h, align: align[i] })), rows, { spaced: true }).trimEnd().split('\n')
}

/**
 * A paragraph: every run escaped; strong runs in bold. A strong run follows `**`, so it needs no
 * line-start escapes (`**1.**`, not `**1\\.**`); its closing punctuation goes after the `**`
 * when text follows without a space: CommonMark does not close `**一、**完` (a `**` after
 * punctuation closes only before a space or punctuation), it does close `**一**、完`.
 */
function paragraph(p: Paragraph): string {
  // markdownText trims: the spaces between runs are ours and stay outside the escaping.
  return p.map((r) => {
    const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text)!
    if (!r.strong || body === '') return `${lead ? ' ' : ''}${markdownText(body!)}${trail ? ' ' : ''}`
    const [, core, punct] = trail ? [body, body, ''] : /^([\s\S]*?)(\p{P}*)$/u.exec(body!)!
    const text = core === '' ? markdownInlineText(body!) : `**${markdownInlineText(core!)}**${markdownInlineText(punct!)}`
    return `${lead ? ' ' : ''}${text}${trail ? ' ' : ''}`
  }).join('')
}

function part(heading: string, paragraphs: Paragraph[]): string[] {
  if (paragraphs.length === 0) return []
  return [`## ${markdownText(heading)}`, '', ...paragraphs.flatMap((p, i) => (i === 0 ? [paragraph(p)] : ['', paragraph(p)]))]
}

function head(brief: Brief): string[] {
  const { head, lang } = brief
  const lines: string[] = []
  if (head.notice) lines.push(`> ${markdownText(head.notice)}`, '')
  if (head.draft) lines.push(`**${label('draft', lang)}**`, '')
  if (head.issuer) lines.push(`**${markdownText(head.issuer.name)}**`, '')
  lines.push([head.number ? markdownText(head.number) : '', formatDate(brief.date, lang)].filter(Boolean).join(' · '), '', '---', '')
  lines.push(`# ${markdownText(briefTitle(head.title, lang))}`)
  return lines
}

function chainTable(chain: BriefChain, lang: Lang): string[] {
  const prev = chain.previousMeeting
  const header = [label('task', lang), label('owner', lang), label('due', lang), label('status', lang), label('progress', lang)]
  if (prev) header.push(label('change', lang, { date: formatDate(prev.date, lang) }))
  const rows = chain.tasks.map((t) => {
    const row = [markdownCell(t.title), markdownCell(t.owner.short), formatDate(t.due, lang), statusCell(t, lang).join(lang === 'zh' ? '，' : ', '), formatPercent(t.progress)]
    if (prev) row.push(formatChange(t.change))
    return row
  })
  const align: Align[] = ['left', 'left', 'left', 'left', 'right', 'right']
  return table(header, rows, align.slice(0, header.length))
}

function deadlineTable(tasks: DeadlineTask[], overdue: boolean, brief: Brief): string[] {
  const { lang } = brief
  const many = brief.chains.length > 1
  const header = [label('task', lang), ...(many ? [label('chain', lang)] : []), label('owner', lang), label('due', lang), label('progress', lang), label('days', lang)]
  const rows = tasks.map((t) => [
    markdownCell(t.title),
    ...(many ? [markdownCell(t.chain)] : []),
    markdownCell(t.owner.short),
    formatDate(t.due, lang),
    formatPercent(t.progress),
    formatDays(t.days, overdue, lang),
  ])
  return table(header, rows, ['left', ...(many ? ['left' as const] : []), 'left', 'left', 'right', 'left'])
}

function attachment(brief: Brief): string[] {
  const { lang } = brief
  const out = [`## ${label('attachment', lang)}`, '']
  for (const chain of brief.chains) {
    out.push(`### ${markdownText(chainProgressHeading(chain.name, lang))}`, '', markdownText(chainSummary(chain, brief)), '')
    if (chain.tasks.length > 0) out.push(...chainTable(chain, lang), '')
  }
  out.push(`### ${label('deadlines', lang, { window: brief.window })}`, '')
  if (brief.overdue.length === 0 && brief.dueSoon.length === 0) {
    out.push(markdownText(label('noDeadlines', lang, { date: formatDate(brief.asOf, lang), window: brief.window })))
  } else {
    if (brief.overdue.length > 0) out.push(...deadlineTable(brief.overdue, true, brief), '')
    if (brief.dueSoon.length > 0) out.push(...deadlineTable(brief.dueSoon, false, brief), '')
    out.pop()
  }
  return out
}

/** The brief as CommonMark with GitHub tables; ends with one newline. */
export function renderBriefMarkdown(brief: Brief): string {
  const { lang } = brief
  const colon = lang === 'zh' ? '：' : ': '
  const attendance = attendanceLines(brief).map((l) => `**${l.label}**${colon}${markdownText(l.text)}`)
  const blocks = [
    head(brief),
    [paragraph(leadParagraph(brief))],
    part(label('reports', lang), reportParagraphs(brief)),
    part(label('points', lang), pointParagraphs(brief)),
    part(label('followUp', lang), followUpParagraphs(brief)),
    part(label('problems', lang), problemParagraphs(brief)),
    part(label('nextTasks', lang), decisionParagraphs(brief)),
    attendance.flatMap((l, i) => (i === 0 ? [l] : ['', l])),
    attachment(brief),
    brief.distribution.length > 0 ? ['---', '', `**${label('distribution', lang)}**${colon}${markdownText(distributionText(brief))}`] : [],
  ].filter((b) => b.length > 0)
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n'
}
