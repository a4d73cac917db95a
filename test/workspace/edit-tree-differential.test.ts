// The YAML editor reads a file's nodes from js-yaml's positions where the fast path reads
// the file (edit-tree.ts), and from the `yaml` package's document otherwise: for every file
// of the example and the fixtures, each also with CRLF line ends and 4-space indentation,
// the two give the same tree (kinds, offsets, styles, values), so an edit is the same bytes
// whichever reads the file.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { editTree, editTreeOfDocument } from '../../src/workspace/edit/edit-tree.js'
import { fastData } from '../../src/workspace/parse-yaml-fast.js'
import { EXAMPLE, FIXTURES, ROOT } from '../helpers/run-cli.js'

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return yamlFiles(path)
    return entry.isFile() && /\.ya?ml$/.test(entry.name) ? [path] : []
  })
}

const fourSpaces = (t: string) =>
  t.split('\n').map((line) => {
    const n = line.length - line.trimStart().length
    return ' '.repeat(2 * n) + line.slice(n).replace(/^-( +)/, (_m, s: string) => '-' + ' '.repeat(2 * s.length + 1))
  }).join('\n')

const CASES = readdirSync(join(import.meta.dirname, 'edit-cases')).filter((f) => f.endsWith('.yaml')).map((f) => join(import.meta.dirname, 'edit-cases', f))

describe('the fast tree is the document tree', () => {
  let compared = 0
  for (const file of [...yamlFiles(EXAMPLE), ...yamlFiles(FIXTURES), ...CASES].sort()) {
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file))
    } catch {
      continue
    }
    it(relative(ROOT, file), () => {
      for (const variant of [text, text.replace(/\r?\n/g, '\r\n'), fourSpaces(text)]) {
        if (!fastData(variant)) continue // the yaml package reads it either way
        let document
        try {
          document = editTreeOfDocument(variant)
        } catch {
          continue // does not parse: refused either way
        }
        expect(editTree(variant)).toEqual(document)
        compared++
      }
    })
  }
  it('compared most files', () => expect(compared).toBeGreaterThan(150))
})
