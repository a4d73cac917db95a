// Writes a synthetic, valid workspace for the benchmark (issue #5): 11 chains × N tasks, with
// Chinese and English text, problems, and one meeting per chain, deterministic (a seeded
// generator), so that `check` finds nothing and every run measures the same bytes.
// Takes: a folder and a size; gives: the files on disk and their total size.
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Bump when the generated text changes, so cached workspaces are rebuilt. */
export const GENERATOR_VERSION = 4

const CHAINS = [
  ['high-end-chemicals', '高端化工', 'High-end Chemicals'],
  ['new-generation-it', '新一代信息技术', 'New-generation IT'],
  ['high-end-equipment', '高端装备', 'High-end Equipment'],
  ['new-energy-equipment', '新能源装备', 'New-energy Equipment'],
  ['advanced-materials', '先进材料', 'Advanced Materials'],
  ['pharmaceuticals', '医药', 'Pharmaceuticals'],
  ['light-industry', '轻工', 'Light Industry'],
  ['agricultural-machinery', '农机装备', 'Agricultural Machinery'],
  ['construction-machinery', '工程机械', 'Construction Machinery'],
  ['textile-garment', '纺织服装', 'Textiles and Garments'],
  ['ships-offshore', '船舶与海工装备', 'Ships and Offshore Equipment'],
]
const CATEGORIES = ['key-project', 'technology', 'platform', 'market', 'talent', 'training', 'cooperation', 'other']
const ZH_WORDS = ['智能化改造', '关键技术攻关', '重点项目建设', '市场开拓', '人才培养', '公共服务平台', '产学研合作', '绿色低碳转型', '数字化车间', '供应链协同', '标准体系建设', '品牌培育']
const EN_WORDS = ['smart upgrade', 'key technology', 'key project', 'market development', 'talent', 'public service platform', 'industry-university cooperation', 'green transition', 'digital workshop', 'supply chain', 'standards', 'brand building']

/** mulberry32: a small seeded generator, so the same size always gives the same files. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n) => String(n).padStart(2, '0')
/** A real date: day index from 2022-01-01, 28-day months keep it simple and valid. */
function date(day) {
  const year = 2022 + Math.floor(day / 336)
  const month = 1 + Math.floor((day % 336) / 28)
  return `${year}-${pad(month)}-${pad(1 + (day % 28))}`
}
const q = (s) => JSON.stringify(s) // double-quoted YAML = JSON string

function text(rnd, indent, zh, en) {
  const form = rnd()
  if (form < 0.15) return ` ${q(en)}`
  if (form < 0.3) return ` { zh: ${zh}, en: ${q(en)} }`
  return `\n${indent}  zh: ${zh}\n${indent}  en: ${q(en)}`
}

