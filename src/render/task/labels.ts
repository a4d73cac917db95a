// The words of the task card (contract §10 `task`) in each output language: field names,
// section captions, column headers, milestone and decision states.
import type { Lang } from '../../model/types.js'
import type { DecisionStatus } from '../../report/as-of.js'
import type { MilestoneStatus } from '../../report/task.js'

type Words = Record<Lang, string>

export const FIELDS = {
  title: { en: 'Task', zh: '任务' },
  chain: { en: 'Chain', zh: '产业链' },
  category: { en: 'Category', zh: '类别' },
  owner: { en: 'Owner', zh: '责任单位' },
  partners: { en: 'Partners', zh: '配合单位' },
  start: { en: 'Start', zh: '开始日期' },
  due: { en: 'Due', zh: '完成时限' },
  status: { en: 'Status', zh: '状态' },
  progress: { en: 'Progress', zh: '进度' },
  weight: { en: 'Weight', zh: '权重' },
} as const satisfies Record<string, Words>

export const SECTIONS = {
  milestones: { en: 'Milestones', zh: '节点目标' },
  updates: { en: 'Updates', zh: '进度记录' },
  problems: { en: 'Problems', zh: '存在问题' },
  meetings: { en: 'Meetings', zh: '相关会议' },
  decisions: { en: 'Decisions', zh: '议定事项' },
} as const satisfies Record<string, Words>

export const NONE_IN = {
  milestones: { en: 'No milestones.', zh: '没有节点目标。' },
  updates: { en: 'No updates by this date.', zh: '截至该日没有进度记录。' },
  problems: { en: 'No problems name this task.', zh: '没有涉及该任务的问题。' },
  meetings: { en: 'No meeting names this task.', zh: '没有会议涉及该任务。' },
  decisions: { en: 'No decisions on this task.', zh: '没有关于该任务的议定事项。' },
} as const satisfies Record<keyof typeof SECTIONS, Words>

export const HEADERS = {
  milestone: { en: 'Milestone', zh: '节点' },
  due: { en: 'Due', zh: '时限' },
  done: { en: 'Done', zh: '完成日期' },
  state: { en: 'State', zh: '情况' },
  date: { en: 'Date', zh: '日期' },
  progress: { en: 'Progress', zh: '进度' },
  change: { en: 'Change', zh: '变化' },
  status: { en: 'Status', zh: '状态' },
  note: { en: 'Note', zh: '说明' },
  id: { en: 'ID', zh: '编号' },
  problem: { en: 'Problem', zh: '问题' },
  raised: { en: 'Raised', zh: '提出日期' },
  days: { en: 'Days', zh: '天数' },
  meeting: { en: 'Meeting', zh: '会议' },
  via: { en: 'Named in', zh: '涉及' },
  decision: { en: 'Decision', zh: '议定事项' },
  owner: { en: 'Owner', zh: '责任单位' },
} as const satisfies Record<string, Words>

const STATES = {
  done: { en: 'done', zh: '已完成' },
  open: { en: 'open', zh: '未到期' },
  overdue: { en: 'overdue', zh: '逾期' },
} as const satisfies Record<MilestoneStatus | DecisionStatus, Words>

const DECISION_OPEN = { en: 'open', zh: '推进中' }

export function milestoneState(status: MilestoneStatus, lang: Lang): string {
  return STATES[status][lang]
}

export function decisionState(status: DecisionStatus, lang: Lang): string {
  return status === 'open' ? DECISION_OPEN[lang] : status === 'done' ? (lang === 'zh' ? '已落实' : 'done') : STATES.overdue[lang]
}

export const VIA = {
  report: { en: 'report', zh: '汇报' },
  decision: { en: 'decision', zh: '议定事项' },
} as const satisfies Record<string, Words>

const CATEGORY = {
  'key-project': { en: 'key project', zh: '重点项目' },
  technology: { en: 'technology breakthrough', zh: '技术攻关' },
  platform: { en: 'platform', zh: '平台建设' },
  market: { en: 'market development', zh: '市场开拓' },
  talent: { en: 'talent', zh: '人才' },
  training: { en: 'skills training', zh: '技能培训' },
  cooperation: { en: 'cooperation', zh: '产学研合作' },
  other: { en: 'other', zh: '其他' },
} as const satisfies Record<string, Words>

export function categoryLabel(category: keyof typeof CATEGORY, lang: Lang): string {
  return CATEGORY[category][lang]
}

export function heading(id: string, asOf: string, lang: Lang): string {
  return lang === 'zh' ? `任务 ${id}（截至 ${asOf}）` : `Task ${id} as of ${asOf}`
}
