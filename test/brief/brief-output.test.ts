// The brief of a meeting (contract §6) called as functions (check → buildBrief → renderBrief):
// languages, --as-of and --window, a meeting of two chains, the HTML page's promises, and the
// data checked as of today. The command itself (exit codes, -o, TZ) is in brief-cli.test.ts.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import MarkdownIt from 'markdown-it'
import { checkWorkspace } from '../../src/check/run-checks.js'
import { renderBrief } from '../../src/render/brief/index.js'
import { buildBrief } from '../../src/report/brief/index.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { briefRun, checkRun } from '../helpers/in-process.js'
import { EXAMPLE, FIXTURES } from '../helpers/run-cli.js'

const MEETING = '2022-12-07-textile-garment'
const HOSTILE = join(FIXTURES, 'brief')

describe('the brief', () => {
  it('uses the workspace language by default and the chosen one with lang: the parts of contract §6 in order', () => {
    const en = briefRun(EXAMPLE, MEETING)
    const zh = briefRun(EXAMPLE, MEETING, { lang: 'zh' })
    expect(en.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Reports heard', '## What the meeting noted and required', '## Problems', '## Arrangements for the next stage', '## Attachment',
    ])
    expect(zh.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## 会议听取', '## 会议指出和要求', '## 存在问题', '## 下步工作安排', '## 附件',
    ])
    expect(en).toContain('On the morning of 7 December 2022, the Department of Industry and Information Technology of Shandong Province held the Special Meeting')
    expect(zh).toContain('2022年12月7日上午，山东省工业和信息化厅以视频形式召开')
    expect(zh).toContain('魏桥创业集团、迪尚集团、即发集团、鲁泰纺织等4家链主企业分别介绍了经济运行、重点项目建设和重大技术攻关情况。')
    expect(zh).toContain('**一**、完成产业链“N张清单”编制并印发链上企业（责任单位：纺织服装产业链秘书处；完成时限：2022年12月31日前）。')
    expect(zh).toContain('截至2022年12月7日，纺织服装产业链共有重点任务13项，其中推进中9项，未启动4项；30天内到期1项；加权平均进度28.9%。')
  })

  it('item numbers and lead words are bold in CommonMark, written without needless escapes', () => {
    const md = new MarkdownIt()
    const en = md.render(briefRun(EXAMPLE, MEETING))
    const zh = md.render(briefRun(EXAMPLE, MEETING, { lang: 'zh' }))
    expect(en).toContain('<p><strong>1.</strong> Finish the chain')
    expect(en).toContain('<p><strong>First,</strong> waterless dyeing')
    expect(zh).toContain('<p><strong>一</strong>、完成产业链')
    expect(zh).toContain('<p><strong>一是</strong>')
    expect(zh).toContain('<strong>会议指出</strong>，')
    for (const html of [en, zh]) expect(html).not.toContain('**')
  })

  it('a chain whose name ends in "chain" (产业链) is not called a "chain chain" (产业链产业链)', () => {
    const model = checkWorkspace(loadWorkspace(EXAMPLE), { asOf: '2022-12-07' }).model
    for (const lang of ['en', 'zh'] as const) {
      const brief = buildBrief(model, MEETING, { lang })
      const named = { ...brief, chains: brief.chains.map((c) => ({ ...c, name: lang === 'zh' ? `${c.name}产业链` : `${c.name} Chain` })) }
      named.lead = { ...brief.lead, chains: brief.lead.chains.map((c) => (lang === 'zh' ? `${c}产业链` : `${c} chain`)) }
      const text = renderBrief(named, { format: 'markdown' })
      expect(text).toContain(lang === 'zh' ? '纺织服装产业链' : 'the Textiles and Garments chain')
      expect(text).not.toMatch(/chain chain|产业链产业链/i)
    }
  })

  it('asOf moves the figures; window widens due soon', () => {
    const later = briefRun(EXAMPLE, MEETING, { asOf: '2023-01-15' })
    expect(later).toContain('As of 15 January 2023, the Textiles and Garments chain had 13 key tasks:')
    expect(later).toContain('| Compile the chain\'s "N lists" | Chain secretariat | 31 December 2022 | done | 100% |')
    const wide = briefRun(EXAMPLE, MEETING, { window: 400 })
    expect(wide).toContain('### Overdue tasks and tasks due within 400 days')
    expect(wide).toContain('| Dishang: expand overseas markets and ODM orders | Dishang | 31 December 2023 | 45% | in 389 days |')
  })

  it('a meeting of two chains: a part per chain in the attachment, a chain column in the deadline tables', () => {
    const lines = briefRun(HOSTILE, '2024-06-01-alpha', { lang: 'zh' }).split('\n')
    expect(lines.filter((l) => l.startsWith('### '))).toEqual(['### 阿尔法产业链重点任务推进情况', '### Beta产业链重点任务推进情况', '### 逾期及30天内到期任务'])
    expect(lines).toContain('| \\<img src=x onerror=alert(1)\\> task | 阿尔法 | \\# Heading Corp | 2024年3月1日 | 50% | 逾期92天 |')
    expect(lines).toContain('| Beta task | Beta | Dept\\|T | 2024年3月15日 | 30% | 逾期78天 |')
    expect(lines).toContain('2024年6月1日，召开Later meeting (after the second)，调度阿尔法和Beta产业链“链长制”工作进展情况，分析存在问题，安排部署下步重点任务。')
  })

  it('the data is checked as of today: check as of the meeting fails on later updates, the brief does not', () => {
    expect(checkRun(HOSTILE, { asOf: '2024-04-01' }).code).toBe(1)
    expect(briefRun(HOSTILE, '2024-04-01-alpha')).toContain('\n# Minutes of the ')
  })
})

