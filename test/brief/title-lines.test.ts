// The lines of a Chinese title in the Word brief (render/brief/title-lines.ts, GB/T 9704: 词意完整，
// 排列对称): whole quoted terms, whole Latin words, no closing punctuation at a line start, and
// lines as even as the good breaks allow.
import { describe, expect, it } from 'vitest'
import { titleLines } from '../../src/render/brief/title-lines.js'
import { displayWidth } from '../../src/render/width.js'

describe('titleLines', () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('纺织服装产业链专题会议纪要', 40)).toEqual(['纺织服装产业链专题会议纪要'])
  })

  it('never breaks inside a quoted term, in either kind of quotes', () => {
    for (const title of ['全省纺织服装产业链“链长制”专题推进会议纪要', '全省纺织服装产业链"链长制"专题推进会议纪要', '关于全省高端化工产业链“链长制”工作推进情况的专题会议纪要']) {
      for (const width of [16, 20, 24, 30, 40]) {
        const lines = titleLines(title, width)
        expect(lines.join(''), title).toBe(title)
        expect(lines.some((l) => /[“"]链长制[”"]/.test(l)), `${width}: ${lines.join(' / ')}`).toBe(true)
        for (const l of lines) expect(/^[，。、；：”’》）]/.test(l), l).toBe(false)
      }
    }
  })

  it('breaks after 产业链 or a closing quote, lines within the width', () => {
    expect(titleLines('全省纺织服装产业链“链长制”专题推进会议纪要', 40)).toEqual(['全省纺织服装产业链', '“链长制”专题推进会议纪要'])
    const long = titleLines('山东省新一代信息技术产业链与高端装备产业链“链长制”联合专题推进会议暨重点项目调度会议纪要', 40)
    expect(long.length).toBeGreaterThan(1)
    for (const l of long) expect(displayWidth(l)).toBeLessThanOrEqual(40)
  })

  it('keeps Latin words whole', () => {
    const lines = titleLines('全省Textile and Garment产业链“链长制”专题推进会议纪要', 30)
    expect(lines.join('')).toBe('全省Textile and Garment产业链“链长制”专题推进会议纪要')
    for (const l of lines) expect(/^[a-z]|[A-Za-z]$/.test(l) && !/(Textile|Garment|and)$/.test(l), l).toBe(false)
  })

  it('balances an English name over two lines instead of leaving one word alone', () => {
    // 26 pt bold on the 156 mm text: 34 columns of half an em
    expect(titleLines('Secretariat of the Textile and Garment Chain', 34)).toEqual(['Secretariat of the Textile', 'and Garment Chain'])
    // 22 pt: the English title fits two lines, as Word sets it
    expect(titleLines('Minutes of the Special Meeting on Promoting the Textile and Garment Industrial Chain', 40.2)).toEqual([
      'Minutes of the Special Meeting on Promoting', 'the Textile and Garment Industrial Chain',
    ])
  })
})
