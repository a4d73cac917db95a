// Contract §6: a brief (report/brief-report.ts) → CommonMark with GitHub tables, in the order
// minutes use (DOMAIN §4): overview, attendees, reports, progress, deadlines, problems, next
// key tasks. Every data string passes through markdown-escape.ts; same brief, same bytes.
import type { Brief, BriefChain, BriefProblem, DeadlineTask } from '../../report/brief/index.js'
import type { Lang } from '../../model/types.js'
import {
  briefTitle, describeParty, formatChange, formatDate, formatDays, formatPercent, itemNumber, joinList,
  label, meetingFormatLabel, orgTypeLabel, sentence,
} from './labels.js'
import { taskStatusText } from '../labels.js'
import { markdownCell, markdownParagraphs, markdownTable, markdownText } from '../markdown.js'

type Row = string[]
type Align = 'left' | 'right'

/** A GitHub table as lines; header words are ours, cells are escaped by the caller. */
function table(header: Row, rows: Row[], align: Align[]): string[] {
  return markdownTable(header.map((h, i) => ({ header: h, align: align[i] })), rows, { spaced: true }).trimEnd().split('\n')
}

function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': '
}

function overview(brief: Brief): string[] {
  const { lang } = brief
  const item = (key: Parameters<typeof label>[0], value: string) => `- **${label(key, lang)}**${colon(lang)}${value}`
  const out = [`## ${label('overview', lang)}`, '']
  out.push(item('date', formatDate(brief.date, lang)))
  if (brief.format) out.push(item('form', meetingFormatLabel(brief.format, lang)))
  if (brief.organizer) out.push(item('organizer', markdownText(brief.organizer.name)))
  if (brief.chair) out.push(item('chair', markdownText(describeParty(brief.chair, lang))))
  if (brief.chains.length > 0) out.push(item('chains', markdownText(joinList(brief.chains.map((c) => c.name), lang))))
  out.push(item('asOf', formatDate(brief.asOf, lang)))
  if (brief.notes) out.push('', ...markdownParagraphs(brief.notes).flatMap((p, i) => (i === 0 ? [p] : ['', p])))
  return out
}

function attendees(brief: Brief): string[] {
  const { lang } = brief
  const out = [`## ${label('attendees', lang)}`, '']
  if (brief.attendees.length === 0) return [...out, label('noAttendees', lang)]
  for (const group of brief.attendees) {
    const names = joinList(group.parties.map((p) => describeParty(p, lang)), lang)
    out.push(`- **${orgTypeLabel(group.type, lang)}**${colon(lang)}${markdownText(names)}`)
  }
  return out
}

function reports(brief: Brief): string[] {
  const { lang } = brief
  const out = [`## ${label('reports', lang)}`, '']
  if (brief.reports.length === 0) return [...out, label('noReports', lang)]
  brief.reports.forEach((report, i) => {
    const marker = `${i + 1}.`
    const indent = ' '.repeat(marker.length + 1)
    out.push(`${marker} **${markdownText(report.by.name)}**${colon(lang)}${markdownText(sentence(report.topic, lang))}`)
    // Each further line is its own paragraph of the item (indented to the item's content).
    if (report.summary) out.push('', indent + markdownText(report.summary))
    if (report.tasks.length > 0) out.push('', `${indent}${label('relatedTasks', lang)}${colon(lang)}${markdownText(joinList(report.tasks, lang))}`)
  })
  return out
}

