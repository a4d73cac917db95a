// The CI formats of `check` (contract §4) on the fixture workspaces, in process: SARIF valid
// against the SARIF 2.1.0 schema (test/fixtures/sarif/, the OASIS sarif-spec repository's
// draft-07 sarif-2.1/prose/sarif-schema-2.1.0.json), GitLab Code Quality of the contract's
// shape with fingerprints stable across runs and distinct per finding, both with the
// positions of `json`; the GitHub annotation-cap line and the step summary table; hostile text
// staying inert JSON strings and table cells.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { checkWorkspace, type CheckResult } from '../../src/check/run-checks.js'
import { RULE_IDS } from '../../src/findings/index.js'
import { renderGithubStepSummary } from '../../src/render/diagnostics/github-summary.js'
import { DIAGNOSTICS_RENDERERS, type DiagnosticsRenderOptions } from '../../src/render/diagnostics/index.js'
import { PLAIN } from '../../src/render/style.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { FIXTURES, ROOT } from '../helpers/run-cli.js'
// @ts-expect-error: a plain .mjs script without type declarations
import { ruleHelpModule } from '../../scripts/build-rule-docs.mjs'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const AS_OF = '2024-01-01'
const VERSION = '0.1.0'
const WORKSPACES = ['good', 'minimal', ...readdirSync(join(FIXTURES, 'errors')).map((r) => `errors/${r}`)]

function checked(fixture: string, lang: 'en' | 'zh' = 'en'): { result: CheckResult; options: DiagnosticsRenderOptions } {
  const loaded = loadWorkspace(join(FIXTURES, fixture))
  const result = checkWorkspace(loaded, { asOf: AS_OF, lang })
  const options = { lang, style: PLAIN, sources: new Map(loaded.files.map((f) => [f.path, f.text])), workspace: fixture, prefix: '', version: VERSION }
  return { result, options }
}

function render(format: 'json' | 'sarif' | 'gitlab' | 'github', fixture: string, patch: Partial<DiagnosticsRenderOptions> = {}) {
  const { result, options } = checked(fixture)
  return DIAGNOSTICS_RENDERERS[format](result, { ...options, ...patch })
}

// The SARIF schema's `language` pattern is not valid as a Unicode regular expression.
const ajv = addFormats(new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }))
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(FIXTURES, 'sarif/sarif-schema-2.1.0.json'), 'utf8')) as object)

interface SarifLog {
  version: string
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; helpUri: string; shortDescription: { text: string }; help: { text: string; markdown: string } }> } }
    results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }> }>
  }>
}
interface GitlabIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: string
  location: { path: string; lines: { begin: number } }
}
interface JsonDiagnostic { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string }

const jsonOf = (fixture: string) => (JSON.parse(render('json', fixture)) as { diagnostics: JsonDiagnostic[] }).diagnostics

describe('--format sarif', () => {
  it('the rule help module is what npm run docs makes from the rule pages\' words', async () => {
    expect(readFileSync(join(ROOT, 'src/render/diagnostics/rule-help.ts'), 'utf8')).toBe(await ruleHelpModule())
  })

  it.each(WORKSPACES)('%s: valid SARIF 2.1.0, a result per diagnostic at the positions of json', (fixture) => {
    const log = JSON.parse(render('sarif', fixture)) as SarifLog
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true)
    const [run] = log.runs
    expect(log.version).toBe('2.1.0')
    expect(run!.tool.driver.name).toBe('chainchief')
    expect(run!.tool.driver.version).toBe(VERSION)
    expect(run!.tool.driver.rules.map((r) => r.id)).toEqual([...RULE_IDS])
    const fromJson = jsonOf(fixture)
    expect(run!.results.map((r) => {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation
      return { file: decodeURIComponent(artifactLocation.uri), line: region.startLine, column: region.startColumn, endLine: region.endLine, endColumn: region.endColumn, severity: r.level, rule: r.ruleId, message: r.message.text }
    })).toEqual(fromJson)
    for (const r of run!.results) expect(run!.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId)
  })

  it('has at least one finding on every error fixture', () => {
    for (const fixture of WORKSPACES.filter((w) => w.startsWith('errors/'))) expect((JSON.parse(render('sarif', fixture)) as SarifLog).runs[0]!.results.length, fixture).toBeGreaterThan(0)
  })

  it('gives each rule its help text from docs/rules and a link to its page', () => {
    const rules = (JSON.parse(render('sarif', 'minimal')) as SarifLog).runs[0]!.tool.driver.rules
    const dateOrder = rules.find((r) => r.id === 'date-order')!
    expect(dateOrder.helpUri).toBe('https://github.com/chainchief/chainchief/blob/v0.1.0/docs/rules/date-order.md')
    const page = readFileSync(join(ROOT, 'docs/rules/date-order.md'), 'utf8')
    const finds = /## What it finds\n\n(.+)\n/.exec(page)![1]!
    const fix = /## How to fix it\n\n(.+)\n/.exec(page)![1]!
    expect(dateOrder.help.markdown).toContain(finds)
    expect(dateOrder.help.markdown).toContain(fix)
    expect(dateOrder.shortDescription.text).toBe('start after due; resolved before raised; updates not in date order; a decision done before its meeting')
  })

  it('speaks Chinese with --lang zh: messages and short descriptions', () => {
    const { result, options } = checked('errors/unknown-ref', 'zh')
    const log = JSON.parse(DIAGNOSTICS_RENDERERS.sarif(result, options)) as SarifLog
    expect(validateSarif(log)).toBe(true)
    expect(log.runs[0]!.results[0]!.message.text).toMatch(/引用/)
    expect(log.runs[0]!.tool.driver.rules.find((r) => r.id === 'unknown-ref')!.shortDescription.text).toBe('引用了不存在的记录，或类型不对的记录（给出最接近的标识）')
  })

  it('prefixes paths with the workspace folder inside the repository, percent-encoded', () => {
    const log = JSON.parse(render('sarif', 'errors/unknown-ref', { prefix: 'data 2024/' })) as SarifLog
    expect(validateSarif(log)).toBe(true)
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('data%202024/chains/textile-garment.yaml')
  })
})

