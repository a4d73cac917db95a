// `progress` reports and renderers called as functions on the progress fixture, as of
// 2024-06-15: every format in both languages as whole-output snapshots, tables that keep their
// shape with Chinese text at any width, JSON shape, CSV read back, colours where they belong.
// What only the process shows (flags, COLUMNS, FORCE_COLOR, -o, pipes) is in cli.test.ts.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PLAIN } from '../../src/render/style.js'
import { displayWidth } from '../../src/render/width.js'
import { makeStyle, progressRun, type ProgressRunOptions } from '../helpers/in-process.js'
import { EXAMPLE, FIXTURES, scratchCopy } from '../helpers/run-cli.js'

const WORKSPACE = join(FIXTURES, 'progress')
const AS_OF = '2024-06-15'
const ESC = '\u001b'
const COLOR = await makeStyle(true)
const progress = (options: ProgressRunOptions = {}) => progressRun(WORKSPACE, { asOf: AS_OF, ...options }).stdout

let cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups) c()
  cleanups = []
})

/** RFC 4180: fields split on commas, quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += ch
  }
  expect(field).toBe('') // every row ends with CRLF
  expect(row).toEqual([])
  return rows
}

/** The lines of a drawn table: those that start with a border character. */
const tableLines = (text: string) => text.split('\n').filter((l) => /^[┌│├└+|]/.test(l))

describe('every format, both languages (snapshots)', () => {
  for (const lang of ['en', 'zh'] as const) {
    for (const format of ['table', 'json', 'csv', 'markdown'] as const) {
      for (const view of ['chains', 'tasks'] as const) {
        it(`${format} ${view} ${lang}`, async () => {
          const stdout = progress({ lang, format, tasks: view === 'tasks', width: 100 })
          const ext = { table: 'txt', json: 'json', csv: 'csv', markdown: 'md' }[format]
          await expect(stdout).toMatchFileSnapshot(`./__snapshots__/${format}-${view}-${lang}.${ext}`)
        })
      }
    }
  }

  it('ascii draws with +-| and a # bar', async () => {
    const stdout = progress({ ascii: true, tasks: true, lang: 'zh', width: 160 })
    expect(stdout).not.toMatch(/[─│┌┐└┘├┤┬┴┼█░]/)
    // no ambiguous-width marks either: a chain without tasks or chief shows '-'
    const chains = progress({ ascii: true, width: 100 })
    expect(chains).not.toMatch(/[—─│█░]/)
    expect(chains).toMatch(/^\| Ships and Offshore +\| - +\| +0 \|/m)
    await expect(stdout).toMatchFileSnapshot('./__snapshots__/table-tasks-zh-ascii-160.txt')
  })

  it('the bundled example at 80 columns, in Chinese, by task', async () => {
    const { stdout } = progressRun(EXAMPLE, { asOf: '2023-06-30', lang: 'zh', tasks: true, width: 80 })
    await expect(stdout).toMatchFileSnapshot('./__snapshots__/example-tasks-zh-80.txt')
  })
})

describe('tables hold together with Chinese text', () => {
  const cases: Array<[string, number, string, ProgressRunOptions]> = []
  for (const width of [60, 80, 100, 160]) {
    for (const lang of ['zh', 'en'] as const) {
      cases.push([`fixture chains ${lang}`, width, WORKSPACE, { asOf: AS_OF, lang }])
      cases.push([`fixture tasks ${lang}`, width, WORKSPACE, { asOf: AS_OF, lang, tasks: true }])
      cases.push([`example tasks ${lang}`, width, EXAMPLE, { asOf: '2023-06-30', lang, tasks: true }])
      cases.push([`example chains ${lang} ascii`, width, EXAMPLE, { asOf: '2023-06-30', lang, ascii: true }])
    }
  }
  it.each(cases)('%s at %s columns: every line equally wide, within the width', (_name, width, dir, options) => {
    const lines = tableLines(progressRun(dir, { ...options, width }).stdout)
    expect(lines.length).toBeGreaterThan(4)
    const widths = new Set(lines.map(displayWidth))
    expect([...widths]).toHaveLength(1)
    expect([...widths][0]).toBeLessThanOrEqual(width)
  })

  it('data with escape sequences, zero-width and combining characters stays inert and aligned', () => {
    const { dir, cleanup } = scratchCopy(WORKSPACE)
    cleanups.push(cleanup)
    const file = join(dir, 'chains/textile-garment.yaml')
    const hostile = '"\\e[31m红\\e]8;;http://x\\a链接 ##[set-output] e\\u0301\\u20dd 零\\u200b宽 𠀋"'
    writeFileSync(file, readFileSync(file, 'utf8').replace('zh: 鲁泰色织面料智能工厂建设', `zh: ${hostile}`))
    for (const width of [60, 100]) {
      const { stdout } = progressRun(dir, { asOf: AS_OF, lang: 'zh', tasks: true, width })
      expect(stdout).not.toContain(ESC)
      expect(stdout).not.toContain('\u0007')
      expect(stdout).not.toContain('##[')
      const widths = new Set(tableLines(stdout).map(displayWidth))
      expect([...widths]).toEqual([Math.max(...widths)])
    }
  })

  it('wraps a long Chinese title inside its cell, never cutting it', () => {
    const stdout = progress({ lang: 'zh', tasks: true, width: 80 })
    const title = '超临界二氧化碳无水染色技术攻关与在链上企业推广应用'
    const cells = tableLines(stdout).map((l) => l.split('│')[3]?.trim() ?? '')
    const start = cells.findIndex((c) => title.startsWith(c) && c !== '')
    expect(start).toBeGreaterThan(0)
    let joined = ''
    for (let i = start; joined.length < title.length && cells[i]; i++) joined += cells[i]
    expect(joined).toBe(title)
  })

  it('shows the bar at 160 columns and only the figure when space is short', () => {
    expect(progress({ tasks: true, width: 160 })).toContain('██████░░░░   60%')
    const narrow = progress({ tasks: true, lang: 'zh', width: 60 })
    expect(narrow).not.toContain('█')
    expect(narrow).toContain(' 60% ')
  })
})

