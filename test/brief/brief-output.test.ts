// The brief of a meeting (contract §6) called as functions (check → buildBrief → renderBrief):
// languages, --as-of and --window, a meeting of two chains, the HTML page's promises, and the
// data checked as of today. The command itself (exit codes, -o, TZ) is in brief-cli.test.ts.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { briefRun, checkRun } from '../helpers/in-process.js'
import { EXAMPLE, FIXTURES } from '../helpers/run-cli.js'

const MEETING = '2022-12-07-textile-garment'
const HOSTILE = join(FIXTURES, 'brief')

describe('the brief', () => {
  it('uses the workspace language by default and the chosen one with lang', () => {
    const en = briefRun(EXAMPLE, MEETING)
    const zh = briefRun(EXAMPLE, MEETING, { lang: 'zh' })
    expect(en.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Overview', '## Attendees', '## Reports heard', '## Progress', '## Overdue and due-soon tasks', '## Problems', '## Next key tasks',
    ])
    expect(zh.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## 会议概况', '## 出席', '## 会议听取', '## 工作进展', '## 逾期及即将到期任务', '## 存在问题', '## 下步重点任务',
    ])
    expect(en).toContain('- **Date**: 7 December 2022')
    expect(zh).toContain('- **时间**：2022年12月7日')
    expect(zh).toContain('一、完成产业链“N张清单”编制并印发链上企业。（责任单位：纺织服装产业链秘书处；完成时限：2022年12月31日）')
    expect(zh).toContain('五、高校院所围绕链上企业需求开展产学研对接和技能培训。')
  })

  it('asOf moves the figures; window widens due soon', () => {
    const later = briefRun(EXAMPLE, MEETING, { asOf: '2023-01-15' })
    expect(later).toContain('- **Figures as of**: 15 January 2023')
    expect(later).toContain('| Compile the chain\'s "N lists" | Chain secretariat | 31 December 2022 | done | 100% | — |')
    const wide = briefRun(EXAMPLE, MEETING, { window: 400 })
    expect(wide).toContain('### Due within 400 days')
    expect(wide).toContain('| Dishang: expand overseas markets and ODM orders | Dishang | 31 December 2023 | in progress | 45% | due in 389 days |')
  })

  it('a meeting of two chains: a section per chain, a chain column in the deadline tables', () => {
    const lines = briefRun(HOSTILE, '2024-06-01-alpha', { lang: 'zh' }).split('\n')
    expect(lines.filter((l) => l.startsWith('### '))).toEqual(['### 阿尔法', '### Beta', '### 逾期任务', '### 30天内到期任务', '### 未解决问题'])
    expect(lines).toContain('| \\<img src=x onerror=alert(1)\\> task | 阿尔法 | \\# Heading Corp | 2024年3月1日 | 推进中 | 50% | 逾期92天 |')
    expect(lines).toContain('| Beta task | Beta | Dept\\|T | 2024年3月15日 | 推进中 | 30% | 逾期78天 |')
    expect(lines).toContain('产业链服务专员：Zhang \\<script\\>alert(1)\\</script\\>（Dept\\|T Director and \\| Chief）。')
    expect(lines).toContain('“较上次会议”为进度与上次会议（2024年3月1日，Beta meeting (covers another chain)）时相比变化的百分点。')
  })

  it('the data is checked as of today: check as of the meeting fails on later updates, the brief does not', () => {
    expect(checkRun(HOSTILE, { asOf: '2024-04-01' }).code).toBe(1)
    expect(briefRun(HOSTILE, '2024-04-01-alpha')).toContain('# ')
  })
})

describe('the brief as html', () => {
  const example = briefRun(EXAMPLE, MEETING, { lang: 'zh', format: 'html' })
  const hostile = briefRun(HOSTILE, '2024-04-01-alpha', { format: 'html' })

  it('is one self-contained printable page: A4, print CSS, Chinese fonts, rows kept whole, headers repeated', () => {
    const html = example
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true)
    expect(html).toMatch(/@page\s*{\s*size: A4;\s*margin: [^;]+;/)
    expect(html).toContain('"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC"')
    expect(html).toContain('SimSun')
    expect(html).toMatch(/tr { break-inside: avoid; page-break-inside: avoid; }/)
    expect(html).toContain('thead { display: table-header-group; }')
    expect(html).toContain('<h2>下步重点任务</h2>')
  })

  it('has no scripts and fetches nothing', () => {
    const allowed = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'article', 'header', 'section', 'h1', 'h2', 'h3', 'p', 'dl', 'dt', 'dd', 'ol', 'li', 'span', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td'])
    for (const html of [example, hostile]) {
      expect(html).not.toMatch(/<script/i)
      // Every tag is one of ours, with no attribute that could load or link anything.
      for (const [tag, name, attributes] of html.matchAll(/<\/?([!a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
        expect(allowed.has(name!.toLowerCase()), tag).toBe(true)
        const rest = attributes!.replace(/\s([a-z-]+)="[^"<>]*"/g, (_, attribute: string) => {
          expect(['class', 'lang', 'charset', 'name', 'content'], tag).toContain(attribute)
          return ''
        })
        expect(rest.trim(), tag).toBe(name === '!DOCTYPE' ? 'html' : '')
      }
      expect(html).not.toMatch(/url\(|@import/i)
    }
    expect(example).not.toMatch(/https?:/i)
  })

  it('escapes every data string', () => {
    const html = hostile
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt; task</td>')
    expect(html).toContain('Zhang &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('<td>+ plus &amp; &amp;amp; entity</td>')
    expect(html).toContain('Dept | of &lt;b&gt;Tests&lt;/b&gt;')
    expect(html).not.toContain('<b>')
    // A line break of the data is a character reference, so data never starts a line of the page (contract §8).
    expect(html).toContain('<title>Minutes: # Second meeting&#10;- of *alpha* &lt;b&gt;|&lt;/b&gt;</title>')
  })
})
