// drawTable (src/render/table.ts): cli-table3 draws, our measure decides. Every line of a drawn
// table has the same display width, whatever the text: Chinese, combining marks, zero-width
// characters and emoji sequences (which cli-table3's own measure counts differently).
import { describe, expect, it } from 'vitest'
import { PLAIN } from '../../src/render/style.js'
import { drawTable, type Column } from '../../src/render/table.js'
import { displayWidth } from '../../src/render/width.js'

const columns: Column[] = [
  { header: '产业链 Chain', shrink: 1, rank: 1, min: 6 },
  { header: 'ID', shrink: 1, rank: 5, min: 6, hardMin: 4, wrap: 'id' },
  { header: 'Task 任务', shrink: 1, rank: 1, min: 10 },
  { header: 'Count', align: 'right', shrink: 0, min: 5, fixedData: true },
]

const rows = [
  ['纺织服装', 'tg-weiqiao-key-project', '魏桥：建设高端纺织重点项目，拓展“市场和ODM订单”。', '3'],
  ['Café au lait', 'cafe\u0301-line', 'Cafe\u0301 crème brûle\u0301e with combining marks', '12'],
  ['Zero\u200bwidth', 'zw-\u200b-id', 'soft\u00adhyphen and zero\u200bwidth\u2060joiner text', '0'],
  ['Emoji 🇨🇳', 'emoji-👨‍👩‍👧', 'done ✅ heart ❤️ family 👨‍👩‍👧 flag 🇨🇳 thumbs 👍🏽', '7'],
  ['ASCII only', 'plain-id', 'A plain line of ordinary words that wraps', '100'],
].map((row) => row.map((text) => ({ text })))

describe('drawTable', () => {
  for (const width of [40, 60, 80, 120, 200]) {
    for (const ascii of [false, true]) {
      it(`draws every line equally wide at ${width} columns${ascii ? ' (--ascii)' : ''}`, () => {
        for (const comfortable of [true, false]) {
          const table = drawTable(columns, rows, { width, ascii, style: PLAIN, comfortable })
          const widths = new Set(table.lines.map(displayWidth))
          expect([...widths]).toHaveLength(1)
          if (table.fits) expect([...widths][0]).toBeLessThanOrEqual(width)
          // Nothing cut with cli-table3's ellipsis, every border where it belongs.
          expect(table.lines.join('\n')).not.toContain('…')
          const v = ascii ? '|' : '│'
          for (const line of table.lines.slice(1, -1)) {
            if (line.startsWith(v)) expect(line.endsWith(v)).toBe(true)
          }
        }
      })
    }
  }

  it('keeps every character of the text, in order', () => {
    const table = drawTable(columns, rows, { width: 60, ascii: false, style: PLAIN, comfortable: false })
    const column = (i: number) =>
      table.lines
        .filter((line) => line.startsWith('│'))
        .map((line) => line.split('│')[i + 1]!)
        .join('')
        .replace(/\s/g, '')
    rows[0]!.forEach((_, i) => {
      const expected = [columns[i]!.header, ...rows.map((row) => row[i]!.text)].join('').replace(/\s/g, '')
      expect(column(i)).toBe(expected)
    })
  })

  it('draws a rule above a total row, as cli-table3 draws the head rule', () => {
    const table = drawTable(columns.slice(0, 1), [[{ text: 'a' }], [{ text: 'Total' }]], { width: 80, ascii: true, style: PLAIN, footerRule: true })
    expect(table.lines).toEqual(['+--------------+', '| 产业链 Chain |', '+--------------+', '| a            |', '+--------------+', '| Total        |', '+--------------+'])
  })

  it('paints padded lines after measuring, and the colour codes do not count', () => {
    const style = { ...PLAIN, bold: (s: string) => `\u001b[1m${s}\u001b[22m` }
    const table = drawTable([{ header: '任务' }, { header: 'n' }], [[{ text: '纺织', paint: (s) => `\u001b[31m${s}\u001b[39m` }, { text: '3' }]], { width: 80, ascii: false, style })
    expect(table.lines).toEqual([
      '┌──────┬───┐',
      '│ \u001b[1m任务\u001b[22m │ \u001b[1mn\u001b[22m │',
      '├──────┼───┤',
      '│ \u001b[31m纺织\u001b[39m │ 3 │',
      '└──────┴───┘',
    ])
  })
})
