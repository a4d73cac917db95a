// The sentences of the minutes (contract §6): brief report data → paragraphs of plain text in
// each language, with subject and verb, lists joined with 、 and 和 (commas and "and"), counts
// in words where minutes use them, and nothing that needs the reader to know our data. Each
// renderer (markdown, HTML, Word) escapes and lays out these paragraphs; none words its own.
import type {
  AttendeeGroup, Brief, BriefChain, BriefFollowUpPart, BriefLead, BriefParty, BriefPoint, BriefProblem, BriefReportGroup,
} from '../../report/brief/index.js'
import type { Lang } from '../../model/types.js'
import { chainStem, clause, continued, countWord, formatDate, formatPercent, formatPhrase, groupNoun, joinAnd, joinList, label, ordinalLead, sentence } from './labels.js'

/** A run of text in a paragraph; `strong` for lead words (会议指出) and item numbers. */
export interface Run {
  text: string
  strong?: boolean
}
export type Paragraph = Run[]

const plain = (text: string): Paragraph => [{ text }]

/** A person as minutes introduce them: "省工业和信息化厅党组成员、副厅长Wang Xiao", "Wang Xiao, Deputy Director of DIITSP". */
export function personWithTitle(party: BriefParty, lang: Lang, role?: string): string {
  if (party.kind !== 'person') return party.name
  if (lang === 'zh') {
    const before = [`${party.organization ?? ''}${party.title ?? ''}`, role ?? ''].filter(Boolean).join('、')
    return `${before}${party.name}`
  }
  const office = party.title && party.organization ? `${party.title} of ${party.organization}` : party.title ?? party.organization
  const parts = [office, role].filter(Boolean)
  return parts.length > 0 ? `${party.name}, ${joinAnd(parts as string[], lang)}` : party.name
}

/** One group of parties in words: "魏桥、迪尚等2家链主企业", "the two universities Qingdao University and …". */
export function groupPhrase(group: AttendeeGroup, lang: Lang): string {
  const names = group.parties.map((p) => personWithTitle(p, lang))
  const n = names.length
  const noun = group.type === 'other' || group.type === 'government' ? '' : groupNoun(group.leader ? 'leader' : group.type, n, lang)
  if (lang === 'zh') return n > 1 && noun ? `${joinList(names, lang)}等${n}${noun}` : names.join('、')
  const named = group.parties.map((p) => withArticle(personWithTitle(p, lang), p))
  if (!noun || (n === 1 && !group.leader)) return joinAnd(named, lang, named.some((x) => x.includes(',')) ? '; ' : undefined)
  return n > 1 ? `the ${countWord(n, lang)} ${noun} ${joinAnd(names, lang)}` : `the ${noun} ${names[0]}`
}