function taskYaml(rnd, chain, i, parties) {
  const w = Math.floor(rnd() * ZH_WORDS.length)
  const start = Math.floor(rnd() * 600)
  const due = start + 60 + Math.floor(rnd() * 500)
  const roll = rnd()
  const status = roll < 0.15 ? 'planned' : roll < 0.45 ? 'done' : roll < 0.55 ? 'blocked' : roll < 0.6 ? 'cancelled' : 'in-progress'
  const progress = status === 'planned' ? 0 : status === 'done' ? 100 : 5 + Math.floor(rnd() * 90)
  const owner = parties[Math.floor(rnd() * parties.length)]
  const partners = [...new Set([parties[(i + 1) % parties.length], parties[(i + 3) % parties.length]])].filter((p) => p !== owner)
  const lines = [
    `  - id: ${chain.short}-t${i}`,
    `    title:${text(rnd, '    ', `${chain.zh}${ZH_WORDS[w]}第${i + 1}项`, `${chain.en}: ${EN_WORDS[w]} no. ${i + 1}`)}`,
    `    category: ${CATEGORIES[(i + w) % CATEGORIES.length]}`,
    `    owner: ${owner}`,
    partners.length ? `    partners: [${partners.join(', ')}]` : null,
    `    start: ${date(start)}`,
    `    due: ${date(due)}`,
    `    status: ${status}`,
    `    progress: ${progress}`,
    rnd() < 0.2 ? `    weight: ${1 + Math.floor(rnd() * 3)}` : null,
  ]
  if (rnd() < 0.5) {
    lines.push('    milestones:')
    lines.push(`      - title: { zh: 阶段目标完成, en: Stage goal met }`, `        due: ${date(start + 30)}`)
    if (status === 'done') lines.push(`        done: ${date(start + 28)}`)
  }
  if (progress > 0) {
    // Dated, rising updates; the last one equals the task's progress (rule last-update).
    lines.push('    updates:')
    const steps = 1 + Math.floor(rnd() * 3)
    for (let s = 1; s <= steps; s++) {
      const p = s === steps ? progress : Math.max(1, Math.floor((progress * s) / (steps + 1)))
      lines.push(`      - date: ${date(start + s * 20)}`, `        progress: ${p}`)
      if (rnd() < 0.5) {
        lines.push(
          rnd() < 0.3
            ? `        note: |\n          ${chain.zh}推进会后已落实第${s}批事项。\n          Batch ${s} done after the chain meeting.`
            : `        note:${text(rnd, '        ', `完成阶段工作${s}`, `Stage ${s} of the work done`)}`,
        )
      }
    }
  }
  return lines.filter((l) => l !== null).join('\n')
}

function problemYaml(rnd, chain, j, tasks, parties) {
  const raised = 100 + Math.floor(rnd() * 500)
  const resolved = rnd() < 0.5
  return [
    `  - id: ${chain.short}-p${j}`,
    `    text:${text(rnd, '    ', `${chain.zh}用地、融资等要素保障不足（${j + 1}）`, `Land and financing not secured (${j + 1})`)}`,
    `    raised: ${date(raised)}`,
    `    raised_by: ${parties[j % parties.length]}`,
    `    task: ${chain.short}-t${Math.floor(rnd() * tasks)}`,
    `    owner: ${parties[(j + 2) % parties.length]}`,
    `    status: ${resolved ? 'resolved' : 'open'}`,
    resolved ? `    resolved: ${date(raised + 30)}` : null,
  ].filter((l) => l !== null).join('\n')
}

function chainParties(chain) {
  const orgs = [`${chain.short}-sec`, ...[1, 2, 3, 4].map((k) => `${chain.short}-ent${k}`), `${chain.short}-uni`]
  return { orgs, people: [`${chain.short}-chief`, `${chain.short}-officer`] }
}

/**
 * Writes the workspace into `dir` (emptied first); returns its size in bytes. `broken` gives
 * every chain file two findings in its middle task, as CI meets them: an unknown field (a
 * misspelt key) and a reference to nothing.
 */
