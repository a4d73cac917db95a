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

  it('uses the workspace language by default and the chosen one with --lang', () => {
    const en = runCli(['brief', MEETING, '-w', EXAMPLE]).stdout
    const zh = runCli(['brief', MEETING, '-w', EXAMPLE, '--lang', 'zh']).stdout
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

  it('--as-of moves the figures; --window widens due soon', () => {
    const later = runCli(['brief', MEETING, '-w', EXAMPLE, '--as-of', '2023-01-15']).stdout
    expect(later).toContain('- **Figures as of**: 15 January 2023')
    expect(later).toContain('| Compile the chain\'s "N lists" | Chain secretariat | 31 December 2022 | done | 100% | — |')
    const wide = runCli(['brief', MEETING, '-w', EXAMPLE, '--window', '400']).stdout
    expect(wide).toContain('### Due within 400 days')
    expect(wide).toContain('| Dishang: expand overseas markets and ODM orders | Dishang | 31 December 2023 | in progress | 45% | due in 389 days |')
  })

  it('a meeting of two chains: a section per chain, a chain column in the deadline tables', () => {
    const run = runCli(['brief', '2024-06-01-alpha', '-w', HOSTILE, '--lang', 'zh'])
    expect(run.code).toBe(0)
    const lines = run.stdout.split('\n')
    expect(lines.filter((l) => l.startsWith('### '))).toEqual(['### 阿尔法', '### Beta', '### 逾期任务', '### 30天内到期任务', '### 未解决问题'])
    expect(lines).toContain('| \\<img src=x onerror=alert(1)\\> task | 阿尔法 | \\# Heading Corp | 2024年3月1日 | 推进中 | 50% | 逾期92天 |')
    expect(lines).toContain('| Beta task | Beta | Dept\\|T | 2024年3月15日 | 推进中 | 30% | 逾期78天 |')
    expect(lines).toContain('产业链服务专员：Zhang \\<script\\>alert(1)\\</script\\>（Dept\\|T Director and \\| Chief）。')
    expect(lines).toContain('“较上次会议”为进度与上次会议（2024年3月1日，Beta meeting (covers another chain)）时相比变化的百分点。')
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
    expect(html).toContain('"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC"')
    expect(html).toContain('SimSun')
    expect(html).toMatch(/tr { break-inside: avoid; page-break-inside: avoid; }/)
    expect(html).toContain('thead { display: table-header-group; }')
    expect(html).toContain('<h2>下步重点任务</h2>')
  })

  it('has no scripts and fetches nothing', () => {
    const allowed = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'article', 'header', 'section', 'h1', 'h2', 'h3', 'p', 'dl', 'dt', 'dd', 'ol', 'li', 'span', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td'])
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
    expect(html).toContain('<title>Minutes: # Second meeting\n- of *alpha* &lt;b&gt;|&lt;/b&gt;</title>')
  })
})
