#!/usr/bin/env node
// Writes schemas/*.schema.json (JSON Schema draft-07, contract §2 and §4) from one description,
// so the shared definitions (text, id, date, refs) are written once. The generated files are
// committed and published; test/check/schemas.test.ts fails when they drift from this script.
import { writeFileSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const BASE = 'https://chainchief.dev/schemas/'
const d = (en, zh) => `${en} — ${zh}`

const defs = {
  text: {
    description: d('A string, or a map of languages to strings with at least one of zh, en', '文本：字符串，或含 zh / en 的映射'),
    type: ['string', 'object'],
    minLength: 1,
    properties: {
      zh: { type: 'string', minLength: 1, description: 'Chinese — 中文' },
      en: { type: 'string', minLength: 1, description: 'English — 英文' },
    },
    additionalProperties: false,
    minProperties: 1,
    examples: ['纺织服装', { zh: '纺织服装', en: 'Textiles and Garments' }],
  },
  id: {
    description: d('Lowercase ASCII letters, digits and -, starting with a letter or digit, at most 64 characters', '标识：小写字母、数字和 -，最多 64 个字符'),
    type: 'string',
    pattern: '^[a-z0-9][a-z0-9-]{0,63}$',
    examples: ['textile-garment'],
  },
  date: {
    description: d('A real calendar date, YYYY-MM-DD', '日期，格式 YYYY-MM-DD'),
    type: 'string',
    format: 'date',
    examples: ['2022-12-07'],
  },
  ref: {
    description: d('The id of another record', '引用另一条记录的标识'),
    type: 'string',
    pattern: '^[a-z0-9][a-z0-9-]{0,63}$',
  },
  refList: {
    type: 'array',
    items: { $ref: '#/definitions/ref' },
    uniqueItems: true,
  },
  taskStatus: {
    description: d('Status of a task', '任务状态：planned 未启动，in-progress 推进中，done 已完成，blocked 受阻，cancelled 已取消'),
    enum: ['planned', 'in-progress', 'done', 'blocked', 'cancelled'],
  },
  percent: {
    description: d('Progress in percent, 0–100', '进度百分比，0–100'),
    type: 'integer',
    minimum: 0,
    maximum: 100,
  },
}

const ref = (name) => ({ $ref: `#/definitions/${name}` })
const withDesc = (schema, en, zh) => ({ ...schema, description: d(en, zh) })
const object = (required, properties, extra = {}) => ({
  type: 'object',
  required,
  properties,
  additionalProperties: false,
  ...extra,
})

function schema(name, title, description, body, usedDefs) {
  const definitions = Object.fromEntries(usedDefs.map((k) => [k, defs[k]]))
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${BASE}${name}.schema.json`,
    title,
    description,
    ...body,
    definitions,
  }
}

const RULES = [
  'yaml-syntax', 'encoding', 'file-read', 'schema', 'file-name', 'duplicate-id', 'unknown-ref',
  'chain-count', 'date-order', 'status-progress', 'last-update', 'resolved-date', 'leader-type',
  'future-date', 'progress-decrease',
]
const UNLOWERABLE = new Set(['yaml-syntax', 'encoding', 'file-read'])

const workspace = schema('workspace', 'chainchief.yaml', d('Workspace manifest of a chain chief system', '链长制工作区清单'), object(['name', 'chains'], {
  name: withDesc(ref('text'), 'Name of the system', '体系名称'),
  chains: { type: 'integer', minimum: 1, description: d('How many chains the workspace must hold', '工作区应包含的产业链数量'), examples: [11] },
  language: { enum: ['en', 'zh'], default: 'en', description: d('Default output language', '默认输出语言') },
  timezone: { type: 'string', minLength: 1, description: d('IANA time zone in which "today" is taken', '计算“今天”所用的时区（IANA 名称）'), examples: ['Asia/Shanghai'] },
  rules: object([], Object.fromEntries(RULES.map((r) => [r, UNLOWERABLE.has(r)
    ? { enum: ['error'], description: d('Unreadable files are always errors', '无法读取的文件始终是错误') }
    : { enum: ['error', 'warn', 'off'] }])), { description: d('Severity overrides by rule id', '按规则标识覆盖严重程度') }),
}), ['text'])

const organizations = schema('organizations', 'organizations.yaml', d('Every organization that the data names', '数据中提到的所有单位'), object(['organizations'], {
  organizations: {
    type: 'array',
    items: object(['id', 'name', 'type'], {
      id: ref('id'),
      name: withDesc(ref('text'), 'Full name', '全称'),
      short: withDesc(ref('text'), 'Short name for tables', '简称'),
      type: {
        enum: ['government', 'enterprise', 'university', 'college', 'association', 'alliance', 'institute', 'other'],
        description: d('Kind of organization; groups attendees in briefs', '单位类型，用于简报中的出席人员分组'),
      },
    }),
  },
}), ['text', 'id'])

const people = schema('people', 'people.yaml', d('Every person that the data names', '数据中提到的所有人员'), object(['people'], {
  people: {
    type: 'array',
    items: object(['id', 'name'], {
      id: ref('id'),
      name: withDesc(ref('text'), 'Name', '姓名'),
      organization: withDesc(ref('ref'), 'Organization (ref)', '所在单位（引用）'),
      title: withDesc(ref('text'), 'Position(s)', '职务'),
    }),
  },
}), ['text', 'id', 'ref'])

const milestone = object(['title', 'due'], {
  title: ref('text'),
  due: ref('date'),
  done: withDesc(ref('date'), 'Date the milestone was reached', '完成日期'),
})
const update = object(['date', 'progress'], {
  date: ref('date'),
  progress: ref('percent'),
  status: ref('taskStatus'),
  note: ref('text'),
})
const task = object(['id', 'title', 'category', 'owner', 'due', 'status', 'progress'], {
  id: withDesc(ref('id'), 'Unique in the whole workspace', '在整个工作区内唯一'),
  title: ref('text'),
  category: {
    enum: ['key-project', 'technology', 'platform', 'market', 'talent', 'training', 'cooperation', 'other'],
    description: d('Category of the key task', '任务类别：重点项目、技术攻关、平台、市场开拓、人才、技能培训、合作'),
  },
  owner: withDesc(ref('ref'), 'Who is responsible (organization or person)', '责任单位或责任人'),
  partners: withDesc(ref('refList'), 'Who supports', '配合单位'),
  start: withDesc(ref('date'), 'Start date', '开始日期'),
  due: withDesc(ref('date'), 'Due date', '完成时限'),
  status: ref('taskStatus'),
  progress: ref('percent'),
  weight: { type: 'number', exclusiveMinimum: 0, default: 1, description: d("Weight in the chain's average progress", '在产业链平均进度中的权重') },
  milestones: { type: 'array', items: milestone },
  updates: { type: 'array', items: update, description: d('Dated progress log, oldest first', '进度记录，按日期先后') },
})
const problem = object(['id', 'text', 'raised', 'status'], {
  id: withDesc(ref('id'), 'Unique in the whole workspace', '在整个工作区内唯一'),
  text: ref('text'),
  raised: withDesc(ref('date'), 'Date raised', '提出日期'),
  raised_by: withDesc(ref('ref'), 'Who raised it', '提出单位或人员'),
  task: withDesc(ref('ref'), 'The task it blocks', '所影响的任务'),
  owner: withDesc(ref('ref'), 'Who must solve it', '责任单位或责任人'),
  status: { enum: ['open', 'resolved'], description: d('open or resolved', '未解决 open，已解决 resolved') },
  resolved: withDesc(ref('date'), 'Date resolved (only when resolved)', '解决日期（仅在已解决时填写）'),
})
const chain = schema('chain', 'chains/<chain-id>.yaml', d('One industrial chain: roles, key tasks, problem list', '一条产业链：角色、重点任务、问题清单'), object(['id', 'name'], {
  id: withDesc(ref('id'), 'Equals the file name', '与文件名相同'),
  name: ref('text'),
  chief: withDesc(ref('ref'), 'Chain chief (person)', '链长（人员）'),
  service_officer: withDesc(ref('ref'), 'Industrial chain service officer (person)', '产业链服务专员（人员）'),
  lead_department: withDesc(ref('ref'), 'Lead department (organization)', '牵头部门（单位）'),
  secretariat: withDesc(ref('ref'), 'Secretariat (organization)', '秘书处（单位）'),
  leader_enterprises: withDesc(ref('refList'), 'Chain leader enterprises (organizations)', '链主企业（单位）'),
  special_team: withDesc(ref('refList'), 'Members of the special team', '工作专班成员'),
  tasks: { type: 'array', items: task, description: d('Key tasks', '重点任务') },
  problems: { type: 'array', items: problem, description: d('Problem list', '问题清单') },
}), ['text', 'id', 'date', 'ref', 'refList', 'taskStatus', 'percent'])

const meeting = schema('meeting', 'meetings/<meeting-id>.yaml', d('One meeting', '一次会议'), object(['id', 'title', 'date', 'chains'], {
  id: withDesc(ref('id'), 'Equals the file name', '与文件名相同'),
  title: ref('text'),
  date: ref('date'),
  chains: { type: 'array', items: ref('ref'), minItems: 1, uniqueItems: true, description: d('The chains the meeting covers', '会议涉及的产业链') },
  format: { enum: ['in-person', 'video', 'hybrid'], description: d('Form of the meeting', '会议形式：现场、视频、现场加视频') },
  organizer: withDesc(ref('ref'), 'Organizer (organization)', '主办单位'),
  chair: withDesc(ref('ref'), 'Who presided (person)', '主持人'),
  attendees: withDesc(ref('refList'), 'Attendees', '出席'),
  reports: {
    type: 'array',
    description: d('Reports in agenda order', '会议听取的汇报，按议程顺序'),
    items: object(['by', 'topic'], {
      by: ref('ref'),
      topic: ref('text'),
      summary: ref('text'),
      tasks: ref('refList'),
    }),
  },
  problems: withDesc(ref('refList'), 'Problems analysed at the meeting', '会议分析的问题'),
  decisions: {
    type: 'array',
    description: d('Arrangements for the next key tasks', '下步重点任务安排'),
    items: object(['text'], {
      text: ref('text'),
      owner: withDesc(ref('ref'), 'Responsible unit', '责任单位'),
      due: withDesc(ref('date'), 'Deadline', '完成时限'),
      task: ref('ref'),
    }),
  },
  notes: ref('text'),
}), ['text', 'id', 'date', 'ref', 'refList'])

export const SCHEMAS = { workspace, organizations, people, chain, meeting }

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = new URL('../schemas/', import.meta.url)
  mkdirSync(out, { recursive: true })
  for (const [name, s] of Object.entries(SCHEMAS)) {
    writeFileSync(new URL(`${name}.schema.json`, out), JSON.stringify(s, null, 2) + '\n')
  }
}
