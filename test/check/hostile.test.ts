// Bad input is normal input: each hostile file gets a clear diagnostic at the right place,
// exit code 1, nothing on stderr, and the rest of the workspace is still checked (load and
// check called as functions); a workspace that cannot be checked at all exits 2 with one line
// and no stack (through the real CLI).
import { symlinkSync, writeFileSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkRun } from '../helpers/in-process.js'
import { FIXTURES, runCli, scratchCopy, scratchDir } from '../helpers/run-cli.js'

interface JsonDiagnostic { file: string; line: number; column: number; rule: string; message: string; severity: string }

let cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups) c()
  cleanups = []
})

/** A copy of the minimal workspace with one hostile file written into meetings/. */
function workspaceWith(name: string, content: string | Buffer): string {
  const { dir, cleanup } = scratchCopy(join(FIXTURES, 'minimal'))
  cleanups.push(cleanup)
  writeFileSync(join(dir, 'meetings', name), content)
  return dir
}

function check(dir: string) {
  const result = checkRun(dir, { format: 'json', asOf: '2024-01-01' })
  expect(result.stderr).toBe('')
  const json = JSON.parse(result.stdout) as { files: number; diagnostics: JsonDiagnostic[] }
  return { ...result, json, in: (file: string) => json.diagnostics.filter((d) => d.file === file) }
}

const MEETING = 'id: hostile\ntitle: T\ndate: 2023-01-01\nchains: [textile-garment]\n'

const cases: Array<{ name: string; content: string | Buffer; rule: string; line: number; column?: number; message?: RegExp }> = [
  { name: 'unclosed flow sequence', content: 'id: hostile\ntitle: [a, b\n', rule: 'yaml-syntax', line: 3 },
  { name: 'duplicate key', content: 'id: hostile\nid: other\n', rule: 'yaml-syntax', line: 2, column: 1, message: /duplicate key/ },
  { name: 'tab indentation', content: 'id: hostile\nreports:\n\t- by: jifa\n', rule: 'yaml-syntax', line: 3, column: 1, message: /tab/ },
  { name: 'two documents', content: `${MEETING}---\nid: again\n`, rule: 'yaml-syntax', line: 5, message: /more than one YAML document/ },
  { name: 'unknown tag', content: MEETING.replace('title: T', 'title: !shout T'), rule: 'yaml-syntax', line: 2, column: 8, message: /unknown YAML tag !shout/ },
  { name: 'GBK text', content: Buffer.from(`${MEETING}notes: 会议纪要\n`.replace(/^/, ''), 'utf8').toString().length ? Buffer.concat([Buffer.from(MEETING), Buffer.from('notes: '), Buffer.from([0xbb, 0xe1, 0xd2, 0xe9]), Buffer.from('\n')]) : '', rule: 'encoding', line: 5, column: 8, message: /GBK/ },
  { name: 'UTF-16 text', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MEETING, 'utf16le')]), rule: 'encoding', line: 1, message: /UTF-16LE/ },
  { name: 'binary file', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), rule: 'encoding', line: 1, column: 1, message: /binary/ },
  { name: 'empty file', content: '', rule: 'schema', line: 1, column: 1, message: /the file must be a mapping, found nothing/ },
  { name: 'only a comment', content: '# nothing yet\n', rule: 'schema', line: 1, column: 1, message: /must be a mapping/ },
  { name: 'top-level list', content: '- id: hostile\n- title: T\n', rule: 'schema', line: 1, column: 1, message: /the file must be a mapping, found a list/ },
  { name: 'top-level scalar', content: 'just words\n', rule: 'schema', line: 1, column: 1, message: /must be a mapping, found a string/ },
  { name: 'alias bomb', content: 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n', rule: 'yaml-syntax', line: 1, message: /too many aliases/ },
  { name: '__proto__ and constructor keys', content: `${MEETING}__proto__: {polluted: true}\n`, rule: 'schema', line: 5, column: 1, message: /unknown field "__proto__"/ },
  { name: 'a ref named constructor', content: `${MEETING}chair: constructor\n`, rule: 'unknown-ref', line: 5, column: 8, message: /"constructor", which is not a known person/ },
  { name: 'BOM, then an unknown field on line 1', content: `\uFEFFnotes_: x\n${MEETING}`, rule: 'schema', line: 1, column: 1, message: /unknown field "notes_" \(did you mean "notes"\?\)/ },
]