describe('json', () => {
  it('chain rows: the contract shape, ids and enum values, names in the language', () => {
    const data = JSON.parse(progress({ format: 'json', lang: 'zh' }))
    expect(Object.keys(data)).toEqual(['asOf', 'chains', 'total'])
    expect(data.asOf).toBe('2024-06-15')
    const keys = ['tasks', 'planned', 'inProgress', 'done', 'blocked', 'cancelled', 'overdue', 'dueSoon', 'progress']
    for (const chain of data.chains) expect(Object.keys(chain)).toEqual(['id', 'name', ...keys])
    expect(Object.keys(data.total)).toEqual(keys)
    expect(data.chains.map((c: { id: string; name: string; progress: number | null }) => [c.id, c.name, c.progress])).toEqual([
      ['pharmaceuticals', '医药', 10],
      ['ships-offshore', '船舶和海工装备', null],
      ['textile-garment', '纺织服装', 53],
    ])
    expect(data.total.progress).toBe(40.7)
  })

  it('task rows: the contract shape; status stays the English id in Chinese output', () => {
    const data = JSON.parse(progress({ format: 'json', tasks: true, lang: 'zh' }))
    expect(Object.keys(data)).toEqual(['asOf', 'tasks'])
    const keys = ['id', 'chain', 'title', 'owner', 'ownerName', 'category', 'start', 'due', 'status', 'progress', 'overdue', 'dueSoon']
    for (const task of data.tasks) expect(Object.keys(task)).toEqual(keys)
    expect(data.tasks.find((t: { id: string }) => t.id === 'tg-smart-factory')).toEqual({
      id: 'tg-smart-factory',
      chain: 'textile-garment',
      title: '鲁泰色织面料智能工厂建设',
      owner: 'luthai',
      ownerName: '鲁泰',
      category: 'key-project',
      start: null,
      due: '2024-05-31',
      status: 'in-progress',
      progress: 35,
      overdue: true,
      dueSoon: false,
    })
  })
})

describe('csv', () => {
  it('starts with a BOM, ends rows with CRLF, reads back to the table', () => {
    const stdout = progress({ format: 'csv', lang: 'zh' })
    expect(stdout.startsWith('\uFEFF')).toBe(true)
    expect(stdout.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    const rows = parseCsv(stdout.slice(1))
    expect(rows[0]).toEqual(['产业链', '链长', '任务', '已完成', '推进中', '受阻', '逾期', '进度'])
    expect(rows.slice(1)).toEqual([
      ['医药', '', '2', '0', '1', '0', '0', '10'],
      ['船舶和海工装备', '', '0', '0', '0', '0', '0', ''],
      ['纺织服装', '李华', '5', '1', '2', '1', '1', '53'],
      ['合计', '', '7', '1', '3', '1', '1', '40.7'],
    ])
  })

  it('quotes commas and quotes, and guards a cell that starts like a formula; no BOM when asked', () => {
    const stdout = progress({ format: 'csv', tasks: true, bom: false })
    expect(stdout.startsWith('\uFEFF')).toBe(false)
    const rows = parseCsv(stdout)
    expect(rows[0]).toEqual(['Chain', 'ID', 'Task', 'Owner', 'Due', 'Status', 'Progress'])
    const byId = new Map(rows.slice(1).map((r) => [r[1], r]))
    expect(byId.get('tg-lists')![2]).toBe('Compile the chain\'s "N lists"')
    expect(byId.get('tg-dyeing-cluster')![2]).toBe("'-20% energy: dyeing cluster | green upgrade")
    expect(byId.get('tg-smart-factory')![5]).toBe('in progress, overdue')
    expect(rows).toHaveLength(8)
  })
})

describe('markdown', () => {
  it('escapes data so a | cannot add a cell, and marks overdue and due-soon tasks', () => {
    const stdout = progress({ format: 'markdown', tasks: true })
    const rows = stdout.split('\n').filter((l) => l.startsWith('|'))
    // Every row has the same number of unescaped cell separators.
    const cells = rows.map((r) => r.split(/(?<!\\)\|/).length)
    expect(new Set(cells).size).toBe(1)
    expect(stdout).toContain('\\-20% energy: dyeing cluster \\| green upgrade')
    expect(stdout).toContain('**in progress, overdue**')
  })
})

describe('colours', () => {
  it('none in any format with the plain style (a pipe, a file, NO_COLOR)', () => {
    for (const format of ['table', 'json', 'csv', 'markdown'] as const) {
      expect(progress({ format, style: PLAIN })).not.toContain(ESC)
      expect(progress({ format, tasks: true, style: PLAIN })).not.toContain(ESC)
    }
  })

  it('the coloured table: overdue in red, due soon in yellow, the header bold', () => {
    const stdout = progress({ tasks: true, style: COLOR, width: 160 })
    expect(stdout).toContain(`${ESC}[31m2024-05-31${ESC}[39m`)
    expect(stdout).toContain(`${ESC}[33m2024-06-30${ESC}[39m`)
    expect(stdout).toContain(`${ESC}[1m`)
    // The same table without colour codes is the plain one.
    expect(stdout.replace(/\u001b\[\d+m/g, '')).toBe(progress({ tasks: true, width: 160 }))
  })
})
