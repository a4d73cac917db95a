// The writes of SPEC §9 on files laid out every way people write YAML, as reviewable file
// pairs: edit-cases/<case>.before.yaml → <case>.after.yaml, whose diff is exactly the lines
// the write must change. Each case also runs with CRLF line ends, a BOM and without a final
// newline, and must give the same result in that form. Then the writes that are refused.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { editYaml, YamlEditError, type YamlEdit } from '../../src/workspace/edit/yaml-edit.js'

const CASES = join(import.meta.dirname, 'edit-cases')
const read = (name: string) => readFileSync(join(CASES, name), 'utf8')

const update = (task: string[] | (string | number)[], date: string, progress: number, status: string, note?: string): YamlEdit[] => [
  { op: 'set', path: [...task, 'progress'], value: progress },
  { op: 'set', path: [...task, 'status'], value: status },
  { op: 'append', path: [...task, 'updates'], value: note === undefined ? { date, progress } : { date, progress, note } },
]

const CASE_EDITS: Record<string, YamlEdit[]> = {
  'update-task': [
    ...update(['tasks', 0], '2025-12-31', 75, 'in-progress', '二期主体完工: 设备安装中 #2'),
    ...update(['tasks', 1], '2026-01-15', 100, 'done'),
  ],
  'first-update': [...update(['tasks', 0], '2024-03-31', 20, 'in-progress'), ...update(['tasks', 1], '2024-03-31', 5, 'in-progress', 'Site: cleared')],
  'flow-task': [
    ...update(['tasks', 0], '2024-03-31', 20, 'in-progress', 'a, b: c'),
    ...update(['tasks', 1], '2024-03-31', 40, 'in-progress'),
    ...update(['tasks', 2], '2024-03-31', 50, 'in-progress', '[draft]'),
  ],
  'block-scalars': [
    { op: 'append', path: ['tasks', 0, 'updates'], value: { date: '2024-02-29', progress: 20 } },
    { op: 'append', path: ['tasks', 1, 'updates'], value: { date: '2024-02-29', progress: 20, note: 'line one\nline two' } },
    { op: 'append', path: ['tasks', 2, 'updates'], value: { date: '2024-02-29', progress: 20 } },
    { op: 'set', path: ['tasks', 3, 'note'], value: 'One line now' },
    { op: 'set', path: ['tasks', 3, 'progress'], value: 5 },
  ],
  'four-spaces': [
    ...update(['tasks', 0], '2024-02-29', 30, 'in-progress', '四格: 缩进'),
    ...update(['tasks', 1], '2024-02-29', 10, 'in-progress'),
    { op: 'set', path: ['tasks', 1, 'title', 'en'], value: 'No updates yet' },
    { op: 'append', path: ['leader_enterprises'], value: 'org-b' },
  ],
  'parent-column': [
    ...update(['tasks', 0], '2024-02-29', 30, 'in-progress'),
    ...update(['tasks', 1], '2024-02-29', 10, 'in-progress'),
    { op: 'append', path: ['problems'], value: { id: 'col-p2', text: 'Another: problem', raised: '2024-02-29', status: 'open' } },
  ],
  'problem-add-none': [
    { op: 'append', path: ['problems'], value: { id: 'pharmaceuticals-p1', text: '原料药产能: 不足 #紧急', raised: '2024-03-01', raised_by: 'qilu-pharmaceutical', status: 'open' } },
  ],
  'problem-add': [
    { op: 'append', path: ['problems'], value: { id: 'alpha-p3', text: '- starts with a dash', raised: '2024-03-01', task: 'alpha-plan', owner: 'org-a', status: 'open' } },
  ],
  'problem-resolve': [
    { op: 'set', path: ['problems', 0, 'status'], value: 'resolved' },
    { op: 'set', path: ['problems', 0, 'resolved'], value: '2024-03-31', after: 'status' },
    { op: 'set', path: ['problems', 1, 'status'], value: 'resolved' },
    { op: 'set', path: ['problems', 1, 'resolved'], value: '2024-03-31', after: 'status' },
    { op: 'set', path: ['problems', 2, 'status'], value: 'resolved' },
    { op: 'set', path: ['problems', 2, 'resolved'], value: '2024-03-31', after: 'status' },
  ],
  'decision-done': [
    { op: 'set', path: ['decisions', 0, 'done'], value: '2024-03-30' },
    { op: 'set', path: ['decisions', 1, 'done'], value: '2024-03-30' },
    { op: 'set', path: ['decisions', 2, 'done'], value: '2024-03-30' },
  ],
  'empty-values': [
    ...update(['tasks', 0], '2024-02-29', 10, 'in-progress'),
    ...update(['tasks', 1], '2024-02-29', 10, 'in-progress', 'x'),
    ...update(['tasks', 2], '2024-02-29', 10, 'in-progress'),
    { op: 'set', path: ['problems', 0, 'status'], value: 'resolved' },
    { op: 'set', path: ['problems', 0, 'resolved'], value: '2024-03-31' },
    { op: 'set', path: ['problems', 1, 'status'], value: 'resolved' },
    { op: 'set', path: ['problems', 1, 'resolved'], value: '2024-03-31' },
  ],
  quoted: [
    { op: 'set', path: ['tasks', 0, 'status'], value: 'done' },
    { op: 'set', path: ['tasks', 0, 'progress'], value: 100 },
    { op: 'set', path: ['tasks', 0, 'note'], value: "it's done" },
  ],
}

