// drawTable (src/render/table.ts) against the drawing it replaced, where cli-table3 drew every
// body line (table-frame.ts drawEveryRow; the layout is the same code in both): the same
// DrawnTable, lines byte for byte, over many seeded random tables: Chinese, emoji, combining
// marks, zero-width characters, ANSI colours by paint (chalk's, and codes cli-table3 would
// carry to the next line), ascii and unicode borders, wrapped headers, footer rules, captions,
// the blocks layout, widths narrow and wide, one row and thousands.
import { Chalk } from 'chalk'
import { describe, expect, it } from 'vitest'
import { PLAIN, type Style } from '../../src/render/style.js'
import { drawTable, type Cell, type Column, type TableOptions } from '../../src/render/table.js'
import { drawEveryRow } from '../../src/render/table-frame.js'
import { makeStyle } from '../../src/cli/output.js'
import { seededRandom as random } from '../helpers/seeded-random.js'

const chalk = new Chalk({ level: 1 })
/** The colours the CLI uses (cli/output.ts), chalk at level 1. */
const COLOURED: Style = await makeStyle(true)

const WORDS = [
  'land', 'and', 'financing', 'not', 'secured', 'cross-border', 'e-commerce', 'ODM', 'a/b', 'well—known', '2022–2025',
  'tg-weiqiao-key-project', 'c4-t460', 'x', '12', '100%', 'Weiqiao', 'supply-chain-finance-platform-phase-two',
  '纺织服装', '魏桥：建设高端纺织重点项目，拓展“市场和ODM订单”。', '先进材料用地、融资等要素保障不足（1）', '《山东省》',
  '（一）', '链长制', '省工业和信息化厅', '山东', 'ODM订单', '已完成', '—', '…', '○', '●', '→',
  '✅', '❤️', '👨‍👩‍👧', '🇨🇳', '👍🏽', 'Cafe\u0301', 'e\u0301\u0301', 'zero\u200bwidth', 'word\u2060joiner', 'soft\u00adhyphen',
  '𠀀𠀁', 'ｆｕｌｌ', '한국어', 'tab\there', '##########', '█████░░░░░', '#####.....  50%',
]

