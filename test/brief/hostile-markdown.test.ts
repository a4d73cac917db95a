// The brief of a meeting full of hostile text, parsed back as CommonMark with GitHub tables
// (markdown-it): data never breaks a table, turns into markup or raw HTML, or starts a
// heading or a list; every cell holds exactly the data's text (contract §6, PITFALLS §5).
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { briefRun } from '../helpers/in-process.js'
import { FIXTURES } from '../helpers/run-cli.js'

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number]

const md = new MarkdownIt('commonmark', { html: true }).enable('table')
const markdown = briefRun(join(FIXTURES, 'brief'), '2024-04-01-alpha')
const tokens = md.parse(markdown, {})

/** The text a reader sees in an inline token: text, breaks as spaces; markup flagged. */
function inlineText(token: Token): string {
  return (token.children ?? []).map((c) => (c.type === 'text' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : `[${c.type}]`)).join('')
}

/** Every table as rows of cell texts, header row first. */
function tables(): string[][][] {
  const out: string[][][] = []
  let row: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.type === 'table_open') out.push([])
    if (t.type === 'tr_open') row = []
    if (t.type === 'inline' && (tokens[i - 1]?.type === 'td_open' || tokens[i - 1]?.type === 'th_open')) row.push(inlineText(t))
    if (t.type === 'tr_close') out[out.length - 1]!.push(row)
  }
  return out
}

const headings = () =>
  tokens.flatMap((t, i) => (t.type === 'heading_open' ? [`${t.tag} ${inlineText(tokens[i + 1]!)}`] : []))

describe('hostile text in a brief', () => {
  it('the brief is written (briefRun throws on data errors and on anything printed to stderr)', () => {
    expect(markdown).toMatch(/^\*\*Dept .*\n# Minutes of the /s)
  })

  it('no raw HTML, links, images, code or emphasis come from the data', () => {
    const kinds = new Set(tokens.flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)]))
    for (const kind of ['html_block', 'html_inline', 'link_open', 'image', 'code_inline', 'code_block', 'fence', 'em_open', 'blockquote_open']) {
      expect(kinds.has(kind), kind).toBe(false)
    }
    // The one rule is ours: under the head.
    expect(tokens.filter((t) => t.type === 'hr').length).toBe(1)
    // Bold is ours only: the issuing unit, lead words and item numbers.
    const bold = tokens.flatMap((t) => (t.children ?? []).flatMap((c, i, all) => (c.type === 'strong_open' ? [all[i + 1]!.content] : [])))
    expect(bold).toEqual(['Dept | of <b>Tests</b>', 'First,', 'Second,', 'First,', 'Second,', '1.', '2.', '3.', 'Present'])
  })

  it("headings are only the brief's own", () => {
    expect(headings()).toEqual([
      'h1 Minutes of the # Second meeting - of *alpha* <b>|</b>',
      'h2 Reports heard',
      'h2 Follow-up of the previous meeting’s decisions',
      'h2 Problems',
      'h2 Arrangements for the next stage',
      'h2 Attachment',
      'h3 Alpha | chain: key tasks',
      'h3 Overdue tasks and tasks due within 30 days',
    ])
  })

  it('no list comes from the data: the minutes number in prose', () => {
    const lists = tokens.filter((t) => t.type === 'bullet_list_open' || t.type === 'ordered_list_open')
    expect(lists).toEqual([])
  })

  it('the tasks table holds each value in its own cell', () => {
    const [tasks] = tables()
    expect(tasks).toEqual([
      ['Task', 'Lead unit', 'Due', 'Status', 'Progress', 'Change since 1 February 2024'],
      ['Pipe | task with newline', '*Star* _Corp_ `code`', '30 June 2024', 'in progress', '40%', '+20'],
      ['<img src=x onerror=alert(1)> task', '# Heading Corp', '1 March 2024', 'in progress, overdue', '50%', '+40'],
      ['+ plus & &amp; entity', '- Dash Association', '15 April 2024', 'in progress, due soon', '30%', '0'],
      ['- cancelled task', 'Dept|T', '31 December 2024', 'cancelled', '10%', '0'],
      ['## Weighted', 'Zhang <script>alert(1)</script>', '31 December 2025', 'not started', '0%', '0'],
      ['1. Slipping back', '1. Numbered Institute', '31 December 2024', 'in progress', '40%', '−10'],
    ])
  })

  it('deadline tables too', () => {
    const [, overdue, dueSoon] = tables()
    expect(overdue!.slice(1)).toEqual([['<img src=x onerror=alert(1)> task', '# Heading Corp', '1 March 2024', '50%', '31 days overdue']])
    expect(dueSoon!.slice(1)).toEqual([['+ plus & &amp; entity', '- Dash Association', '15 April 2024', '30%', 'in 14 days']])
  })

  it('paragraphs keep the data as text', () => {
    const paragraphs = tokens.flatMap((t, i) => (t.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open' ? [inlineText(t)] : []))
    expect(paragraphs.find((p) => p.startsWith('On 1 April 2024'))).toContain('First paragraph | with a pipe. # Second paragraph still second.')
    expect(paragraphs).toContain('The meeting heard a report by *Star* _Corp_ `code` on - report | one ## not a heading. Summary with <script>x</script> and [a link](javascript:alert(1)). [Link](http://evil.example) University reported on > quoted topic.')
    expect(paragraphs).toContain('[strong_open]First,[strong_close] problem | one *bold* (raised by *Star* _Corp_ `code`; holding up “Pipe | task with newline”).')
    expect(paragraphs).toContain('[strong_open]1.[strong_close] - do the | thing + and this. Responsible unit: *Star* _Corp_ `code`. Deadline: 1 May 2024.')
    expect(paragraphs).toContain('[strong_open]2.[strong_close] 10. numbered *decision*. Responsible unit: > Quote Person.')
  })
})