function chainSection(chain: BriefChain, brief: Brief): string[] {
  const { lang } = brief
  const out = [`### ${markdownText(chain.name)}`, '']
  const roles = [
    chain.chief ? `${label('chief', lang)}${colon(lang)}${markdownText(describeParty(chain.chief, lang))}` : '',
    chain.serviceOfficer ? `${label('serviceOfficer', lang)}${colon(lang)}${markdownText(describeParty(chain.serviceOfficer, lang))}` : '',
  ].filter(Boolean)
  if (roles.length > 0) out.push(roles.join(lang === 'zh' ? '；' : '. ') + (lang === 'zh' ? '。' : '.'), '')
  const s = chain.summary
  out.push(
    ...table(
      [label('tasks', lang), label('done', lang), label('inProgress', lang), label('blocked', lang), label('overdue', lang), label('weightedProgress', lang)],
      [[String(s.tasks), String(s.done), String(s.inProgress), String(s.blocked), String(s.overdue), formatPercent(s.progress)]],
      ['right', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
  )
  if (chain.tasks.length === 0) return [...out, label('noTasks', lang)]
  out.push(
    ...table(
      [label('task', lang), label('owner', lang), label('due', lang), label('status', lang), label('progressCol', lang), label('change', lang)],
      chain.tasks.map((t) => [
        markdownCell(t.title),
        markdownCell(t.owner.short),
        formatDate(t.due, lang),
        taskStatusText(t, lang, 'prose'),
        formatPercent(t.progress),
        formatChange(t.change),
      ]),
      ['left', 'left', 'left', 'left', 'right', 'right'],
    ),
    '',
    changeNote(chain, lang),
  )
  return out
}

/** What the change column compares with, so a reader knows what "—" or "+15" means. */
function changeNote(chain: BriefChain, lang: Lang): string {
  const prev = chain.previousMeeting
  if (!prev) {
    return lang === 'zh' ? '此前没有涉及该产业链的会议，“较上次会议”一栏为空（—）。' : 'No earlier meeting covers this chain, so the change column is empty (—).'
  }
  const title = markdownText(prev.title)
  const date = formatDate(prev.date, lang)
  return lang === 'zh'
    ? `“较上次会议”为进度与上次会议（${date}，${title}）时相比变化的百分点。`
    : `The change column is in percentage points since the previous meeting of this chain (${date}, ${title}).`
}

function progress(brief: Brief): string[] {
  const out = [`## ${label('progress', brief.lang)}`]
  for (const chain of brief.chains) out.push('', ...chainSection(chain, brief))
  return out
}

function deadlineTable(tasks: DeadlineTask[], overdue: boolean, brief: Brief): string[] {
  const { lang } = brief
  const many = brief.chains.length > 1
  const header = [label('task', lang), ...(many ? [label('chain', lang)] : []), label('owner', lang), label('due', lang), label('status', lang), label('progressCol', lang), label('days', lang)]
  const rows = tasks.map((t) => [
    markdownCell(t.title),
    ...(many ? [markdownCell(t.chain)] : []),
    markdownCell(t.owner.short),
    formatDate(t.due, lang),
    taskStatusText({ ...t, overdue: false, dueSoon: false }, lang, 'prose'),
    formatPercent(t.progress),
    formatDays(t.days, overdue, lang),
  ])
  const align: Align[] = ['left', ...(many ? ['left' as const] : []), 'left', 'left', 'left', 'right', 'left']
  return table(header, rows, align)
}

function deadlines(brief: Brief): string[] {
  const { lang, window } = brief
  const out = [`## ${label('deadlines', lang)}`, '']
  if (brief.overdue.length === 0 && brief.dueSoon.length === 0) return [...out, label('noDeadlines', lang, { window })]
  if (brief.overdue.length > 0) out.push(`### ${label('overdueHeading', lang)}`, '', ...deadlineTable(brief.overdue, true, brief), '')
  if (brief.dueSoon.length > 0) out.push(`### ${label('dueSoonHeading', lang, { window })}`, '', ...deadlineTable(brief.dueSoon, false, brief), '')
  out.pop()
  return out
}

function problemTable(problems: BriefProblem[], brief: Brief): string[] {
  const { lang } = brief
  return table(
    [label('problem', lang), label('relatedTask', lang), label('raisedBy', lang), label('raised', lang), label('responsible', lang), label('problemStatus', lang)],
    problems.map((p) => [
      markdownCell(p.text),
      markdownCell(p.task),
      markdownCell(p.raisedBy?.short),
      formatDate(p.raised, lang),
      markdownCell(p.owner?.short),
      p.open ? label('open', lang) : label('resolvedOn', lang, { date: p.resolved ? formatDate(p.resolved, lang) : '' }),
    ]),
    ['left', 'left', 'left', 'left', 'left', 'left'],
  )
}

function problems(brief: Brief): string[] {
  const { lang } = brief
  const out = [`## ${label('problems', lang)}`, '']
  if (brief.listedProblems.length === 0 && brief.otherOpenProblems.length === 0) return [...out, label('noProblems', lang)]
  if (brief.listedProblems.length > 0) out.push(`### ${label('listedProblems', lang)}`, '', ...problemTable(brief.listedProblems, brief), '')
  if (brief.otherOpenProblems.length > 0) out.push(`### ${label(brief.listedProblems.length > 0 ? 'otherProblems' : 'openProblems', lang)}`, '', ...problemTable(brief.otherOpenProblems, brief), '')
  out.pop()
  return out
}

function decisions(brief: Brief): string[] {
  const { lang } = brief
  const out = [`## ${label('nextTasks', lang)}`, '']
  if (brief.decisions.length === 0) return [...out, label('noDecisions', lang)]
  for (const d of brief.decisions) {
    const text = markdownText(sentence(d.text, lang))
    const owner = d.owner ? `${label('responsibleUnit', lang)}${colon(lang)}${markdownText(d.owner.name)}` : ''
    const due = d.due ? `${label('deadline', lang)}${colon(lang)}${formatDate(d.due, lang)}` : ''
    if (lang === 'zh') {
      const tail = [owner, due].filter(Boolean).join('；')
      // Chinese items are paragraphs numbered 一、二、 (not a markdown list), as minutes number them.
      out.push(`${itemNumber(d.number, lang)}${text}${tail ? `（${tail}）` : ''}`, '')
    } else {
      const tail = [owner, due].filter(Boolean).map((t) => `${t}.`).join(' ')
      out.push(`${itemNumber(d.number, lang)} ${text}${tail ? ` ${tail}` : ''}`)
    }
  }
  if (lang === 'zh') out.pop()
  return out
}

/** The brief as CommonMark with GitHub tables; ends with one newline. */
export function renderBriefMarkdown(brief: Brief): string {
  const title = `# ${markdownText(briefTitle(brief.title, brief.lang))}`
  const sections = [overview, attendees, reports, progress, deadlines, problems, decisions].map((part) => part(brief).join('\n'))
  return [title, ...sections].join('\n\n') + '\n'
}
