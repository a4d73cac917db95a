// Every word a brief prints, in English and Chinese (contract §6, DOMAIN §4 terms), and how each
// language writes dates, counts, ordinals and lists. Shared by the markdown, HTML and Word
// renderers (through prose.ts), so all three say the same thing. Plain strings: escaping is
// each renderer's job.
import type { IsoDate, Lang, MeetingFormat, OrgType, TaskStatus } from '../../model/types.js'

const LABELS = {
  draft: { en: 'DRAFT', zh: '征求意见稿' },
  minutes: { en: 'Minutes', zh: '会议纪要' },
  reports: { en: 'Reports heard', zh: '会议听取' },
  points: { en: 'What the meeting noted and required', zh: '会议指出和要求' },
  followUp: { en: 'Follow-up of the previous meeting’s decisions', zh: '上次会议议定事项落实情况' },
  problems: { en: 'Problems', zh: '存在问题' },
  nextTasks: { en: 'Arrangements for the next stage', zh: '下步工作安排' },
  attendance: { en: 'Attendance', zh: '出席情况' },
  present: { en: 'Present', zh: '出席' },
  presentAlso: { en: 'Also present', zh: '列席' },
  absent: { en: 'Absent with apologies', zh: '请假' },
  attachment: { en: 'Attachment', zh: '附件' },
  attachmentTitle: { en: 'Progress of the key tasks', zh: '重点任务推进情况' },
  chainProgress: { en: '{chain}: key tasks', zh: '{chain}产业链重点任务推进情况' },
  deadlines: { en: 'Overdue tasks and tasks due within {window} days', zh: '逾期及{window}天内到期任务' },
  distribution: { en: 'Distribution', zh: '分送' },
  task: { en: 'Task', zh: '任务' },
  // 牵头单位 (lead unit): minutes name the unit that leads a task among its partners.
  owner: { en: 'Lead unit', zh: '牵头单位' },
  due: { en: 'Due', zh: '完成时限' },
  status: { en: 'Status', zh: '状态' },
  progress: { en: 'Progress', zh: '进度' },
  change: { en: 'Change since {date}', zh: '较{date}' },
  chain: { en: 'Chain', zh: '产业链' },
  days: { en: 'Days', zh: '天数' },
  noTasks: { en: 'The chain has no key tasks.', zh: '该产业链暂无重点任务。' },
  noDeadlines: { en: 'As of {date}, no task is overdue and none is due within {window} days.', zh: '截至{date}，无逾期任务，{window}天内无到期任务。' },
  noReports: { en: 'No reports are recorded.', zh: '未记录汇报情况。' },
  noProblems: { en: 'No problem of the chains was open on the date of the meeting.', zh: '截至会议召开时，无未解决问题。' },
  noDecisions: { en: 'The meeting made no arrangements.', zh: '会议未作出具体安排。' },
  page: { en: '— {n} —', zh: '— {n} —' },
} as const satisfies Record<string, Record<Lang, string>>

export type LabelKey = keyof typeof LABELS

/** A label in a language, with `{name}` placeholders filled. */
export function label(key: LabelKey, lang: Lang, args: Record<string, string | number> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(args[name] ?? `{${name}}`))
}

const STATUS: Record<TaskStatus, Record<Lang, string>> = {
  planned: { en: 'not started', zh: '未启动' },
  'in-progress': { en: 'in progress', zh: '推进中' },
  done: { en: 'done', zh: '已完成' },
  blocked: { en: 'blocked', zh: '受阻' },
  cancelled: { en: 'cancelled', zh: '已取消' },
}

/** A task's status in a table cell, its deadline mark on a line of its own: "in progress" / "due soon". */
export function statusCell(task: { status: TaskStatus; overdue: boolean; dueSoon: boolean }, lang: Lang): string[] {
  const mark = task.overdue ? { en: 'overdue', zh: '逾期' } : task.dueSoon ? { en: 'due soon', zh: '即将到期' } : undefined
  return mark ? [STATUS[task.status][lang], mark[lang]] : [STATUS[task.status][lang]]
}

export function statusWord(status: TaskStatus, lang: Lang): string {
  return STATUS[status][lang]
}

const FORMAT: Record<MeetingFormat, Record<Lang, string>> = {
  'in-person': { en: 'in person', zh: '以现场会议形式' },
  video: { en: 'by video link', zh: '以视频形式' },
  hybrid: { en: 'in person and by video link', zh: '以现场结合视频形式' },
}

export function formatPhrase(format: MeetingFormat, lang: Lang): string {
  return FORMAT[format][lang]
}