describe('hostile files', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.rule} at line ${c.line}`, () => {
      const result = check(workspaceWith('2023-01-01-hostile.yaml', c.content))
      expect(result.code).toBe(1)
      const found = result.in('meetings/2023-01-01-hostile.yaml').filter((d) => d.rule === c.rule)
      expect(found.length, JSON.stringify(result.json.diagnostics)).toBeGreaterThan(0)
      const d = found.find((x) => x.line === c.line) ?? found[0]!
      expect(d.line).toBe(c.line)
      if (c.column) expect(d.column).toBe(c.column)
      if (c.message) expect(d.message).toMatch(c.message)
      // Nothing else in the workspace is affected, and every file was read.
      expect(result.json.diagnostics.filter((x) => !x.file.startsWith('meetings/2023-01-01-hostile'))).toEqual([])
      expect(result.json.files).toBe(6)
    })
  }

  it('very deep nesting: a finding, not a crash', () => {
    const deep = `${MEETING}notes: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`
    const result = check(workspaceWith('2023-01-01-deep.yaml', deep))
    expect(result.code).toBe(1)
    expect(result.in('meetings/2023-01-01-deep.yaml').some((d) => d.rule === 'schema' || d.rule === 'yaml-syntax')).toBe(true)
  })

  it('a huge file is refused with the limit named, without reading it', () => {
    const dir = workspaceWith('2023-01-01-huge.yaml', '')
    truncateSync(join(dir, 'meetings', '2023-01-01-huge.yaml'), 17 * 1024 * 1024)
    const result = check(dir)
    expect(result.code).toBe(1)
    expect(result.in('meetings/2023-01-01-huge.yaml')).toMatchObject([{ rule: 'file-read', line: 1, column: 1, message: expect.stringMatching(/16777216 bytes/) }])
  })

  it('symbolic links: a loop and a dangling link are findings', () => {
    const dir = workspaceWith('placeholder.txt', '')
    symlinkSync('loop.yaml', join(dir, 'meetings', 'loop.yaml'))
    symlinkSync('../nowhere/missing.yaml', join(dir, 'chains', 'gone.yaml'))
    const result = check(dir)
    expect(result.code).toBe(1)
    expect(result.in('meetings/loop.yaml')).toMatchObject([{ rule: 'file-read', message: expect.stringMatching(/loop/) }])
    expect(result.in('chains/gone.yaml')).toMatchObject([{ rule: 'file-read', message: expect.stringMatching(/broken symbolic link/) }])
  })

  it('one bad file never hides the problems in the others', () => {
    const dir = workspaceWith('2023-01-01-broken.yaml', 'id: [unclosed\n')
    writeFileSync(join(dir, 'people.yaml'), 'people:\n  - id: wang-xiao\n    name: {en: Wang Xiao}\n    organisation: diitsp\n')
    writeFileSync(join(dir, 'meetings', '2023-01-02-gbk.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xbb, 0xe1, 0xd2, 0xe9, 0x0a]))
    const result = check(dir)
    const rules = result.json.diagnostics.map((d) => `${d.file} ${d.rule}`)
    expect(rules).toContain('meetings/2023-01-01-broken.yaml yaml-syntax')
    expect(rules).toContain('meetings/2023-01-02-gbk.yaml encoding')
    expect(rules).toContain('people.yaml schema')
    // The people file still defines wang-xiao, so the chain's refs to it are not flagged.
    expect(rules.filter((r) => r.includes('unknown-ref'))).toEqual([])
  })

  it('an unparseable people file does not cascade into unknown-ref everywhere', () => {
    const { dir, cleanup } = scratchCopy(join(FIXTURES, 'minimal'))
    cleanups.push(cleanup)
    writeFileSync(join(dir, 'people.yaml'), 'people: &a [*a\n')
    const result = check(dir)
    expect(result.json.diagnostics.map((d) => d.rule)).not.toContain('unknown-ref')
    expect(result.in('people.yaml').map((d) => d.rule)).toContain('yaml-syntax')
  })
})

describe('a workspace that cannot be checked: exit 2, one line, no stack', () => {
  it('missing folder', () => {
    const result = runCli(['check', '-w', '/nonexistent/chainchief-data'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('chainchief: workspace folder not found: /nonexistent/chainchief-data\n')
  })

  it('a folder without chainchief.yaml, found by searching upward', () => {
    const { dir, cleanup } = scratchDir()
    cleanups.push(cleanup)
    const result = runCli(['check'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^chainchief: no chainchief\.yaml found in .* or any folder above it/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('a file given as the workspace', () => {
    const result = runCli(['check', '-w', join(FIXTURES, 'minimal', 'people.yaml')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^chainchief: not a folder: /)
  })
})
