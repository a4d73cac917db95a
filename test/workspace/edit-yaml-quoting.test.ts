// Text from a command line is written so that it reads back exactly as given (SPEC §9,
// PITFALLS §7): Chinese, colons, ` #`, a leading `-` or `#`, quotes, line breaks, a
// full-width colon beside an ASCII one, words YAML would read as other types. Every string
// in every place a write can put it, read back by the `yaml` package and by the project's
// own loader (whose fast path is another parser), with no other line touched.
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { editYaml, type YamlEdit } from '../../src/workspace/edit/yaml-edit.js'
import { parseYamlFast } from '../../src/workspace/parse-yaml-fast.js'

const TEXTS = [
  '纺织服装产业链', '进展: 顺利', '全角：冒号: 半角', '全角：冒号', 'a:b', 'key: value', 'a # not a comment', 'a#b',
  '# leading hash', '- leading dash', '-', '--- three', '...', '? question', ':colon', '"double"', "'single'", "it's",
  'say "hi"', 'back\\slash', 'line one\nline two', 'trailing newline\n', '\nleading newline', 'cr\r\nlf', ' leading space',
  'trailing space ', 'tab\tinside', 'true', 'False', 'null', '~', 'yes', 'no', 'on', '123', '-1.5', '0x1F', '1e3', '.inf',
  '2024-06-30', '2024-02-30', '12:30', '@at', '`tick', '%percent', '!tag', '&anchor', '*alias', '|pipe', '>folded',
  '[bracket]', '{brace}', 'a, b', 'a]b', 'a}b', '<<', '', ' ', '😀 emoji 𠀀', 'zero\u200bwidth', 'bom\ufeffinside',
  'line\u2028separator', 'bell\u0007', 'esc\u001b[31m', 'del\u007f', 'nel\u0085', 'bidi\u202e', '（括号）', '【方括号】',
  '「引号」', '— dash', '…', 'x'.repeat(300), `${'长'.repeat(120)}: ${'文'.repeat(120)}`,
]

interface Place {
  name: string
  before: string
  edit: (text: string) => YamlEdit
  read: (data: any) => unknown
  /** How many lines the write adds. */
  adds: number
  /** How many lines of the original the write may change (the rest stay, byte for byte). */
  changes?: number
}

/** Lines before and after the changed part that are the same in both texts. */
function untouched(before: string[], after: string[]): number {
  let prefix = 0
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++
  let suffix = 0
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++
  return prefix + suffix
}

const PLACES: Place[] = [
  { name: 'a block map value', before: 'a:\n  note: old\n  z: 1\n', edit: (t) => ({ op: 'set', path: ['a', 'note'], value: t }), read: (d) => d.a.note, adds: 0 },
  { name: 'a double-quoted value', before: 'a:\n  note: "old"\n  z: 1\n', edit: (t) => ({ op: 'set', path: ['a', 'note'], value: t }), read: (d) => d.a.note, adds: 0 },
  { name: 'a single-quoted value', before: "a:\n  note: 'old'\n  z: 1\n", edit: (t) => ({ op: 'set', path: ['a', 'note'], value: t }), read: (d) => d.a.note, adds: 0 },
  { name: 'a block scalar', before: 'a:\n  note: |\n    old\n  z: 1\n', edit: (t) => ({ op: 'set', path: ['a', 'note'], value: t }), read: (d) => d.a.note, adds: -1, changes: 2 },
  { name: 'a flow map value', before: 'a: {note: old, z: 1}\n', edit: (t) => ({ op: 'set', path: ['a', 'note'], value: t }), read: (d) => d.a.note, adds: 0 },
  { name: 'a new key of a block map', before: 'a:\n  z: 1\nb: 2\n', edit: (t) => ({ op: 'set', path: ['a', 'note'], value: t }), read: (d) => d.a.note, adds: 1, changes: 0 },
  { name: 'a new key of a flow map', before: 'a: {z: 1}\nb: 2\n', edit: (t) => ({ op: 'set', path: ['a', 'note'], value: t }), read: (d) => d.a.note, adds: 0 },
  { name: 'an item of a block list', before: 'list:\n  - x\nb: 2\n', edit: (t) => ({ op: 'append', path: ['list'], value: t }), read: (d) => d.list[1], adds: 1, changes: 0 },
  { name: 'an item of a flow list', before: 'list: [x]\nb: 2\n', edit: (t) => ({ op: 'append', path: ['list'], value: t }), read: (d) => d.list[1], adds: 0 },
  { name: 'the note of a new update', before: 'updates:\n  - date: 2024-01-01\n    progress: 10\nb: 2\n', edit: (t) => ({ op: 'append', path: ['updates'], value: { date: '2024-02-01', progress: 20, note: t } }), read: (d) => d.updates[1].note, adds: 3, changes: 0 },
  { name: 'the note of a new flow update', before: 'updates: [{date: 2024-01-01, progress: 10}]\n', edit: (t) => ({ op: 'append', path: ['updates'], value: { date: '2024-02-01', note: t } }), read: (d) => d.updates[1].note, adds: 0 },
  { name: 'a new list under a new key', before: 'a:\n  z: 1\n', edit: (t) => ({ op: 'append', path: ['a', 'list'], value: t }), read: (d) => d.a.list[0], adds: 2, changes: 0 },
]

describe('text from the command line reads back exactly', () => {
  for (const place of PLACES) {
    it(`in ${place.name}`, () => {
      const beforeLines = place.before.split('\n')
      for (const text of TEXTS) {
        const after = editYaml(place.before, [place.edit(text)])
        const label = `${place.name}: ${JSON.stringify(text)} → ${JSON.stringify(after)}`
        const doc = parseDocument(after, { version: '1.2', uniqueKeys: true })
        expect(doc.errors, label).toEqual([])
        expect(place.read(doc.toJS()), label).toBe(text)
        const fast = parseYamlFast({ path: 'x.yaml', text: after })
        expect(fast.findings, label).toEqual([])
        expect(place.read(fast.data), label).toBe(text)
        // The value stays on its line(s): no other line is touched.
        const afterLines = after.split('\n')
        expect(afterLines.length, label).toBe(beforeLines.length + place.adds)
        expect(untouched(beforeLines, afterLines), label).toBeGreaterThanOrEqual(beforeLines.length - (place.changes ?? 1))
      }
    })
  }

  it('plain where YAML needs no quotes, quoted where it does', () => {
    const set = (t: string) => editYaml('a: old\n', [{ op: 'set', path: ['a'], value: t }])
    expect(set('纺织服装产业链')).toBe('a: 纺织服装产业链\n')
    expect(set('全角：冒号')).toBe('a: 全角：冒号\n')
    expect(set('a:b')).toBe('a: a:b\n')
    expect(set('进展: 顺利')).toBe('a: "进展: 顺利"\n')
    expect(set('a # b')).toBe('a: "a # b"\n')
    expect(set('- x')).toBe('a: "- x"\n')
    expect(set('#x')).toBe('a: "#x"\n')
    expect(set('true')).toBe('a: "true"\n')
    expect(set('123')).toBe('a: "123"\n')
    expect(set('line one\nline two')).toBe('a: "line one\\nline two"\n')
    expect(editYaml('a: old\n', [{ op: 'set', path: ['a'], value: 60 }])).toBe('a: 60\n')
    expect(editYaml('a: old\n', [{ op: 'set', path: ['a'], value: '2024-06-30' }])).toBe('a: 2024-06-30\n')
  })
})