describe('--format gitlab', () => {
  it.each(WORKSPACES)('%s: the Code Quality shape, at the lines of json', (fixture) => {
    const issues = JSON.parse(render('gitlab', fixture)) as GitlabIssue[]
    const fromJson = jsonOf(fixture)
    expect(issues.map((i) => ({ file: i.location.path, line: i.location.lines.begin, rule: i.check_name, message: i.description, severity: i.severity }))).toEqual(
      fromJson.map((d) => ({ file: d.file, line: d.line, rule: d.rule, message: d.message, severity: d.severity === 'error' ? 'major' : 'minor' })),
    )
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity'])
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    }
  })

  it('fingerprints: the same across two runs, different for different findings, in every fixture', () => {
    const all: string[] = []
    for (const fixture of WORKSPACES) {
      const first = (JSON.parse(render('gitlab', fixture)) as GitlabIssue[]).map((i) => i.fingerprint)
      const second = (JSON.parse(render('gitlab', fixture)) as GitlabIssue[]).map((i) => i.fingerprint)
      expect(second).toEqual(first)
      all.push(...first)
    }
    expect(new Set(all).size).toBe(all.length)
    expect(all.length).toBeGreaterThan(20)
  })

  it('fingerprints survive lines moving, and tell identical messages in one file apart', () => {
    const { result, options } = checked('errors/unknown-ref')
    const base = (JSON.parse(DIAGNOSTICS_RENDERERS.gitlab(result, options)) as GitlabIssue[]).map((i) => i.fingerprint)
    const moved = { ...result, diagnostics: result.diagnostics.map((d) => ({ ...d, line: d.line + 3, endLine: d.endLine + 3 })) }
    expect((JSON.parse(DIAGNOSTICS_RENDERERS.gitlab(moved, options)) as GitlabIssue[]).map((i) => i.fingerprint)).toEqual(base)
    const twice = { ...result, diagnostics: [result.diagnostics[0]!, { ...result.diagnostics[0]!, line: 40, endLine: 40 }] }
    const [a, b] = (JSON.parse(DIAGNOSTICS_RENDERERS.gitlab(twice, options)) as GitlabIssue[]).map((i) => i.fingerprint)
    expect(a).toBe(base[0])
    expect(b).not.toBe(a)
  })
})

/** A check result of `errors` errors and `warnings` warnings, one per line of one file. */
function many(errors: number, warnings: number): CheckResult {
  const { result } = checked('minimal')
  const diagnostic = (i: number, severity: 'error' | 'warning') => ({ file: 'people.yaml', line: i + 1, column: 3, endLine: i + 1, endColumn: 5, severity, rule: severity === 'error' ? ('schema' as const) : ('future-date' as const), message: `finding ${i}` })
  const diagnostics = [...Array.from({ length: warnings }, (_, i) => diagnostic(i, 'warning')), ...Array.from({ length: errors }, (_, i) => diagnostic(warnings + i, 'error'))]
  return { ...result, errors, warnings, diagnostics }
}