export function generateWorkspace(dir, { tasks, broken = false }) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'chains'), { recursive: true })
  mkdirSync(join(dir, 'meetings'), { recursive: true })
  const chains = CHAINS.map(([id, zh, en], n) => ({ id, zh, en, short: `c${n}` }))
  writeFileSync(join(dir, 'chainchief.yaml'), `# benchmark workspace (bench/generate.mjs)\nname:\n  zh: 山东省标志性产业链链长制\n  en: Shandong Chain Chief System\nchains: ${chains.length}\nlanguage: zh\ntimezone: Asia/Shanghai\n`)
  const orgs = ['organizations:', '  - id: diitsp', '    name: { zh: 山东省工业和信息化厅, en: Department of Industry and Information Technology }', '    type: government']
  const people = ['people:']
  for (const chain of chains) {
    const { orgs: o, people: p } = chainParties(chain)
    o.forEach((id, k) => {
      const type = k === 0 ? 'government' : k === 5 ? 'university' : 'enterprise'
      orgs.push(`  - id: ${id}`, `    name:\n      zh: ${chain.zh}单位${k + 1}\n      en: ${q(`${chain.en} organization ${k + 1}`)}`, `    short: ${chain.zh}${k + 1}`, `    type: ${type}`)
    })
    p.forEach((id, k) => people.push(`  - id: ${id}`, `    name: { zh: 张${chain.zh.slice(0, 1)}${k ? '明' : '华'}, en: Zhang ${k ? 'Ming' : 'Hua'} }`, `    organization: diitsp`, `    title: ${q(k ? 'Service officer' : 'Chain chief')}`))
  }
  writeFileSync(join(dir, 'organizations.yaml'), orgs.join('\n') + '\n')
  writeFileSync(join(dir, 'people.yaml'), people.join('\n') + '\n')
  chains.forEach((chain, n) => {
    const rnd = random(1000 + n)
    const { orgs: o, people: p } = chainParties(chain)
    const parties = [...o, ...p, 'diitsp']
    const problems = Math.max(1, Math.floor(tasks / 10))
    const out = [
      `# ${chain.zh} — ${chain.en}`,
      `id: ${chain.id}`,
      `name:\n  zh: ${chain.zh}\n  en: ${q(chain.en)}`,
      `chief: ${p[0]}`,
      `service_officer: ${p[1]}`,
      'lead_department: diitsp',
      `secretariat: ${o[0]}`,
      `leader_enterprises: [${o.slice(1, 5).join(', ')}]`,
      'special_team:',
      ...[o[0], p[1], o[5]].map((id) => `  - ${id}`),
      '',
      'tasks:',
      ...Array.from({ length: tasks }, (_, i) => {
        const task = taskYaml(rnd, chain, i, parties)
        if (!broken || i !== tasks >> 1) return task
        return task.replace(/\n    owner: [^\n]+/, '\n    owner: nobody-at-all\n    stauts: done')
      }),
      '',
      'problems:',
      ...Array.from({ length: problems }, (_, j) => problemYaml(rnd, chain, j, tasks, parties)),
    ]
    writeFileSync(join(dir, 'chains', `${chain.id}.yaml`), out.join('\n') + '\n')
    const id = `2024-0${1 + (n % 9)}-1${n % 10}-${chain.id}`
    const meeting = [
      `id: ${id}`,
      `title:\n  zh: ${chain.zh}产业链链长制调度会议\n  en: ${q(`Scheduling meeting of the ${chain.en} chain`)}`,
      `date: ${id.slice(0, 10)}`,
      `chains: [${chain.id}]`,
      'format: hybrid',
      'organizer: diitsp',
      `chair: ${p[0]}`,
      `attendees: [diitsp, ${p.join(', ')}, ${o.join(', ')}]`,
      'reports:',
      `  - by: ${o[0]}`,
      `    topic:\n      zh: ${chain.zh}产业链工作进展\n      en: Progress of the chain`,
      `    tasks: [${chain.short}-t0${tasks > 1 ? `, ${chain.short}-t1` : ''}]`,
      `  - by: ${o[1]}`,
      '    topic: { zh: 重点项目建设情况, en: Key projects }',
      `problems: [${chain.short}-p0]`,
      'decisions:',
      `  - text: { zh: 加快推进重点项目, en: Speed up the key projects }`,
      `    owner: ${o[1]}`,
      `    due: 2024-12-28`,
      `    task: ${chain.short}-t0`,
    ]
    writeFileSync(join(dir, 'meetings', `${id}.yaml`), meeting.join('\n') + '\n')
  })
  return sizeOf(dir)
}

export function sizeOf(dir) {
  let total = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const stat = statSync(path)
    total += stat.isDirectory() ? sizeOf(path) : stat.size
  }
  return total
}

/** The workspace for `tasks` per chain under `base`, generated once per generator version. */
export function workspaceFor(base, tasks, { broken = false } = {}) {
  const name = `ws-11x${tasks}${broken ? '-broken' : ''}`
  const dir = join(base, name)
  const stamp = join(base, `${name}.stamp`)
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== String(GENERATOR_VERSION)) {
    generateWorkspace(dir, { tasks, broken })
    writeFileSync(stamp, String(GENERATOR_VERSION))
  }
  return { dir, bytes: sizeOf(dir) }
}
