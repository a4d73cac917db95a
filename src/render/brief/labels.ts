// The words of a brief in English and Chinese (contract §6, DOMAIN §4 terms), and how each
// language writes dates, numbers, parties and ordinals. Shared by the markdown and HTML
// renderers so both say the same thing. Plain strings: escaping is the renderer's job.
import type { BriefParty } from '../../report/brief/index.js'
import type { IsoDate, Lang, MeetingFormat, OrgType } from '../../model/types.js'

const LABELS = {
  minutes: { en: 'Minutes', zh: '会议纪要' },
  overview: { en: 'Overview', zh: '会议概况' },
  attendees: { en: 'Attendees', zh: '出席' },
  reports: { en: 'Reports heard', zh: '会议听取' },
  progress: { en: 'Progress', zh: '工作进展' },
  deadlines: { en: 'Overdue and due-soon tasks', zh: '逾期及即将到期任务' },
  problems: { en: 'Problems', zh: '存在问题' },
  nextTasks: { en: 'Next key tasks', zh: '下步重点任务' },
  date: { en: 'Date', zh: '时间' },
  form: { en: 'Form', zh: '形式' },
  organizer: { en: 'Organizer', zh: '组织单位' },
  chair: { en: 'Presided over by', zh: '主持' },
  chains: { en: 'Chains', zh: '产业链' },
  asOf: { en: 'Figures as of', zh: '数据截至' },
  noAttendees: { en: 'No attendees are recorded.', zh: '未记录出席人员。' },
  noReports: { en: 'No reports are recorded.', zh: '未记录汇报。' },
  relatedTasks: { en: 'Tasks', zh: '涉及任务' },
  chief: { en: 'Chain chief', zh: '链长' },
  serviceOfficer: { en: 'Service officer', zh: '产业链服务专员' },
  tasks: { en: 'Tasks', zh: '任务数' },
  done: { en: 'Done', zh: '已完成' },
  inProgress: { en: 'In progress', zh: '推进中' },
  blocked: { en: 'Blocked', zh: '受阻' },
  overdue: { en: 'Overdue', zh: '逾期' },
  weightedProgress: { en: 'Progress (weighted)', zh: '加权进度' },
  task: { en: 'Task', zh: '任务' },
  // 牵头单位 (lead unit): minutes name the unit that leads a task among its partners; the
  // progress table, a list of owners' own figures, says 责任单位 (render/progress/labels.ts).
  owner: { en: 'Owner', zh: '牵头单位' },
  due: { en: 'Due', zh: '完成时限' },
  status: { en: 'Status', zh: '状态' },
  progressCol: { en: 'Progress', zh: '进度' },
  change: { en: 'Since last meeting', zh: '较上次会议' },
  chain: { en: 'Chain', zh: '产业链' },
  days: { en: 'Days', zh: '天数' },
  noTasks: { en: 'The chain has no key tasks.', zh: '该产业链暂无重点任务。' },
  noDeadlines: { en: 'No task is overdue or due within {window} days.', zh: '无逾期任务，{window}天内无到期任务。' },
  overdueHeading: { en: 'Overdue', zh: '逾期任务' },
  dueSoonHeading: { en: 'Due within {window} days', zh: '{window}天内到期任务' },
  listedProblems: { en: 'Problems analysed at the meeting', zh: '会议研究的问题' },
  otherProblems: { en: 'Other open problems', zh: '其他未解决问题' },
  openProblems: { en: 'Open problems', zh: '未解决问题' },
  noProblems: { en: 'No open problems.', zh: '无未解决问题。' },
  problem: { en: 'Problem', zh: '问题' },
  relatedTask: { en: 'Task concerned', zh: '涉及任务' },
  raisedBy: { en: 'Raised by', zh: '提出单位' },
  responsible: { en: 'Responsible', zh: '责任单位' },
  raised: { en: 'Raised', zh: '提出时间' },
  problemStatus: { en: 'Status', zh: '状态' },
  open: { en: 'open', zh: '未解决' },
  resolvedOn: { en: 'resolved {date}', zh: '已于{date}解决' },
  noDecisions: { en: 'No arrangements are recorded.', zh: '未记录议定事项。' },
  responsibleUnit: { en: 'Responsible unit', zh: '责任单位' },
  deadline: { en: 'Deadline', zh: '完成时限' },
  chainTasks: { en: 'Key tasks', zh: '重点任务' },
} as const satisfies Record<string, Record<Lang, string>>

