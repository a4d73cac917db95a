// Every rule has a fixture under test/fixtures/errors/<rule-id>/ that breaks it; the findings
// of `check` (called as functions, its json output) must be exactly the lines its YAML marks —
// too many fail as surely as too few.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULE_IDS } from '../../src/findings/index.js'
import { DEFAULT_SEVERITY } from '../../src/check/rules/index.js'
import { expectedFindings, key } from '../helpers/expect-marks.js'
import { checkRun } from '../helpers/in-process.js'
import { FIXTURES } from '../helpers/run-cli.js'

const ERRORS = join(FIXTURES, 'errors')
const AS_OF = '2024-01-01'

interface JsonDiagnostic {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  severity: string
  rule: string
  message: string
}

function check(dir: string) {
  const result = checkRun(dir, { format: 'json', asOf: AS_OF })
  const json = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[]; errors: number; warnings: number }
  return { ...result, json }
}

describe('rule fixtures', () => {
  it('has a fixture for every rule id', () => {
    expect(readdirSync(ERRORS).sort()).toEqual([...RULE_IDS].sort())
  })

  it('the minimal workspace the fixtures start from is clean', () => {
    const { code, json } = check(join(FIXTURES, 'minimal'))
    expect(json.diagnostics).toEqual([])
    expect(code).toBe(0)
  })

  for (const rule of RULE_IDS) {
    it(`${rule}: findings at exactly the marked lines`, () => {
      const dir = join(ERRORS, rule)
      const expected = expectedFindings(dir).map(key).sort()
      expect(expected.length).toBeGreaterThan(0)
      const { code, json, stderr } = check(dir)
      const actual = json.diagnostics.map((d) => key({ file: d.file, line: d.line, rule: d.rule })).sort()
      expect(actual).toEqual(expected)
      expect(stderr).toBe('')
      const severity = DEFAULT_SEVERITY[rule] === 'error' ? 'error' : 'warning'
      for (const d of json.diagnostics) {
        expect(d.severity).toBe(severity)
        expect(d.column).toBeGreaterThanOrEqual(1)
        expect(d.endLine * 10000 + d.endColumn).toBeGreaterThanOrEqual(d.line * 10000 + d.column)
        expect(d.message).not.toBe('')
      }
      expect(code).toBe(severity === 'error' ? 1 : 0)
    })
  }
})

describe('positions and messages', () => {
  const diagnostics = (rule: string) => check(join(ERRORS, rule)).json.diagnostics

  it('points an unknown field at its key and suggests the known one', () => {
    const [d] = diagnostics('schema').filter((x) => x.message.startsWith('unknown field'))
    expect(d).toMatchObject({ line: 16, column: 5, endLine: 16, endColumn: 11 })
    expect(d!.message).toBe('unknown field "wieght" (did you mean "weight"?)')
  })

  it('points a bad date at the value', () => {
    const d = diagnostics('schema').find((x) => x.message.includes('2023-12-32'))
    expect(d).toMatchObject({ line: 26, column: 10, endLine: 26, endColumn: 20 })
  })

  it('puts a diagnostic at each place of a duplicate id, each naming the other', () => {
    const [first, second] = diagnostics('duplicate-id')
    expect(first).toMatchObject({ line: 7, column: 9 })
    expect(first!.message).toBe('task id "smart-dyeing-upgrade" is also used at chains/textile-garment.yaml:21:9')
    expect(second).toMatchObject({ line: 21, column: 9 })
    expect(second!.message).toBe('task id "smart-dyeing-upgrade" is also used at chains/textile-garment.yaml:7:9')
  })

  it('suggests the closest id for a dangling ref and names the kind for a wrong one', () => {
    const messages = diagnostics('unknown-ref').map((d) => d.message)
    expect(messages).toEqual([
      'owner refers to "jifaa", which is not a known organization or person (did you mean "jifa"?)',
      'chair refers to "diitsp", which is an organization, not a person',
      'by refers to "diitsp", which is an organization, not a person',
      'present_also refers to "weiqia", which is not a known organization or person (did you mean "weiqiao"?)',
      'distribution refers to "nobody", which is not a known organization or person',
    ])
  })

  it('says which encoding a non-UTF-8 file looks like, at the first bad byte', () => {
    const [d] = diagnostics('encoding')
    expect(d).toMatchObject({ file: 'people.yaml', line: 3, column: 11 })
    expect(d!.message).toContain('GBK')
  })

  it('counts chains at the manifest value', () => {
    const [d] = diagnostics('chain-count')
    expect(d).toMatchObject({ file: 'chainchief.yaml', line: 2, column: 9, endColumn: 11 })
    expect(d!.message).toBe('the workspace has 1 chain(s), but chainchief.yaml says 11')
  })
})
