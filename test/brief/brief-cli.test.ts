// `chainchief brief` end to end (contract §6, §4 exit codes): determinism, -o, languages,
// the HTML page's promises, an unknown meeting (exit 2), data with errors (exit 1).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { EXAMPLE, FIXTURES, runCli, scratchCopy, scratchDir } from '../helpers/run-cli.js'

const MEETING = '2022-12-07-textile-garment'
const HOSTILE = join(FIXTURES, 'brief')
const scratch = scratchDir()
afterAll(() => scratch.cleanup())

describe('chainchief brief', () => {
  it('is deterministic: same data, same bytes, on stdout and with -o', () => {
    const a = runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', 'zh'])
    const b = runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', 'zh'], { env: { TZ: 'America/Los_Angeles', LANG: 'C' } })
    const file = join(scratch.dir, 'brief.md')
    const c = runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', 'zh', '-o', file])
    expect(a.code).toBe(0)
    expect(b.stdout).toBe(a.stdout)
    expect(c.stdout).toBe('')
    expect(c.code).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(a.stdout)
  })

  it('uses the workspace language by default and the chosen one with --lang: the parts of contract §6 in order', () => {
    const en = runCli(['brief', MEETING, '-w', EXAMPLE]).stdout
    const zh = runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', 'zh']).stdout
    expect(en.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Reports heard', '## What the meeting noted and required', '## Problems', '## Arrangements for the next stage', '## Attachment',
    ])
    expect(zh.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## 会议听取', '## 会议指出和要求', '## 存在问题', '## 下步工作安排', '## 附件',
    ])
    expect(en).toContain('On the morning of 7 December 2022, the Department of Industry and Information Technology of Shandong Province held the Special Meeting')
    expect(zh).toContain('2022年12月7日上午，山东省工业和信息化厅以视频形式召开')
    expect(zh).toContain('魏桥创业集团、迪尚集团、即发集团、鲁泰纺织等4家链主企业分别介绍了经济运行、重点项目建设和重大技术攻关情况。')
    expect(zh).toContain('**一、**完成产业链“N张清单”编制并印发链上企业（责任单位：纺织服装产业链秘书处；完成时限：2022年12月31日前）。')
    expect(zh).toContain('截至2022年12月7日，纺织服装产业链共有重点任务13项，其中推进中9项，未启动4项；30天内到期1项；加权平均进度28.9%。')
  })

  it('--as-of moves the figures; --window widens due soon', () => {
    const later = runCli(['brief', MEETING, '-w', EXAMPLE, '--as-of', '2023-01-15']).stdout
    expect(later).toContain('As of 15 January 2023, the Textiles and Garments chain had 13 key tasks:')
    expect(later).toContain('| Compile the chain\'s "N lists" | Chain secretariat | 31 December 2022 | done | 100% |')
    const wide = runCli(['brief', MEETING, '-w', EXAMPLE, '--window', '400']).stdout
    expect(wide).toContain('### Overdue tasks and tasks due within 400 days')
    expect(wide).toContain('| Dishang: expand overseas markets and ODM orders | Dishang | 31 December 2023 | 45% | in 389 days |')
  })

  it('a meeting of two chains: a part per chain in the attachment, a chain column in the deadline tables', () => {
    const run = runCli(['brief', '2024-06-01-alpha', '-w', HOSTILE, '--lang', 'zh'])
    expect(run.code).toBe(0)
    const lines = run.stdout.split('\n')
    expect(lines.filter((l) => l.startsWith('### '))).toEqual(['### 阿尔法产业链重点任务推进情况', '### Beta产业链重点任务推进情况', '### 逾期及30天内到期任务'])
    expect(lines).toContain('| \\<img src=x onerror=alert(1)\\> task | 阿尔法 | \\# Heading Corp | 2024年3月1日 | 50% | 逾期92天 |')
    expect(lines).toContain('| Beta task | Beta | Dept\\|T | 2024年3月15日 | 30% | 逾期78天 |')
    expect(lines).toContain('2024年6月1日，召开Later meeting (after the second)，调度阿尔法和Beta产业链“链长制”工作进展情况，分析存在问题，安排部署下步重点任务。')
  })

  it('docx: to -o only (exit 2 on stdout); the same bytes on every run', () => {
    const stdout = runCli(['brief', MEETING, '-w', EXAMPLE, '--format', 'docx'])
    expect(stdout.code).toBe(2)
    expect(stdout.stdout).toBe('')
    expect(stdout.stderr).toBe('chainchief: --format docx writes a Word document, which is binary: give a file with -o <file.docx>\n')
    const [a, b] = ['a.docx', 'b.docx'].map((name) => {
      const file = join(scratch.dir, name)
      expect(runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', 'zh', '--format', 'docx', '-o', file]).code).toBe(0)
      return readFileSync(file)
    })
    expect(a!.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'))
    expect(b!.equals(a!)).toBe(true)
  })

  it('an unknown meeting id: exit 2, naming the closest ids', () => {
    const run = runCli(['brief', '2024-04-01-alhpa', '-w', HOSTILE])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('chainchief: no meeting "2024-04-01-alhpa"; closest: 2024-04-01-alpha, 2024-02-01-alpha, 2024-06-01-alpha\n')
  })

  it('a bad flag value: exit 2', () => {
    expect(runCli(['brief', MEETING, '-w', EXAMPLE, '--format', 'pdf']).code).toBe(2)
    expect(runCli(['brief', MEETING, '-w', EXAMPLE, '--window', 'soon']).code).toBe(2)
    // with no meeting id: the list of meetings, exit 0
    expect(runCli(['brief', '-w', EXAMPLE]).stdout).toContain(`  2022-12-07  ${MEETING}  `)
  })

  it('data with errors: the errors on stderr, no brief, exit 1', () => {
    const copy = scratchCopy(HOSTILE)
    try {
      const file = join(copy.dir, 'chains/alpha.yaml')
      writeFileSync(file, readFileSync(file, 'utf8').replace('owner: ent-b', 'owner: ent-c'))
      const run = runCli(['brief', '2024-04-01-alpha', '-w', copy.dir])
      expect(run.code).toBe(1)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain('chains/alpha.yaml:')
      expect(run.stderr).toContain('unknown-ref')
    } finally {
      copy.cleanup()
    }
  })

  it('checks the data as of today, so future-date (an error in this workspace) does not stop a past meeting', () => {
    // Updates after 2024-04-01 exist; `check --as-of 2024-04-01` fails on them.
    expect(runCli(['check', '-w', HOSTILE, '--as-of', '2024-04-01']).code).toBe(1)
    expect(runCli(['brief', '2024-04-01-alpha', '-w', HOSTILE]).code).toBe(0)
  })
})

describe('chainchief brief --format html', () => {
  const example = runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', 'zh', '--format', 'html'])
  const hostile = runCli(['brief', '2024-04-01-alpha', '-w', HOSTILE, '--format', 'html'])

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
    const allowed = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'article', 'header', 'footer', 'section', 'h1', 'h2', 'h3', 'p', 'hr', 'span', 'strong', 'table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td'])
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
    expect(html).toContain('<title>Minutes of the # Second meeting\n- of *alpha* &lt;b&gt;|&lt;/b&gt;</title>')
  })
})
