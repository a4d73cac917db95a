// The layout of `progress --tasks` on the bundled example (contract §5, issue 13 "Tables"):
// through the real CLI, which words the table cuts at 80 columns, the caption that replaces
// a column constant in every row, and 避头尾 in Chinese.
import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/render/width.js'
import { EXAMPLE, runCli } from '../helpers/run-cli.js'

const run = (lang: string, columns: number, ...args: string[]) =>
  runCli(['progress', '--tasks', '-w', EXAMPLE, '--as-of', '2023-12-15', '--lang', lang, ...args], {
    env: { COLUMNS: String(columns), NO_COLOR: '1', FORCE_COLOR: undefined },
  })

interface TaskJson { id: string; title: string; ownerName: string }

/** Words (parts of ids, after hyphens) of the tasks that no line of the table holds whole. */
function cutWords(lang: string, columns: number): string[] {
  const tasks = (JSON.parse(run(lang, columns, '--format', 'json').stdout) as { tasks: TaskJson[] }).tasks
  const lines = run(lang, columns).stdout.split('\n')
  const cells = lines.flatMap((line) => line.split('│').map((cell) => cell.trim()))
  const words = tasks.flatMap((t) => [
    ...t.id.split(/(?<=-)/),
    ...[t.title, t.ownerName].flatMap((text) => text.split(' ').flatMap((w) => w.split(/(?<=[-–])/))).filter((w) => /^[\x20-\x7e]+$/.test(w)),
  ])
  return [...new Set(words.filter((word) => !cells.some((cell) => cell.includes(word))))]
}

describe('progress --tasks on the example', () => {
  it('cuts no word at 80 columns in Chinese', () => {
    expect(cutWords('zh', 80)).toEqual([])
  })

  it('cuts one id part at 80 columns in English, where whole words need 82', () => {
    // ID 12 (cooperation-), Task 13 (Supercritical), Owner 11 (secretariat), Due 10, Status 9
    // (cancelled), Progress 8: 63 columns of text and 19 of borders and padding.
    expect(cutWords('en', 80)).toEqual(['cooperation-'])
    expect(cutWords('en', 82)).toEqual([])
  })

  it('cuts no word at 120 columns, in either language', () => {
    expect(cutWords('en', 120)).toEqual([])
    expect(cutWords('zh', 120)).toEqual([])
  })

  it('says the one chain of every row above the table instead of in a column', () => {
    const en = run('en', 80).stdout.split('\n')
    expect(en.slice(2, 5)).toEqual(['Key tasks as of 2023-12-15', 'Chain: Textiles and Garments', expect.stringMatching(/^┌/)])
    expect(en[5]).toMatch(/^│ ID +│ Task +│ Owner +│ Due +│ Status +│ Progress │$/)
    const zh = run('zh', 80).stdout.split('\n')
    expect(zh[3]).toBe('产业链：纺织服装')
    expect(zh.join('\n')).not.toMatch(/│ 纺织服装 /)
  })

  it('draws every table line equally wide, and never starts a line with closing punctuation', () => {
    for (const columns of [40, 60, 80, 120, 200]) {
      for (const lang of ['en', 'zh']) {
        const out = run(lang, columns).stdout.split('\n')
        const table = out.filter((line) => /^[┌│├└]/.test(line))
        // At 40 columns no table fits: one block per task instead (the next test).
        expect(new Set(table.map(displayWidth)).size).toBe(columns === 40 ? 0 : 1)
        if (columns > 40) expect(displayWidth(table[0]!)).toBeLessThanOrEqual(columns)
        for (const line of table) {
          for (const cell of line.split('│').slice(1, -1)) expect(cell.trim()).not.toMatch(/^[，。、；：？！”）》]/)
        }
      }
    }
  })

  it('prints one block per row, label: value, when even the narrowest table is too wide', () => {
    const en = run('en', 40).stdout.split('\n')
    expect(en.slice(3, 12)).toEqual([
      'Chain: Textiles and Garments',
      'ID: tg-chain-lists',
      'Task: Compile the chain\'s "N lists"',
      'Owner: Chain secretariat',
      'Due: 2022-12-31',
      'Status: done',
      'Progress: 100%',
      '',
      'ID: tg-weiqiao-key-project',
    ])
    expect(en.slice(12, 14)).toEqual(['Task: Weiqiao: build the high-end', '      textile key project'])
    const zh = runCli(['progress', '-w', EXAMPLE, '--as-of', '2023-12-15', '--lang', 'zh'], { env: { COLUMNS: '40' } }).stdout.split('\n')
    expect(zh.slice(3, 6)).toEqual(['产业链：新一代信息技术', '链长：—', '任务：0'])
    // The blocks (the sample-data notice above them
    // and the summary line below them are not part of the table).
    for (const line of [...en.slice(3, -2), ...zh.slice(3)]) expect(displayWidth(line)).toBeLessThanOrEqual(40)
  })
})