const PAINTS: Array<(line: string) => string> = [
  (l) => chalk.red(l),
  (l) => chalk.dim(l),
  (l) => chalk.bold(l),
  (l) => chalk.bold(chalk.green(l)),
  (l) => chalk.bgBlue.white(l),
  (l) => chalk.underline(l),
  (l) => l.replace(/[█#]+/, (m) => chalk.green(m)).replace(/[░.]+(?= )/, (m) => chalk.dim(m)),
  // Codes cli-table3 reads across a cell's lines: left open, reset by 0, or unknown to it.
  (l) => `\u001b[31m${l}`,
  (l) => `\u001b[1m${l}`,
  (l) => `\u001b[31m${l}\u001b[0m`,
  (l) => `\u001b[38;5;208m${l}\u001b[39m`,
  (l) => `\u001b[44m${l}`,
  (l) => `\u001b[2m${l}\u001b[22m`,
  (l) => `\u001b[m${l}`,
  // Not only colour (no renderer does this): cli-table3 then measures it wider (and its
  // truncation takes time with the square of the length: only in short tables).
  (l) => `[${l}]`,
]

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!
}

function text(rnd: () => number, most: number): string {
  const n = Math.floor(rnd() * (most + 1))
  let out = ''
  for (let i = 0; i < n; i++) {
    if (i > 0) out += pick(rnd, [' ', ' ', ' ', ' ', '', '  ', '\n'])
    out += pick(rnd, WORDS)
  }
  if (rnd() < 0.05) out = ` ${out} `
  return out
}

function column(rnd: () => number): Column {
  const c: Column = { header: rnd() < 0.1 ? '' : text(rnd, 3) }
  if (rnd() < 0.3) c.align = 'right'
  const shrink = pick(rnd, [undefined, 0, 1, 1, 1, 2, 3])
  if (shrink !== undefined) c.shrink = shrink
  if (rnd() < 0.5) c.rank = Math.floor(rnd() * 6)
  if (rnd() < 0.6) c.min = Math.floor(rnd() * 16)
  if (rnd() < 0.4) c.hardMin = Math.floor(rnd() * 10)
  if (rnd() < 0.3) c.fixedData = true
  if (rnd() < 0.3) c.wrap = 'id'
  return c
}

interface Case {
  columns: Column[]
  rows: Cell[][]
  options: TableOptions
}

function randomCase(seed: number, rowCount?: number): Case {
  const rnd = random(seed)
  const columns = Array.from({ length: 1 + Math.floor(rnd() * 7) }, () => column(rnd))
  const count = rowCount ?? pick(rnd, [1, 1, 2, 3, 5, 8, 12, 20, 40, 60])
  const constant = columns.map(() => (rnd() < 0.15 ? text(rnd, 3) || 'same' : undefined))
  // cli-table3's drawing of a coloured cell takes time with the square of its text (the
  // reference is slow there, not drawTable): long tables get short coloured cells.
  const colourful = rnd() < (count <= 40 ? 0.6 : 0.3)
  const most = count <= 12 ? [1, 2, 3, 5] : colourful ? [1, 2] : [1, 2, 3]
  const rows = Array.from({ length: count }, () =>
    columns.map((_, i): Cell => {
      const cell: Cell = { text: constant[i] ?? text(rnd, pick(rnd, most)) }
      if (colourful && rnd() < 0.5) cell.paint = pick(rnd, count <= 20 && rnd() < 0.2 ? PAINTS : PAINTS.slice(0, 7))
      return cell
    }),
  )
  const options: TableOptions = {
    width: pick(rnd, [8, 20, 30, 40, 50, 60, 80, 100, 120, 200, Infinity]),
    ascii: rnd() < 0.5,
    style: colourful ? COLOURED : PLAIN,
  }
  if (rnd() < 0.3) options.footerRule = true
  const comfortable = pick(rnd, [undefined, true, false])
  if (comfortable !== undefined) options.comfortable = comfortable
  if (rnd() < 0.3) options.captionSeparator = pick(rnd, [': ', '：'])
  return { columns, rows, options }
}

const same = ({ columns, rows, options }: Case) => expect(drawTable(columns, rows, options)).toEqual(drawTable(columns, rows, options, drawEveryRow))

describe('drawTable draws what cli-table3 drew', () => {
  it('over 60 random tables', () => {
    for (let seed = 1; seed <= 60; seed++) same(randomCase(seed))
  })

  it('with no rows, one row, and a row of empty cells', () => {
    for (let seed = 1000; seed < 1100; seed++) {
      const { columns, options } = randomCase(seed)
      same({ columns, rows: [], options })
      same({ columns, rows: [columns.map(() => ({ text: '' }))], options })
      same({ columns, rows: [columns.map(() => ({ text: 'x' }))], options })
    }
  })

  it('in every layout stage: comfortable, squeezed, blocks', () => {
    const columns: Column[] = [
      { header: '产业链 Chain', shrink: 1, rank: 1, min: 6 },
      { header: 'ID', shrink: 1, rank: 5, min: 6, hardMin: 4, wrap: 'id' },
      { header: 'Task 任务', shrink: 1, rank: 1, min: 10 },
      { header: 'Due', shrink: 3, fixedData: true },
      { header: 'Count of things', align: 'right', shrink: 0, min: 5, fixedData: true },
    ]
    const rnd = random(7)
    const rows = Array.from({ length: 30 }, (_, r) => [
      { text: text(rnd, 2) },
      { text: `c${r}-t${r * 7}-key-project`, paint: (l: string) => chalk.dim(l) },
      { text: text(rnd, 10), paint: r % 3 ? undefined : (l: string) => chalk.red(l) },
      { text: '2024-06-30', paint: r % 2 ? (l: string) => chalk.yellow(l) : undefined },
      { text: String(r * 13) },
    ])
    for (let width = 10; width <= 140; width += 13) {
      for (const ascii of [false, true]) {
        for (const comfortable of [true, false]) same({ columns, rows, options: { width, ascii, style: COLOURED, comfortable, footerRule: width % 2 === 0 } })
      }
    }
  })

  it('with thousands of rows', () => {
    same(randomCase(31, 1001))
  })
})
