// Diagnostics in the output language (contract §7): every message of every rule has its own
// English and Chinese wording with the same placeholders, every message id the code reports
// exists, and `check --lang zh` (or `language: zh`) gives Chinese for schema and rule errors
// (check called as functions; the --lang flag through the CLI is in test/cli/check.test.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULE_IDS, type RuleId } from '../../src/findings/index.js'
import { formatMessage, messageIds } from '../../src/check/messages.js'
import { checkRun } from '../helpers/in-process.js'
import { FIXTURES, ROOT, scratchCopy } from '../helpers/run-cli.js'

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const HAN = /\p{Script=Han}/u

/**
 * The declared templates, read from messages.ts itself (one `id: { en: '…', zh: '…' }` per
 * line), since formatMessage fills and rewrites arguments. The parse is checked complete
 * against messageIds below.
 */
function declaredTemplates(): Map<string, { en: string; zh: string }> {
  const source = readFileSync(join(ROOT, 'src/check/messages.ts'), 'utf8')
  const block = source.slice(source.indexOf('const MESSAGES'), source.indexOf('export const WORDS'))
  const templates = new Map<string, { en: string; zh: string }>()
  let rule = ''
  const unquote = (s: string) => s.replace(/\\(.)/g, '$1')
  for (const line of block.split('\n')) {
    const header = /^  '?([\w-]+)'?: \{$/.exec(line)
    if (header) rule = header[1]!
    const entry = /^    '?([\w-]+)'?: \{ en: '((?:[^'\\]|\\.)*)', zh: '((?:[^'\\]|\\.)*)' \},?$/.exec(line)
    if (entry) templates.set(`${rule}/${entry[1]}`, { en: unquote(entry[2]!), zh: unquote(entry[3]!) })
  }
  return templates
}

describe('messages.ts', () => {
  const all = RULE_IDS.flatMap((rule) => messageIds(rule).map((id) => [rule, id] as [RuleId, string]))
  const templates = declaredTemplates()

  it('every rule id has at least one message, and each is declared with en and zh', () => {
    for (const rule of RULE_IDS) expect(messageIds(rule).length, rule).toBeGreaterThan(0)
    expect([...templates.keys()].sort()).toEqual(all.map(([rule, id]) => `${rule}/${id}`).sort())
  })

  it.each(all)('%s / %s: English and Chinese wording with the same placeholders', (rule, id) => {
    const { en, zh } = templates.get(`${rule}/${id}`)!
    expect(en.trim().length).toBeGreaterThan(5)
    expect(en).not.toMatch(HAN)
    expect(zh).not.toBe(en)
    expect(zh).toMatch(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u) // Chinese, or at least Chinese punctuation
    expect(placeholders(zh)).toEqual(placeholders(en))
    // formatMessage finds both (a missing template would come back as the bare id)
    expect(formatMessage(rule, id, {}, 'en')).not.toBe(id)
    expect(formatMessage(rule, id, {}, 'zh')).not.toBe(id)
  })

  it('every finding of every rule fixture is worded in both languages (no bare message ids)', () => {
    const errors = join(FIXTURES, 'errors')
    const seen = new Set<string>()
    for (const rule of readdirSync(errors)) {
      for (const lang of ['en', 'zh'] as const) {
        const r = checkRun(join(errors, rule), { lang, format: 'json', asOf: '2024-01-01' })
        const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: { rule: string; message: string }[] }
        for (const d of diagnostics) {
          seen.add(d.rule)
          expect(d.message, d.message).not.toMatch(/^[\w-]+$/)
          if (lang === 'zh') expect(d.message, d.message).toMatch(HAN)
        }
      }
    }
    expect([...seen].sort()).toEqual([...RULE_IDS].sort())
  })

  it('fills arguments and words them in the language', () => {
    const args = { key: 'progress', item: '', expected: 'integer', found: 'string' }
    expect(formatMessage('schema', 'type', args, 'en')).toBe('"progress" must be a whole number, found a string')
    expect(formatMessage('schema', 'type', args, 'zh')).toBe('“progress”应为整数，实际为字符串')
    const unknown = { field: 'owner', id: 'diitps', expected: 'party', suggestion: 'diitsp' }
    expect(formatMessage('unknown-ref', 'unknown', unknown, 'zh')).toMatch(/^owner ?引用的“diitps”不是已知的单位或人员（是否应为“diitsp”？）$/)
    expect(formatMessage('unknown-ref', 'unknown', unknown, 'en')).toBe('owner refers to "diitps", which is not a known organization or person (did you mean "diitsp"?)')
  })
})

describe('check in Chinese', () => {
  /** The good fixture with a misspelt field, a bad enum, a bad date and a dangling ref. */
  function broken(): { dir: string; cleanup: () => void } {
    const ws = scratchCopy(join(FIXTURES, 'good'))
    const file = join(ws.dir, 'chains/textile-garment.yaml')
    const text = readFileSync(file, 'utf8')
    const edited = text
      .replace(/^service_officer: (\S+)/m, 'service_oficer: $1')
      .replace(/^lead_department: \S+/m, 'lead_department: diitps')
    expect(edited).not.toBe(text)
    writeFileSync(file, edited)
    return ws
  }

  const asOf = { asOf: '2023-12-31', format: 'json' } as const
  type Json = { diagnostics: { rule: string; message: string; line: number }[] }

  it('--lang zh words schema errors and rule errors in Chinese', () => {
    const ws = broken()
    try {
      const zh = checkRun(ws.dir, { lang: 'zh', ...asOf })
      const en = checkRun(ws.dir, { lang: 'en', ...asOf })
      expect(zh.code).toBe(1)
      expect(en.code).toBe(1)
      const zhd = (JSON.parse(zh.stdout) as Json).diagnostics
      const end = (JSON.parse(en.stdout) as Json).diagnostics
      // Same findings at the same places; only the words differ.
      expect(zhd.map((d) => [d.rule, d.line])).toEqual(end.map((d) => [d.rule, d.line]))
      const schema = zhd.filter((d) => d.rule === 'schema').map((d) => d.message)
      const refs = zhd.filter((d) => d.rule === 'unknown-ref').map((d) => d.message)
      expect(schema).toEqual(['未知字段“service_oficer”（是否应为“service_officer”？）'])
      expect(refs).toHaveLength(1)
      expect(refs[0]).toMatch(/^lead_department ?引用的“diitps”不是已知的单位（是否应为“diitsp”？）$/)
      for (const d of zhd) expect(d.message, d.message).toMatch(HAN)
      expect(end.find((d) => d.rule === 'schema')?.message).toBe('unknown field "service_oficer" (did you mean "service_officer"?)')
    } finally {
      ws.cleanup()
    }
  })

  it('a workspace with language: zh speaks Chinese by default, and --lang en overrides it', () => {
    const ws = broken()
    try {
      const manifest = join(ws.dir, 'chainchief.yaml')
      writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^language: en$/m, 'language: zh'))
      const pretty = checkRun(ws.dir, { asOf: '2023-12-31' })
      expect(pretty.code).toBe(1)
      expect(pretty.stdout).toContain('未知字段“service_oficer”')
      expect(pretty.stdout).toMatch(/lead_department ?引用的“diitps”不是已知的单位/)
      const en = checkRun(ws.dir, { asOf: '2023-12-31', lang: 'en' })
      expect(en.stdout).toContain('unknown field "service_oficer"')
      expect(en.stdout).not.toMatch(/未知字段/)
    } finally {
      ws.cleanup()
    }
  })
})
