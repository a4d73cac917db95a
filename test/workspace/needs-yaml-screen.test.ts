// The fast path's screen (needsYaml, src/workspace/parse-yaml-fast.ts) was made cheaper for
// issue #15: its key test lost a `[ \t]*` that only made it slow (the class before it holds
// space and tab already). It must send exactly the texts to the `yaml` package it sent before:
// compared here with the screen as it was, over our fixtures and the YAML test suite (each
// also with CRLF) and over many short texts made of the characters the screen looks at.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { needsYaml } from '../../src/workspace/parse-yaml-fast.js'
import { FIXTURES, ROOT } from '../helpers/run-cli.js'

/** needsYaml before issue #15, as it was written. */
const RARE = /[&*!?<%~\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0085\u2028\u2029\ufeff]/
const RARE_CONSTRUCT = new RegExp(
  [
    String.raw`(?:^|[\s\[{,])(?:[&*]\S|!)`,
    String.raw`(?:^[ \t]*|[:?-][ \t]+|[\[{,][ \t]*)[&*](?:\s|$)`,
    String.raw`(?:^|[\s\[{,])\?(?:[ \t]|$)`,
    String.raw`^%`,
    String.raw`<<`,
    String.raw`~[ \t]*:(?:[ \t]|$)`,
    String.raw`[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0085\u2028\u2029\ufeff]`,
  ].join('|'),
  'm',
)
const ALWAYS = [/^(?:---|\.\.\.)/m, /[\s\[{,\-\]}"'][ \t]*:(?:[ \t]|$)|^:|[\]}"']#/m, /(?:null|Null|NULL)[ \t]*:(?:[ \t]|$)/m]
const BLOCK_SCALAR = /[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/m
const SPACES_LINE = [/\n +\r?\n/, /^ +\r?(?:\n|$)/, /\n +$/]
function needsYamlBefore(text: string): boolean {
  if (RARE.test(text) && RARE_CONSTRUCT.test(text)) return true
  if (ALWAYS.some((re) => re.test(text))) return true
  return BLOCK_SCALAR.test(text) && SPACES_LINE.some((re) => re.test(text))
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return yamlFiles(path)
    return entry.isFile() && /\.ya?ml$/.test(entry.name) ? [path] : []
  })
}

describe('needsYaml', () => {
  it('judges every fixture, example and test-suite file as before, LF and CRLF', () => {
    const files = [...yamlFiles(FIXTURES), ...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, '../shared/corpus/yaml-test-suite'))]
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const t of [text, text.replace(/\r?\n/g, '\r\n')]) expect(needsYaml(t), file).toBe(needsYamlBefore(t))
    }
  })

  it('judges short texts of the characters it looks at as before', () => {
    const alphabet = [' ', ' ', '\t', '\n', '\r', ':', ':', '#', '-', '"', "'", '[', ']', '{', '}', ',', 'a', 'k', '\u3000', '\u2028', '\u00a0', '|', '>']
    let seed = 15
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
    let sent = 0
    for (let n = 0; n < 20000; n++) {
      let text = ''
      for (let k = next() % 12; k >= 0; k--) text += alphabet[next() % alphabet.length]
      const before = needsYamlBefore(text)
      if (before) sent++
      expect(needsYaml(text), JSON.stringify(text)).toBe(before)
    }
    expect(sent).toBeGreaterThan(1000) // both answers occur often
  })
})