export type LabelKey = keyof typeof LABELS

/** A label in a language, with `{name}` placeholders filled. */
export function label(key: LabelKey, lang: Lang, args: Record<string, string | number> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(args[name] ?? `{${name}}`))
}

const FORMAT: Record<MeetingFormat, Record<Lang, string>> = {
  'in-person': { en: 'In person', zh: '现场会议' },
  video: { en: 'Video conference', zh: '视频会议' },
  hybrid: { en: 'In person and by video', zh: '现场结合视频会议' },
}

export function meetingFormatLabel(format: MeetingFormat, lang: Lang): string {
  return FORMAT[format][lang]
}

const ORG_TYPE: Record<OrgType, Record<Lang, string>> = {
  government: { en: 'Government departments', zh: '政府部门' },
  enterprise: { en: 'Enterprises', zh: '企业' },
  association: { en: 'Associations', zh: '行业协会' },
  alliance: { en: 'Alliances', zh: '产业联盟' },
  university: { en: 'Universities', zh: '高校' },
  college: { en: 'Colleges', zh: '职业院校' },
  institute: { en: 'Research institutes', zh: '科研院所' },
  other: { en: 'Other', zh: '其他' },
}

export function orgTypeLabel(type: OrgType, lang: Lang): string {
  return ORG_TYPE[type][lang]
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A date as each language writes it: "7 December 2022", "2022年12月7日". */
export function formatDate(date: IsoDate, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`
}

/** A percentage: at most one decimal; null: "—". */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${value}%`
}

/** A change in percentage points: "+15", "-5", "0"; null (no earlier meeting): "—". */
export function formatChange(value: number | null): string {
  if (value === null) return '—'
  return value > 0 ? `+${value}` : String(value)
}

/** Days past due or left: "12 days overdue" / "逾期12天", "due in 3 days" / "3天后到期". */
export function formatDays(days: number, overdue: boolean, lang: Lang): string {
  if (lang === 'zh') return overdue ? `逾期${days}天` : days === 0 ? '今日到期' : `${days}天后到期`
  if (overdue) return `${days} ${days === 1 ? 'day' : 'days'} overdue`
  return days === 0 ? 'due today' : `due in ${days} ${days === 1 ? 'day' : 'days'}`
}

/** A party as minutes name it: "Wang Xiao (Deputy Director, DIITSP)", "Wang Xiao（省工业和信息化厅副厅长）". */
export function describeParty(party: BriefParty, lang: Lang): string {
  if (party.kind !== 'person' || (!party.title && !party.organization)) return party.name
  if (lang === 'zh') {
    // 省工业和信息化厅党组成员: Chinese runs together; a Latin name and title keep a space.
    const [org, title] = [party.organization ?? '', party.title ?? '']
    const gap = /[\x21-\x7e]$/.test(org) || /^[\x21-\x7e]/.test(title) ? ' ' : ''
    return `${party.name}（${org && title ? org + gap + title : org || title}）`
  }
  return `${party.name} (${[party.title, party.organization].filter(Boolean).join(', ')})`
}

/** Items joined as the language lists them: "a; b; c" or "a、b、c". */
export function joinList(items: string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : '; ')
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (numbering of minutes' items). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`
  if (n < 1000) {
    const rest = n % 100
    const tail = rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest)
    return `${DIGITS[Math.floor(n / 100)]}百${tail}`
  }
  return String(n)
}

/** The item number of a decision: "一、" in Chinese, "1." in English. */
export function itemNumber(n: number, lang: Lang): string {
  return lang === 'zh' ? `${chineseNumeral(n)}、` : `${n}.`
}

/** The title line of minutes: "××会议纪要" in Chinese, "Minutes: ××" in English. */
export function briefTitle(title: string, lang: Lang): string {
  if (lang === 'zh') return title.endsWith('会议') || title.endsWith('会') ? `${title}纪要` : `${title}会议纪要`
  return `Minutes: ${title}`
}

/** Ends a sentence with a full stop where it has none: "." or "。". */
export function sentence(text: string, lang: Lang): string {
  const t = text.trimEnd()
  if (t === '' || /[.!?。！？…]$/.test(t)) return t
  return t + (lang === 'zh' ? '。' : '.')
}