// English names of bodies that read as common nouns take "the": "the Department of …",
// "the Secretariat of …", "the … Association"; "Qingdao University", "DIITSP" do not.
const COMMON_HEAD = /^(Department|Secretariat|Ministry|Bureau|Office|Commission|Committee|Industrial|Center|Centre|Federation|Council|People's)\b/
const COMMON_TAIL = /\b(Association|Alliance|Secretariat|Department|Committee|Commission|Federation|Council|Chamber|secretariat)$/

/** An English organization name as it stands in a sentence, with "the" where it needs one. */
export function withArticle(name: string, party?: BriefParty): string {
  if (party && party.kind === 'person') return name
  if (/^(the|The)\s/.test(name)) return name
  return COMMON_HEAD.test(name) || COMMON_TAIL.test(name) ? `the ${name}` : name
}

/** As withArticle, at the start of a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Several groups in words: "A，B以及C" / "A; B; and C" (groups can hold commas). */
export function groupsPhrase(groups: readonly AttendeeGroup[], lang: Lang): string {
  const phrases = groups.map((g) => groupPhrase(g, lang))
  if (lang === 'zh') {
    if (phrases.length <= 2) return phrases.join('和')
    return `${phrases.slice(0, -1).join('，')}以及${phrases[phrases.length - 1]}`
  }
  return phrases.length > 2 ? joinAnd(phrases, lang, '; ') : joinAnd(phrases, lang)
}

function chainsPhrase(chains: readonly string[], lang: Lang): string {
  if (lang === 'zh') {
    return `${joinAnd(chains.map((c) => chainStem(c, lang)), lang)}产业链`
  }
  return `the ${joinAnd(chains.map((c) => chainStem(c, lang)), lang)} ${chains.length > 1 ? 'chains' : 'chain'}`
}

function whenPhrase(lead: BriefLead, lang: Lang): string {
  const date = formatDate(lead.date, lang)
  if (lang === 'zh') return `${date}${lead.time ?? ''}`
  if (!lead.time) return `On ${date}`
  return /^(morning|afternoon|evening)$/i.test(lead.time) ? `On the ${lead.time.toLowerCase()} of ${date}` : `On ${date}, at ${lead.time}`
}

function chairRoleWords(lead: BriefLead, lang: Lang): string | undefined {
  if (!lead.chairRole) return undefined
  const chains = chainsPhrase(lead.chains, lang)
  if (lang === 'zh') return lead.chairRole === 'chief' ? `${chains}链长` : `${chains}服务员`
  return lead.chairRole === 'chief' ? `chain chief of ${chains}` : `industrial chain service officer of ${chains}`
}

/** Part 2: date and time, place, form, organizer, purpose, chair, who took part. */
export function leadParagraph(brief: Brief): Paragraph {
  const { lead, lang } = brief
  const title = brief.head.title
  const out: string[] = []
  const where = lead.location
  if (lang === 'zh') {
    const how = `${where ? `在${where}` : ''}${lead.format ? formatPhrase(lead.format, lang) : ''}`
    const who = lead.organizer ? lead.organizer.name : ''
    out.push(`${whenPhrase(lead, lang)}，${who}${how}召开${title}，调度${chainsPhrase(lead.chains, lang)}“链长制”工作进展情况，分析存在问题，安排部署下步重点任务。`)
    if (lead.chair) out.push(`${personWithTitle(lead.chair, lang, chairRoleWords(lead, lang))}主持会议。`)
    if (lead.participants.length > 0) out.push(`${groupsPhrase(lead.participants, lang)}有关负责同志参加会议。`)
  } else {
    const who = lead.organizer ? withArticle(lead.organizer.name, lead.organizer) : 'the secretariat'
    const how = [where ? `in ${where}` : '', lead.format ? formatPhrase(lead.format, lang) : ''].filter(Boolean).join(' ')
    out.push(`${whenPhrase(lead, lang)}, ${who} held the ${title}${how ? ` ${how}` : ''}. The meeting reviewed the progress of the chain chief system in ${chainsPhrase(lead.chains, lang)}, analysed the problems and arranged the next key tasks.`)
    if (lead.chair) out.push(`${personWithTitle(lead.chair, lang, chairRoleWords(lead, lang))}, presided over the meeting.`)
    if (lead.participants.length > 0) out.push(`Representatives of ${groupsPhrase(lead.participants, lang)} attended.`)
  }
  if (lead.notes) out.push(sentence(lead.notes, lang))
  return plain(out.join(lang === 'zh' ? '' : ' '))
}

function reportSentence(group: BriefReportGroup, first: boolean, lang: Lang): string {
  // Consecutive reports of one topic: the reporters named by type, "分别介绍了" / "each reported on".
  const groupsOfBy = groupByType(group.by)
  const subject = groupsPhrase(groupsOfBy, lang)
  const many = group.by.length > 1
  const topic = clause(group.topic)
  if (lang === 'zh') {
    const head = first && !many ? `会议听取了${subject}关于${topic}的汇报` : `${subject}${many ? '分别介绍了' : '介绍了'}${topic}`
    return group.summary ? `${head}。${sentence(group.summary, lang)}` : `${head}。`
  }
  const subjectCap = capitalized(subject)
  const head = first && !many
    ? `The meeting heard a report by ${subject} on ${continued(topic, lang)}.`
    : `${subjectCap} ${many ? 'each reported on' : 'reported on'} ${continued(topic, lang)}.`
  return group.summary ? `${head} ${sentence(group.summary, lang)}` : head
}

function groupByType(parties: readonly BriefParty[]): AttendeeGroup[] {
  const groups: AttendeeGroup[] = []
  for (const p of parties) {
    const last = groups[groups.length - 1]
    if (last && last.type === p.type && Boolean(last.leader) === Boolean(p.leader)) last.parties.push(p)
    else groups.push({ type: p.type, ...(p.leader ? { leader: true } : {}), parties: [p] })
  }
  return groups
}

/** Part 3: the reports, one sentence per group of one topic, in agenda order. */
export function reportParagraphs(brief: Brief): Paragraph[] {
  const { lang } = brief
  if (brief.reports.length === 0) return [plain(label('noReports', lang))]
  const sentences = brief.reports.map((g, i) => reportSentence(g, i === 0, lang))
  if (lang === 'en' && !sentences[0]!.startsWith('The meeting')) sentences.unshift('The meeting heard reports.')
  return [plain(sentences.join(lang === 'zh' ? '' : ' '))]
}

const POINT_LEAD = {
  noted: { zh: '会议指出', en: 'The meeting noted that' },
  stressed: { zh: '会议强调', en: 'The meeting stressed that' },
  required: { zh: '会议要求', en: 'The meeting required that' },
} as const

function pointLead(point: BriefPoint, lang: Lang): string {
  if (point.kind === 'stressed' && point.by) return lang === 'zh' ? `${point.by.name}强调` : `${point.by.name} stressed that`
  return POINT_LEAD[point.kind][lang]
}

/** Part 4: each point under its lead words, in order. */
export function pointParagraphs(brief: Brief): Paragraph[] {
  const { lang } = brief
  return brief.points.map((p) => [
    { text: pointLead(p, lang), strong: true },
    { text: lang === 'zh' ? `，${sentence(p.text, lang)}` : ` ${sentence(continued(p.text, lang), lang)}` },
  ])
}

function countsPhrase(part: BriefFollowUpPart, lang: Lang): string {
  const count = (state: string) => part.decisions.filter((d) => d.state === state).length
  const done = count('done')
  const open = count('open')
  const overdue = count('overdue')
  if (lang === 'zh') {
    return [done ? `已完成${done}项` : '', open ? `正在推进${open}项` : '', overdue ? `逾期未完成${overdue}项` : ''].filter(Boolean).join('，')
  }
  const n = (k: number) => countWord(k, lang)
  const phrases = [
    done ? `${n(done)} ${done === 1 ? 'is' : 'are'} done` : '',
    open ? `${n(open)} ${open === 1 ? 'is' : 'are'} under way` : '',
    overdue ? `${n(overdue)} ${overdue === 1 ? 'is' : 'are'} overdue` : '',
  ].filter(Boolean)
  return joinAnd(phrases, lang)
}

/** Part 5: what became of the previous meeting's decisions by this meeting's date. */
export function followUpParagraphs(brief: Brief): Paragraph[] {
  const part = brief.followUp
  if (!part) return []
  const { lang } = brief
  const date = formatDate(part.meeting.date, lang)
  const n = part.decisions.length
  if (n === 0) {
    return [plain(lang === 'zh' ? `${date}召开的${part.meeting.title}未作出议定事项。` : `The ${part.meeting.title} of ${date} made no arrangements.`)]
  }
  const intro = lang === 'zh'
    ? `${date}召开的${part.meeting.title}议定事项${n}项，截至本次会议，${countsPhrase(part, lang)}。`
    : `The ${part.meeting.title} of ${date} made ${countWord(n, lang)} ${n === 1 ? 'arrangement' : 'arrangements'}; by this meeting, ${countsPhrase(part, lang)}.`
  const items = part.decisions.map((d, i): Paragraph => {
    const owner = d.owner ? (lang === 'zh' ? `（${d.owner.name}负责）` : ` (${d.owner.name})`) : ''
    const due = d.due ? formatDate(d.due, lang) : ''
    let state: string
    if (lang === 'zh') {
      if (d.state === 'done') state = d.done ? `已于${formatDate(d.done, lang)}完成` : '已完成'
      else if (d.state === 'overdue') state = `原定${due}前完成，已逾期`
      else state = due ? `正在推进，完成时限为${due}` : '正在推进'
      return [{ text: ordinalLead(i + 1, lang), strong: true }, { text: `${clause(d.text)}${owner}，${state}。` }]
    }
    if (d.state === 'done') state = d.done ? `done on ${formatDate(d.done, lang)}` : 'done'
    else if (d.state === 'overdue') state = `overdue: it was due by ${due}`
    else state = due ? `under way, due by ${due}` : 'under way'
    return [{ text: ordinalLead(i + 1, lang), strong: true }, { text: `${continued(clause(d.text), lang)}${owner}: ${state}.` }]
  })
  return [plain(intro), ...items]
}

function problemText(p: BriefProblem, lang: Lang): string {
  if (lang === 'zh') {
    const detail = [p.raisedBy ? `${p.raisedBy.name}提出` : '', p.task ? `影响“${p.task}”` : ''].filter(Boolean).join('，')
    return `${clause(p.text)}${detail ? `（${detail}）` : ''}。`
  }
  const detail = [p.raisedBy ? `raised by ${withArticle(p.raisedBy.name, p.raisedBy)}` : '', p.task ? `holding up “${p.task}”` : ''].filter(Boolean).join('; ')
  return `${continued(clause(p.text), lang)}${detail ? ` (${detail})` : ''}.`
}

/** Part 6: the problems as numbered prose (一是…二是…). */
export function problemParagraphs(brief: Brief): Paragraph[] {
  const { lang, problems } = brief
  if (problems.length === 0) return [plain(label('noProblems', lang))]
  const listed = problems.filter((p) => p.listed)
  const others = problems.filter((p) => !p.listed)
  const out: Paragraph[] = []
  const items = (list: BriefProblem[]) => list.map((p, i): Paragraph => [{ text: ordinalLead(i + 1, lang), strong: true }, { text: problemText(p, lang) }])
  if (listed.length > 0) {
    out.push(plain(lang === 'zh' ? '会议分析了当前存在的主要问题：' : 'The meeting analysed the following problems.'), ...items(listed))
  }
  if (others.length > 0) {
    out.push(plain(lang === 'zh' ? (listed.length > 0 ? '此外，以下问题尚未解决：' : '截至会议召开时，以下问题尚未解决：') : listed.length > 0 ? 'Besides, these problems were still open:' : 'These problems were open on the date of the meeting:'), ...items(others))
  }
  return out
}

/** Part 7: the arrangements, numbered 一、二、, each with its responsible unit and deadline. */
export function decisionParagraphs(brief: Brief): Paragraph[] {
  const { lang } = brief
  if (brief.decisions.length === 0) return [plain(label('noDecisions', lang))]
  return brief.decisions.map((d): Paragraph => {
    const meta = lang === 'zh'
      ? [d.owner ? `责任单位：${d.owner.name}` : '', d.due ? `完成时限：${formatDate(d.due, lang)}前` : ''].filter(Boolean).join('；')
      : [d.owner ? `Responsible unit: ${d.owner.name}.` : '', d.due ? `Deadline: ${formatDate(d.due, lang)}.` : ''].filter(Boolean).join(' ')
    const text = lang === 'zh' ? `${clause(d.text)}${meta ? `（${meta}）` : ''}。` : `${sentence(d.text, lang)}${meta ? ` ${meta}` : ''}`
    return [{ text: lang === 'zh' ? numberZh(d.number) : `${d.number}. `, strong: true }, { text }]
  })
}

function numberZh(n: number): string {
  return `${ordinalLead(n, 'zh').replace(/是$/, '')}、`
}

/** Part 8: 出席 / 列席 / 请假 lines; a line only where there is someone to name. */
export function attendanceLines(brief: Brief): Array<{ label: string; text: string }> {
  const { lang, attendance } = brief
  // The list names each unit by its short name and a person with their unit, as minutes
  // list attendance; a name that holds 、 (or a comma) sets the items apart by ； (or ;).
  const names = (parties: readonly BriefParty[]) => {
    const items = parties.map((p) => (p.kind === 'person' && p.organization ? (lang === 'zh' ? `${p.name}（${p.organization}）` : `${p.name} (${p.organization})`) : p.short))
    if (lang === 'zh') return items.some((i) => i.includes('、')) ? items.join('；') : joinList(items, lang)
    return items.join(items.some((i) => i.includes(',')) ? '; ' : ', ')
  }
  const lines: Array<{ label: string; text: string }> = []
  const present = attendance.present.flatMap((g) => g.parties)
  if (present.length > 0) lines.push({ label: label('present', lang), text: names(present) })
  if (attendance.presentAlso.length > 0) lines.push({ label: label('presentAlso', lang), text: names(attendance.presentAlso) })
  if (attendance.absent.length > 0) lines.push({ label: label('absent', lang), text: names(attendance.absent) })
  return lines
}

/** Part 9: a chain's figures in a sentence, every status counted so the parts add up to the whole. */
export function chainSummary(chain: BriefChain, brief: Brief): string {
  const { lang } = brief
  const s = chain.summary
  const asOf = formatDate(brief.asOf, lang)
  if (s.tasks === 0) return label('noTasks', lang)
  if (lang === 'zh') {
    const parts = [[s.done, '已完成'], [s.inProgress, '推进中'], [s.planned, '未启动'], [s.blocked, '受阻'], [s.cancelled, '已取消']]
      .filter(([n]) => n).map(([n, w]) => `${w}${n}项`)
    const flags = [s.overdue ? `逾期${s.overdue}项` : '', s.dueSoon ? `${brief.window}天内到期${s.dueSoon}项` : ''].filter(Boolean)
    return `截至${asOf}，${chainStem(chain.name, lang)}产业链共有重点任务${s.tasks}项，其中${parts.join('，')}${flags.length ? `；${flags.join('，')}` : ''}；加权平均进度${formatPercent(s.progress)}。`
  }
  const parts = [[s.done, 'done'], [s.inProgress, 'in progress'], [s.planned, 'not started'], [s.blocked, 'blocked'], [s.cancelled, 'cancelled']]
    .filter(([n]) => n).map(([n, w]) => `${countWord(n as number, lang)} ${w}`)
  const flags = [s.overdue ? `${countWord(s.overdue, lang)} overdue` : '', s.dueSoon ? `${countWord(s.dueSoon, lang)} due within ${brief.window} days` : ''].filter(Boolean)
  const total = `${countWord(s.tasks, lang)} key ${s.tasks === 1 ? 'task' : 'tasks'}`
  return `As of ${asOf}, the ${chainStem(chain.name, lang)} chain had ${total}: ${joinAnd(parts, lang)}${flags.length ? `; ${joinAnd(flags, lang)}` : ''}. Weighted average progress: ${formatPercent(s.progress)}.`
}

/** Part 10: who receives the minutes, in one line. */
export function distributionText(brief: Brief): string {
  return joinList(brief.distribution.map((p) => p.name), brief.lang)
}
