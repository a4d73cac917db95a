// The markdown escapers and the language helpers of briefs, one value at a time.
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { markdownCell, markdownParagraphs, markdownText, oneLine } from '../../src/render/markdown.js'
import { chineseNumeral, formatDate, itemNumber } from '../../src/render/brief/labels.js'

const md = new MarkdownIt('commonmark', { html: true }).enable('table')

/** What a reader sees when the value is a paragraph of its own, and the tokens it makes. */
function asParagraph(value: string): { text: string; kinds: string[] } {
  const tokens = md.parse(markdownText(value), {})
  const kinds = tokens.flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)])
  return { text: tokens[1]?.children?.map((c) => (c.type === 'softbreak' ? ' ' : c.content)).join('') ?? '', kinds }
}

describe('markdownText', () => {
  const hostile = [
    '# heading', '## two', '- item', '+ item', '* item', '> quote', '1. first', '2) second', '123456789. big', '=== setext',
    '---', '***', '```js', '~~~', '    indented code', '<div>raw</div>', '<!-- comment -->', '<https://example.org>',
    '[link](http://x)', '![img](http://x/y.png)', '*em* _em_ **strong** ~~strike~~', '`code`', 'a | b | c',
    '&amp; &#65; &copy;', 'trailing backslash \\', 'back\\slash\\*', 'tab\tand\nnew\r\nlines', 'ctrl\u001b[31mred\u0007',
  ]
  for (const value of hostile) {
    it(JSON.stringify(value), () => {
      const { text, kinds } = asParagraph(value)
      expect(kinds).toEqual(['paragraph_open', 'inline', 'text', 'paragraph_close'])
      expect(text).toBe(oneLine(value))
    })
  }

  it('leaves plain text, Chinese included, as it is', () => {
    expect(markdownText('纺织服装产业链“链长制”工作进展情况')).toBe('纺织服装产业链“链长制”工作进展情况')
    expect(markdownText('Shandong University of Art & Design')).toBe('Shandong University of Art & Design')
  })
})

describe('markdownCell and markdownParagraphs', () => {
  it('an empty cell shows an em dash', () => {
    expect(markdownCell(undefined)).toBe('—')
    expect(markdownCell(' \n ')).toBe('—')
  })
  it('splits notes at blank lines', () => {
    expect(markdownParagraphs('one\nline\n\n# two\n \n')).toEqual(['one line', '\\# two'])
  })
})

describe('language helpers', () => {
  it('dates as each language writes them', () => {
    expect(formatDate('2022-12-07', 'en')).toBe('7 December 2022')
    expect(formatDate('2022-12-07', 'zh')).toBe('2022年12月7日')
  })
  it('Chinese item numbers', () => {
    expect([1, 2, 3, 10, 11, 20, 21, 99, 100, 105, 110, 120].map(chineseNumeral)).toEqual([
      '一', '二', '三', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十', '一百二十',
    ])
    expect(itemNumber(3, 'zh')).toBe('三、')
    expect(itemNumber(3, 'en')).toBe('3.')
  })
})