/** A group of parties by type: the measure word and noun for a count in Chinese, the plural in English. */
const GROUP: Record<OrgType | 'leader', { zh: string; en: [string, string] }> = {
  leader: { zh: '家链主企业', en: ['chain leader enterprise', 'chain leader enterprises'] },
  government: { zh: '个部门', en: ['department', 'departments'] },
  enterprise: { zh: '家企业', en: ['enterprise', 'enterprises'] },
  association: { zh: '家行业协会', en: ['association', 'associations'] },
  alliance: { zh: '家产业联盟', en: ['alliance', 'alliances'] },
  university: { zh: '所高校', en: ['university', 'universities'] },
  college: { zh: '所职业院校', en: ['college', 'colleges'] },
  institute: { zh: '家科研院所', en: ['research institute', 'research institutes'] },
  other: { zh: '', en: ['', ''] },
}

export function groupNoun(type: OrgType | 'leader', count: number, lang: Lang): string {
  const g = GROUP[type]
  return lang === 'zh' ? g.zh : g.en[count === 1 ? 0 : 1]
}

const EN_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** A count as minutes write it: "4" in Chinese (4家), "four" in English up to ten, digits beyond. */
export function countWord(n: number, lang: Lang): string {
  if (lang === 'zh') return String(n)
  return EN_NUMBERS[n] ?? String(n)
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

/** The number of an arrangement: "一、" in Chinese, "1." in English. */
export function itemNumber(n: number, lang: Lang): string {
  return lang === 'zh' ? `${chineseNumeral(n)}、` : `${n}.`
}

const EN_ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth']

/** The lead of an enumerated item in prose: 一是 / 二是, "First," / "Second,", "11." beyond ten. */
export function ordinalLead(n: number, lang: Lang): string {
  if (lang === 'zh') return `${chineseNumeral(n)}是`
  const word = EN_ORDINALS[n - 1]
  return word ? `${word}, ` : `${n}. `
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

/** A change in percentage points: "+15", "-5", "0"; null: "—". */
export function formatChange(value: number | null): string {
  if (value === null) return '—'
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0'
}

/** Days past due or left: "12 days overdue" / "逾期12天", "due in 3 days" / "3天后到期". */
export function formatDays(days: number, overdue: boolean, lang: Lang): string {
  if (lang === 'zh') return overdue ? `逾期${days}天` : days === 0 ? '今日到期' : `${days}天后到期`
  if (overdue) return `${days} ${days === 1 ? 'day' : 'days'} overdue`
  return days === 0 ? 'due today' : `in ${days} ${days === 1 ? 'day' : 'days'}`
}

/** Items joined as the language lists them: "a, b and c" / "a、b和c"; `sep` for items that hold commas. */
export function joinAnd(items: readonly string[], lang: Lang, sep?: string): string {
  if (items.length <= 1) return items[0] ?? ''
  const head = items.slice(0, -1).join(sep ?? (lang === 'zh' ? '、' : ', '))
  return lang === 'zh' ? `${head}和${items[items.length - 1]}` : `${head}${sep && items.length > 2 ? sep.trimEnd() : ''} and ${items[items.length - 1]}`
}

/** Items in a row: "a、b、c" / "a, b, c". */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ')
}

/** The title line of minutes: "××会议纪要" in Chinese, "Minutes of the ××" in English. */
/**
 * A chain's name without the word for "chain" at its end ("Textile chain" → "Textile",
 * 纺织服装产业链 → 纺织服装), for the phrases that add that word themselves: never "chain
 * chain" nor 产业链产业链.
 */
export function chainStem(name: string, lang: Lang): string {
  return lang === 'zh' ? name.replace(/产业链$/, '') : name.replace(/\s+chains?$/i, '')
}

/** The heading of a chain's part of the attachment: "Textiles and Garments: key tasks" / 纺织服装产业链重点任务推进情况. */
export function chainProgressHeading(name: string, lang: Lang): string {
  return label('chainProgress', lang, { chain: lang === 'zh' ? chainStem(name, lang) : name })
}

export function briefTitle(title: string, lang: Lang): string {
  if (lang === 'zh') return title.endsWith('会议') || title.endsWith('会') ? `${title}纪要` : `${title}会议纪要`
  return `Minutes of the ${title}`
}

/** Ends a sentence with a full stop where it has none: "." or "。". */
export function sentence(text: string, lang: Lang): string {
  const t = text.trimEnd()
  if (t === '' || /[.!?。！？…]$/.test(t)) return t
  return t + (lang === 'zh' ? '。' : '.')
}

/** Text without its closing full stop, to continue the sentence. */
export function clause(text: string): string {
  return text.trim().replace(/[.。；;，,]+$/, '')
}

/**
 * English text that continues a sentence ("noted that …", "reported on …"): a capital first
 * letter lowered when the first word is a plain word (capital then lower case), not an acronym.
 */
export function continued(text: string, lang: Lang): string {
  if (lang === 'zh') return text
  // "Shandong's …", "Qingdao University …", "DIITSP …" keep their capital.
  const plain = /^[A-Z][a-z]+(?=[\s,;:-])/.test(text) && !/^[A-Z][a-z]+[\s-]+[A-Z]/.test(text)
  return plain ? text[0]!.toLowerCase() + text.slice(1) : text
}