describe('the brief as html', () => {
  const example = { code: 0, stdout: briefRun(EXAMPLE, MEETING, { lang: 'zh', format: 'html' }) }
  const hostile = { code: 0, stdout: briefRun(HOSTILE, '2024-04-01-alpha', { format: 'html' }) }

  it('is one self-contained printable page: A4, print CSS, Chinese fonts, rows kept whole, headers repeated', () => {
    expect(example.code).toBe(0)
    const html = example.stdout
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true)
    expect(html).toMatch(/@page\s*{\s*size: A4;\s*margin: [^;]+;/)
    expect(html).toContain('margin: 37mm 26mm 35mm 28mm;')
    expect(html).toContain('@bottom-center { content: "— " counter(page) " —";')
    expect(html).toContain('font-family: "FangSong_GB2312", "仿宋_GB2312", FangSong, "仿宋", STFangsong, "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", STSong, SimSun, "Noto Serif SC", serif;')
    expect(html).toContain('font-size: 16pt;')
    expect(html).toMatch(/h1 { font: bold 22pt/)
    expect(html).toContain('.issuer { margin: 0; text-align: center; color: #c00;')
    expect(html).toContain('.red-rule { border: 0; border-top: 1.5pt solid #c00;')
    expect(html).toMatch(/tr { break-inside: avoid; page-break-inside: avoid; }/)
    expect(html).toContain('thead { display: table-header-group; }')
    expect(html).toContain('<h2>下步工作安排</h2>')
    expect(html).not.toContain('@top-right') // a final brief has no draft mark
  })

  it('has no scripts and fetches nothing', () => {
    const allowed = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'article', 'header', 'footer', 'section', 'h1', 'h2', 'h3', 'p', 'br', 'hr', 'span', 'strong', 'table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td'])
    for (const html of [example.stdout, hostile.stdout]) {
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
    expect(example.stdout).not.toMatch(/https?:/i)
  })

  it('escapes every data string', () => {
    const html = hostile.stdout
    expect(hostile.code).toBe(0)
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt; task</td>')
    expect(html).toContain('Zhang &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('<td>+ plus &amp; &amp;amp; entity</td>')
    expect(html).toContain('Dept | of &lt;b&gt;Tests&lt;/b&gt;')
    expect(html).not.toContain('<b>')
    // A line break of the data is a character reference, so data never starts a line of the page (contract §8).
    expect(html).toContain('<title>Minutes of the # Second meeting&#10;- of *alpha* &lt;b&gt;|&lt;/b&gt;</title>')
  })
})
