// From a path in the data to line:column (STYLE "A finding is data"): keys, values, list
// items, missing segments, CRLF line ends, a BOM, CJK text.
import { describe, expect, it } from 'vitest'
import { parseYaml } from '../../src/workspace/parse-yaml.js'
import { locate, type SourceFile } from '../../src/workspace/source.js'
import { readWorkspaceFile } from '../../src/workspace/read-file.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function source(text: string): SourceFile {
  const parsed = parseYaml({ path: 'chains/x.yaml', text })
  return { path: 'chains/x.yaml', kind: 'chain', text, doc: parsed.doc, lineCounter: parsed.lineCounter, data: parsed.data, ok: parsed.ok }
}

const TEXT = [
  'id: textile-garment', //           1
  'name: {zh: 纺织服装, en: Textiles}', // 2
  'tasks:', //                        3
  '  - id: a', //                     4
  '    title: 印染智能化改造', //      5
  '    due: 2023-06-30', //           6
  '    partners: [weiqiao, jifa]', // 7
].join('\n') + '\n'

describe('locate', () => {
  const file = source(TEXT)

  it('marks a scalar value, end exclusive', () => {
    expect(locate(file, ['tasks', 0, 'due'])).toEqual({ line: 6, column: 10, endLine: 6, endColumn: 20 })
  })

  it('marks a key when asked', () => {
    expect(locate(file, ['tasks', 0, 'due'], 'key')).toEqual({ line: 6, column: 5, endLine: 6, endColumn: 8 })
  })

  it('marks an item of a flow list', () => {
    expect(locate(file, ['tasks', 0, 'partners', 1])).toEqual({ line: 7, column: 25, endLine: 7, endColumn: 29 })
  })

  it('counts CJK characters as one column each (editors count characters)', () => {
    expect(locate(file, ['name', 'en'])).toEqual({ line: 2, column: 22, endLine: 2, endColumn: 30 })
  })

  it('marks a list item that is a mapping on its first line', () => {
    expect(locate(file, ['tasks', 0])).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 10 })
  })

  it('a collection value is marked at its key', () => {
    expect(locate(file, ['tasks'])).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 6 })
  })

  it('keeps the deepest ancestor when a segment is missing', () => {
    expect(locate(file, ['tasks', 0, 'status'])).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 10 })
    expect(locate(file, ['tasks', 5, 'due'])).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 6 })
  })

  it('works the same with CRLF line ends', () => {
    const crlf = source(TEXT.replaceAll('\n', '\r\n'))
    expect(locate(crlf, ['tasks', 0, 'due'])).toEqual({ line: 6, column: 10, endLine: 6, endColumn: 20 })
  })

  it('a BOM does not shift column 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chainchief-'))
    writeFileSync(join(dir, 'x.yaml'), '\uFEFF' + TEXT)
    const read = readWorkspaceFile(join(dir, 'x.yaml'), 'x.yaml')
    expect(read.ok).toBe(true)
    const bom = source(read.ok ? read.text : '')
    expect(locate(bom, ['id'])).toEqual({ line: 1, column: 5, endLine: 1, endColumn: 20 })
  })
})
