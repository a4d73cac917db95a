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
    expect(markdown).toMatch(/^# /)
  })

  it('no raw HTML, links, images, code or emphasis come from the data', () => {
    const kinds = new Set(tokens.flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)]))
    for (const kind of ['html_block', 'html_inline', 'link_open', 'image', 'code_inline', 'code_block', 'fence', 'em_open', 'blockquote_open', 'hr']) {
      expect(kinds.has(kind), kind).toBe(false)
    }
    // Bold is ours only: labels, group names, reporters' names.
    const bold = tokens.flatMap((t) => (t.children ?? []).flatMap((c, i, all) => (c.type === 'strong_open' ? [all[i + 1]!.content] : [])))
    expect(bold).toContain('*Star* _Corp_ `code`')
  })

  it('headings are only the brief\'s own', () => {
    expect(headings()).toEqual([
      'h1 Minutes: # Second meeting - of *alpha* <b>|</b>',
      'h2 Overview',
      'h2 Attendees',
      'h2 Reports heard',
      'h2 Progress',
      'h3 Alpha | chain',
      'h2 Overdue and due-soon tasks',
      'h3 Overdue',
      'h3 Due within 30 days',
      'h2 Problems',
      'h3 Problems analysed at the meeting',
      'h3 Other open problems',
      'h2 Next key tasks',
    ])
  })

  it('lists are only the brief\'s own: overview, attendees, reports, decisions', () => {
    const lists = tokens.filter((t) => t.type === 'bullet_list_open' || t.type === 'ordered_list_open').map((t) => t.type)
    expect(lists).toEqual(['bullet_list_open', 'bullet_list_open', 'ordered_list_open', 'ordered_list_open'])
    const items = tokens.filter((t) => t.type === 'list_item_open').length
    expect(items).toBe(6 + 6 + 2 + 3)
  })

  it('the tasks table holds each value in its own cell', () => {
    const [, tasks] = tables()
    expect(tasks).toEqual([
      ['Task', 'Owner', 'Due', 'Status', 'Progress', 'Since last meeting'],
      ['Pipe | task with newline', '*Star* _Corp_ `code`', '30 June 2024', 'in progress', '40%', '+20'],
      ['<img src=x onerror=alert(1)> task', '# Heading Corp', '1 March 2024', 'in progress (overdue)', '50%', '+40'],
      ['+ plus & &amp; entity', '- Dash Association', '15 April 2024', 'in progress (due soon)', '30%', '0'],
      ['- cancelled task', 'Dept|T', '31 December 2024', 'cancelled', '10%', '0'],
      ['## Weighted', 'Zhang <script>alert(1)</script>', '31 December 2025', 'planned', '0%', '0'],
      ['1. Slipping back', '1. Numbered Institute', '31 December 2024', 'in progress', '40%', '-10'],
    ])
  })

  it('deadline and problem tables too', () => {
    const [summary, , overdue, dueSoon, listed, others] = tables()
    expect(summary![1]).toEqual(['6', '0', '4', '0', '1', '26.7%'])
    expect(overdue!.slice(1)).toEqual([['<img src=x onerror=alert(1)> task', '# Heading Corp', '1 March 2024', 'in progress', '50%', '31 days overdue']])
    expect(dueSoon!.slice(1)).toEqual([['+ plus & &amp; entity', '- Dash Association', '15 April 2024', 'in progress', '30%', 'due in 14 days']])
    expect(listed!.slice(1)).toEqual([
      ['Problem | one *bold*', 'Pipe | task with newline', '*Star* _Corp_ `code`', '20 January 2024', 'Dept|T', 'open'],
      ['Resolved before the meeting', '—', '—', '1 February 2024', '—', 'resolved 25 March 2024'],
    ])
    expect(others!.slice(1)).toEqual([
      ['Resolved after the meeting # not a heading', '—', '—', '10 February 2024', '> Quote Person', 'open'],
      ['`Open` since January', '—', '—', '1 January 2024', '—', 'open'],
    ])
  })

  it('list items and paragraphs keep the data as text', () => {
    const paragraphs = tokens.flatMap((t, i) => (t.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open' ? [inlineText(t)] : []))
    expect(paragraphs).toContain('First paragraph | with a pipe.')
    expect(paragraphs).toContain('# Second paragraph still second.')
    expect(paragraphs).toContain('Summary with <script>x</script> and [a link](javascript:alert(1))')
    expect(paragraphs).toContain('[strong_open]*Star* _Corp_ `code`[strong_close]: - report | one ## not a heading.')
    expect(paragraphs).toContain('- do the | thing + and this. Responsible unit: *Star* _Corp_ `code`. Deadline: 1 May 2024.')
    expect(paragraphs).toContain('10. numbered *decision*. Responsible unit: > Quote Person.')
    expect(paragraphs).toContain('[strong_open]Other[strong_close]: > Quote Person')
  })
})