const VARIANTS: Record<string, (text: string) => string> = {
  CRLF: (t) => t.replace(/\n/g, '\r\n'),
  BOM: (t) => '\uFEFF' + t,
  'no final newline': (t) => t.replace(/\n$/, ''),
  'CRLF and BOM': (t) => '\uFEFF' + t.replace(/\n/g, '\r\n'),
}

describe('edit cases: before → after, as files a person can review', () => {
  for (const [name, edits] of Object.entries(CASE_EDITS)) {
    it(name, async () => {
      const before = read(`${name}.before.yaml`)
      const after = editYaml(before, edits)
      await expect(after).toMatchFileSnapshot(join(CASES, `${name}.after.yaml`))
      expect(parseDocument(after).errors).toEqual([])
      for (const [variant, transform] of Object.entries(VARIANTS)) {
        expect(editYaml(transform(before), edits), `${name} (${variant})`).toBe(transform(after))
      }
    })
  }

  it('a value equal to the one there changes no byte', () => {
    const before = read('update-task.before.yaml')
    expect(editYaml(before, [{ op: 'set', path: ['tasks', 0, 'status'], value: 'in-progress' }])).toBe(before)
    expect(editYaml(before, [])).toBe(before)
  })

  it('the file is given back with its own line ends only: a CRLF file gains no LF, an LF file no CR', () => {
    const before = read('update-task.before.yaml')
    const edits = CASE_EDITS['update-task']!
    expect(editYaml(before, edits)).not.toContain('\r')
    expect(editYaml(before.replace(/\n/g, '\r\n'), edits).replace(/\r\n/g, '')).not.toContain('\n')
  })
})

describe('writes that are refused, with the reason', () => {
  const problem = (text: string, edits: YamlEdit[]) => {
    try {
      editYaml(text, edits)
    } catch (error) {
      expect(error).toBeInstanceOf(YamlEditError)
      return (error as YamlEditError).problem
    }
    return 'written'
  }

  it.each<[string, string, YamlEdit[], string]>([
    ['a file that does not parse', 'a: [1\nb: 2\n', [{ op: 'set', path: ['b'], value: 3 }], 'syntax'],
    ['a duplicate key', 'a: 1\na: 2\n', [{ op: 'set', path: ['a'], value: 3 }], 'syntax'],
    ['a path that leads nowhere', 'a: {b: 1}\n', [{ op: 'set', path: ['x', 'y'], value: 3 }], 'not-found'],
    ['an index past the end', 'a: [1]\n', [{ op: 'set', path: ['a', 3], value: 3 }], 'not-found'],
    ['a key added to a list', 'a: [1]\n', [{ op: 'set', path: ['a', 'k'], value: 3 }], 'not-found'],
    ['a single value set over a map', 'a: {b: 1}\n', [{ op: 'set', path: ['a'], value: 3 }], 'not-a-scalar'],
    ['an item appended to a map', 'a: {b: 1}\n', [{ op: 'append', path: ['a'], value: 3 }], 'not-a-sequence'],
    ['an item appended to a text', 'a: text\n', [{ op: 'append', path: ['a'], value: 3 }], 'not-a-sequence'],
    ['two values for one place', 'a: 1\n', [{ op: 'set', path: ['a'], value: 2 }, { op: 'set', path: ['a'], value: 3 }], 'overlap'],
    // An alias shares the value: changing it here would change it there too.
    ['a value that an alias shares', 'a: &x 1\nb: *x\n', [{ op: 'set', path: ['a'], value: 2 }], 'read-back'],
    ['a tag that the new value contradicts', 'a: !!int 1\n', [{ op: 'set', path: ['a'], value: 'text' }], 'read-back'],
  ])('%s', (_label, text, edits, expected) => {
    expect(problem(text, edits)).toBe(expected)
  })

  it('the message names the place', () => {
    expect(() => editYaml('a: {b: 1}\n', [{ op: 'set', path: ['x', 'y'], value: 3 }])).toThrow('nothing at x')
    expect(() => editYaml('a: {b: 1}\n', [{ op: 'append', path: ['a'], value: 3 }])).toThrow('a is not a list')
  })
})
