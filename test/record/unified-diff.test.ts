// The diff of `--dry-run` (SPEC §9) is a unified diff: GNU diff gives the same hunks, GNU
// patch applies it to the file and gets the written text, a new file is a diff against
// /dev/null, and lines from data files are shown inert.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { editYaml } from '../../src/workspace/edit/yaml-edit.js'
import { diffLines, splitLines } from '../../src/render/record/line-diff.js'
import { renderUnifiedDiff } from '../../src/render/record/unified-diff.js'
import { PLAIN } from '../../src/render/style.js'
import { EXAMPLE, scratchDir } from '../helpers/run-cli.js'

const has = (tool: string) => spawnSync(tool, ['--version']).status === 0
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

const chain = readFileSync(join(EXAMPLE, 'chains/textile-garment.yaml'), 'utf8')

/** Pairs of texts: real writes of the example chain file, and made-up edge cases. */
const PAIRS: Array<[string, string, string]> = [
  ['one update', chain, editYaml(chain, [{ op: 'set', path: ['tasks', 4, 'progress'], value: 80 }, { op: 'append', path: ['tasks', 4, 'updates'], value: { date: '2026-11-30', progress: 80 } }])],
  ['edits far apart', chain, editYaml(chain, [{ op: 'set', path: ['tasks', 0, 'progress'], value: 100 }, { op: 'set', path: ['problems', 3, 'status'], value: 'resolved' }, { op: 'set', path: ['problems', 3, 'resolved'], value: '2026-11-30' }])],
  ['edits close together', chain, editYaml(chain, [{ op: 'set', path: ['tasks', 1, 'status'], value: 'done' }, { op: 'set', path: ['tasks', 1, 'owner'], value: 'jifa' }, { op: 'set', path: ['tasks', 2, 'owner'], value: 'jifa' }])],
  ['the first line', 'a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n', 'a: 0\nb: 2\nc: 3\nd: 4\ne: 5\n'],
  ['the last line', 'a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n', 'a: 1\nb: 2\nc: 3\nd: 4\ne: 6\n'],
  ['no final newline, a line added', 'a: 1\nlist:\n  - x', 'a: 1\nlist:\n  - x\n  - y'],
  ['no final newline, the last line changed', 'a: 1\nb: 2', 'a: 1\nb: 3'],
  ['CRLF', 'a: 1\r\nb: 2\r\nc: 3\r\n', 'a: 1\r\nb: 2\r\nb2: 4\r\nc: 3\r\n'],
  ['all lines replaced', 'a\nb\nc\n', 'x\ny\n'],
]

function parseHunks(diff: string): string {
  return diff.slice(diff.indexOf('@@'))
}

describe('renderUnifiedDiff', () => {
  it.each(PAIRS)('%s: the lines of the diff rebuild both texts', (_name, before, after) => {
    const ops = diffLines(splitLines(before), splitLines(after))
    expect(ops.filter((o) => o.op !== '+').map((o) => o.line).join('')).toBe(before)
    expect(ops.filter((o) => o.op !== '-').map((o) => o.line).join('')).toBe(after)
  })

  it.runIf(has('diff'))('gives the hunks GNU diff -u gives', () => {
    const { dir, cleanup } = scratchDir()
    cleanups.push(cleanup)
    for (const [name, before, after] of PAIRS) {
      writeFileSync(join(dir, 'a'), before)
      writeFileSync(join(dir, 'b'), after)
      const gnu = spawnSync('diff', ['-u', 'a', 'b'], { cwd: dir, encoding: 'utf8' }).stdout
      const ours = renderUnifiedDiff({ file: 'x.yaml', before, after }, PLAIN)
      expect(parseHunks(ours), name).toBe(parseHunks(gnu))
    }
  })

  it.runIf(has('patch'))('applies with GNU patch to give the written file', () => {
    const { dir, cleanup } = scratchDir()
    cleanups.push(cleanup)
    mkdirSync(join(dir, 'chains'))
    for (const [name, before, after] of PAIRS) {
      writeFileSync(join(dir, 'chains/x.yaml'), before)
      const diff = renderUnifiedDiff({ file: 'chains/x.yaml', before, after }, PLAIN)
      const r = spawnSync('patch', ['-p1', '--binary', '-s'], { cwd: dir, input: diff, encoding: 'utf8' })
      expect(r.stdout + r.stderr, name).toBe('')
      expect(readFileSync(join(dir, 'chains/x.yaml'), 'utf8'), name).toBe(after)
    }
  })

  it('a new file is a diff against /dev/null', () => {
    expect(renderUnifiedDiff({ file: 'meetings/m.yaml', before: null, after: 'id: m\ndate: 2026-12-15\n' }, PLAIN)).toBe(
      '--- /dev/null\n+++ b/meetings/m.yaml\n@@ -0,0 +1,2 @@\n+id: m\n+date: 2026-12-15\n',
    )
    expect(renderUnifiedDiff({ file: 'a.yaml', before: 'a: 1\n', after: 'a: 1\n' }, PLAIN)).toBe('')
  })

  it('shows data inert: controls escaped, no line a CI runner takes for a command', () => {
    const before = 'a: 1\nb: "x"\n  ::set-output name=x::y\nnote: "\u001b[31mred ##[error]"\nc: 1\n'
    const after = before.replace('c: 1', 'c: 2')
    const diff = renderUnifiedDiff({ file: 'a.yaml', before, after }, PLAIN)
    expect(diff).not.toContain('\u001b')
    expect(diff).toContain(' note: "\\u001b[31mred #\u200b#[error]"\n')
    for (const line of diff.split('\n')) {
      expect(line.trimStart().startsWith('::'), line).toBe(false)
      expect(line.includes('##['), line).toBe(false)
    }
  })
})
