// Hostile text in the meeting fields of version 2 (number, time, location, points,
// present_also, absent, distribution; issue #12): in markdown it stays text (parsed back as
// CommonMark: no raw HTML, links or headings from data), in HTML it is escaped, in Word XML it
// stays well-formed text with no control characters.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import MarkdownIt from 'markdown-it'
import { afterAll, describe, expect, it } from 'vitest'
import { checkWorkspace } from '../../src/check/run-checks.js'
import { renderBrief } from '../../src/render/brief/index.js'
import { buildBrief } from '../../src/report/brief/index.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { FIXTURES } from '../helpers/run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'chainchief-hostile-fields-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
cpSync(join(FIXTURES, 'brief'), dir, { recursive: true })
// A person whose name has a newline and markup, attending only as a guest.
appendFileSync(join(dir, 'people.yaml'), '  - id: p-guest\n    name: "Guest\\n<i>Name</i> ]]> & co"\n    organization: dept\n')
appendFileSync(
  join(dir, 'meetings/2024-04-01-alpha.yaml'),
  [
    'number: "<b>No.</b> 1 ]]> \\u0007"',
    'time: "# morning\\n- 09:30"',
    'location: "Room [x](javascript:alert(1)) & <img src=x>"',
    'points:',
    '  - kind: noted',
    '    text: "<script>alert(1)</script> ]]> noted \\e[31m red \\u202e"',
    '  - kind: stressed',
    '    by: p-chair',
    '    text: "## stressed\\n> quoted & <u>x</u>"',
    '  - kind: required',
    '    text: "::error::required | pipe"',
    'present_also: [p-guest]',
    'absent: [p-loose]',
    'distribution: [p-guest, dept]',
    'status: draft',
    '',
  ].join('\n'),
)

const result = checkWorkspace(loadWorkspace(dir), { asOf: '2026-01-01' })
const brief = (lang: 'en' | 'zh') => buildBrief(result.model, '2024-04-01-alpha', { lang })

describe('hostile text in the new meeting fields', () => {
  it('the data passes check', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it.each(['en', 'zh'] as const)('markdown (%s): no raw HTML, link, image or heading from the data; the texts are there', (lang) => {
    const text = renderBrief(brief(lang))
    const tokens = new MarkdownIt('commonmark', { html: true }).enable('table').parse(text, {})
    const kinds = new Set(tokens.flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)]))
    for (const kind of ['html_block', 'html_inline', 'link_open', 'image', 'code_inline', 'fence']) expect(kinds.has(kind), kind).toBe(false)
    const inline = tokens.flatMap((t) => (t.children ?? []).filter((c) => c.type === 'text').map((c) => c.content)).join(' ')
    for (const piece of ['<script>alert(1)</script> ]]> noted', 'Room [x](javascript:alert(1)) & <img src=x>', '<b>No.</b> 1 ]]>', 'Guest <i>Name</i> ]]> & co', '## stressed > quoted & <u>x</u>']) {
      expect(inline, piece).toContain(piece)
    }
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/)
    for (const line of text.split('\n')) expect(line.trimStart().startsWith('::'), line).toBe(false)
  })

  it.each(['en', 'zh'] as const)('HTML (%s): every data string escaped, nothing of it becomes markup', (lang) => {
    const html = renderBrief(brief(lang), { format: 'html' })
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).not.toContain('<img src=x>')
    expect(html).not.toContain('<u>x</u>')
    expect(html).not.toContain('<i>Name</i>')
    for (const piece of ['&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; noted', 'Room [x](javascript:alert(1)) &amp; &lt;img src=x&gt;', '&lt;b&gt;No.&lt;/b&gt; 1 ]]&gt;', 'Guest']) {
      expect(html, piece).toContain(piece)
    }
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/)
  })

  it('docx: the XML of the document stays well formed text, without control characters', async () => {
    const files = unzipSync(await renderBrief(brief('en'), { format: 'docx' }))
    const doc = strFromU8(files['word/document.xml']!)
    for (const piece of ['&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; noted', 'Room [x](javascript:alert(1)) &amp; &lt;img src=x&gt;', 'Guest &lt;i&gt;Name&lt;/i&gt; ]]&gt; &amp; co']) {
      expect(doc, piece).toContain(piece)
    }
    expect(doc).not.toMatch(/<script|<img |<u>|<i>/)
    expect(doc).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/)
    // ]]> in data is text, escaped as &gt; where it stands
    expect(doc).not.toContain(']]>')
    for (const name of Object.keys(files).filter((n) => n.endsWith('.xml'))) {
      expect(() => new DOMParserLike(strFromU8(files[name]!)).check(), name).not.toThrow()
    }
  })
})

/** A small well-formedness check: tags nest and close, attributes quoted, no bare & or <. */
class DOMParserLike {
  constructor(private readonly xml: string) {}
  check(): void {
    const body = this.xml.replace(/^<\?xml[^?]*\?>/, '')
    const stack: string[] = []
    const re = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g
    for (const m of body.matchAll(re)) {
      if (m[6]) throw new Error(`stray < at ${m.index}`)
      if (m[5] !== undefined) {
        if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(m[5])) throw new Error(`bare & at ${m.index}`)
        continue
      }
      if (m[4]) continue
      if (m[1]) {
        if (stack.pop() !== m[2]) throw new Error(`</${m[2]}> closes the wrong element at ${m.index}`)
      } else stack.push(m[2]!)
    }
    if (stack.length) throw new Error(`unclosed <${stack.at(-1)}>`)
  }
}