describe('--format github: the annotation-cap line', () => {
  const options = checked('minimal').options
  const lastLine = (r: CheckResult, lang: 'en' | 'zh' = 'en') => DIAGNOSTICS_RENDERERS.github(r, { ...options, lang }).trimEnd().split('\n').at(-1)

  it('is absent at 10 errors and 10 warnings, the most GitHub shows', () => {
    expect(lastLine(many(10, 10))).toBe('✖ 5 files checked: 10 errors, 10 warnings')
  })

  it('says how many errors and warnings are not shown as annotations', () => {
    const text = DIAGNOSTICS_RENDERERS.github(many(13, 11), options)
    const lines = text.trimEnd().split('\n')
    expect(lines).toHaveLength(24 + 2)
    expect(lines.slice(0, 13).every((l) => l.startsWith('::error '))).toBe(true)
    expect(lines.at(-2)).toBe('✖ 5 files checked: 13 errors, 11 warnings')
    expect(lines.at(-1)).toBe('GitHub shows at most 10 error and 10 warning annotations per step: 3 errors and 1 warning are not shown as annotations; all are listed above.')
    expect(lastLine(many(2, 25))).toBe('GitHub shows at most 10 error and 10 warning annotations per step: 0 errors and 15 warnings are not shown as annotations; all are listed above.')
    expect(lastLine(many(11, 0), 'zh')).toBe('GitHub 每个步骤最多显示 10 个错误注释和 10 个警告注释：另有 1 个错误和 0 个警告未显示为注释，完整列表见上文。')
  })
})

describe('the GitHub step summary', () => {
  it('has the counts and a table of every finding, errors first', () => {
    const { result } = checked('minimal')
    const at = { endLine: 0, endColumn: 0 }
    const mixed: CheckResult = {
      ...result,
      errors: 1,
      warnings: 1,
      diagnostics: [
        { ...at, file: 'chains/textile-garment.yaml', line: 31, column: 15, severity: 'warning', rule: 'future-date', message: 'milestone done on 2099-09-15, after the as-of date 2024-01-01' },
        { ...at, file: 'people.yaml', line: 2, column: 9, severity: 'error', rule: 'schema', message: 'id "Wang Xiao" must match ^[a-z0-9][a-z0-9-]*$' },
      ],
    }
    expect(renderGithubStepSummary(mixed, { lang: 'en', prefix: 'data/' })).toBe(
      [
        '### chainchief check',
        '',
        '✖ 5 files checked: 1 error, 1 warning',
        '',
        '| Location | Severity | Rule | Message |',
        '|---|---|---|---|',
        '| data/people.yaml:2:9 | error | schema | id "Wang Xiao" must match ^\\[a-z0-9\\]\\[a-z0-9-\\]\\*$ |',
        '| data/chains/textile-garment.yaml:31:15 | warning | future-date | milestone done on 2099-09-15, after the as-of date 2024-01-01 |',
        '',
        '',
      ].join('\n'),
    )
  })

  it('says there are none when there are none, in the output language', () => {
    const { result } = checked('minimal', 'zh')
    expect(renderGithubStepSummary(result, { lang: 'zh', prefix: '' })).toBe('### chainchief 检查\n\n✔ 已检查 5 个文件，未发现问题\n\n未发现问题。\n\n')
  })

  it('a | or a line break in a message cannot break the table', () => {
    const { result } = checked('minimal')
    const hostile = { ...result, errors: 1, diagnostics: [{ file: 'a|b.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error' as const, rule: 'schema' as const, message: 'x | y\n| --- |\n# heading <b>bold</b>' }] }
    const text = renderGithubStepSummary(hostile, { lang: 'en', prefix: '' })
    const rows = text.split('\n').filter((l) => l.startsWith('|'))
    expect(rows).toHaveLength(3)
    expect(rows[2]).toBe('| a\\|b.yaml:1:1 | error | schema | x \\| y \\| --- \\| # heading \\<b\\>bold\\</b\\> |')
  })
})

describe('hostile text in the JSON formats', () => {
  const HOSTILE = 'x\u001b[31m\u009b2J\u202e ##[set-output name=y]z\n::add-mask::secret "q"'
  const hostileResult = (): CheckResult => {
    const { result } = checked('minimal')
    return { ...result, errors: 1, diagnostics: [{ file: 'meetings/a\u202eb.yaml', line: 2, column: 1, endLine: 2, endColumn: 4, severity: 'error', rule: 'schema', message: HOSTILE }] }
  }

  it.each(['sarif', 'gitlab'] as const)('%s: every control, bidi and ##[ written as a \\u escape; the parsed value is the data', (format) => {
    const text = DIAGNOSTICS_RENDERERS[format](hostileResult(), checked('minimal').options)
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
    expect(text).not.toContain('##[')
    for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false)
    expect(text).toContain('\\u001b[31m\\u009b2J\\u202e ##\\u005bset-output')
    const parsed = JSON.parse(text) as SarifLog | GitlabIssue[]
    const message = Array.isArray(parsed) ? parsed[0]!.description : parsed.runs[0]!.results[0]!.message.text
    expect(message).toBe(HOSTILE)
    if (format === 'sarif') expect(validateSarif(parsed)).toBe(true)
  })
})
