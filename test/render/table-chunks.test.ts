// A long table is drawn by cli-table3 in chunks of rows (render/table.ts): the joined result
// must read as one table — one top rule, the head and its rule, every row once and in order,
// one bottom rule, every line equally wide, with a total row's rule where it belongs.
import { describe, expect, it } from 'vitest'
import { PLAIN } from '../../src/render/style.js'
import { drawTable, type Column } from '../../src/render/table.js'
import { displayWidth } from '../../src/render/width.js'

const columns: Column[] = [
  { header: 'No.', align: 'right' },
  { header: 'Title' },
  { header: '负责', align: 'left' },
]

describe('a table longer than one chunk', () => {
  it.each([false, true])('draws as one table (ascii %s)', (ascii) => {
    const rows = Array.from({ length: 257 }, (_, i) => [{ text: String(i + 1) }, { text: `row ${i + 1}` }, { text: i % 2 ? '纺织' : 'x' }])
    const table = drawTable(columns, rows, { width: 200, ascii, style: PLAIN })
    const lines = table.lines
    expect(lines.length).toBe(1 + 1 + 1 + 257 + 1)
    expect(new Set(lines.map(displayWidth)).size).toBe(1)
    const numbers = lines.slice(3, -1).map((line) => Number(/\d+/.exec(line)?.[0]))
    expect(numbers).toEqual(Array.from({ length: 257 }, (_, i) => i + 1))
    const rules = lines.filter((line) => !/[0-9a-z]/.test(line) && !line.includes('负责'))
    expect(rules.length).toBe(3) // top, under the head, bottom
    expect(lines[lines.length - 1]).toBe(rules[2])
  })
})
