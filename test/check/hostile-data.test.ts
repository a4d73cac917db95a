// The second round of hostile inputs (issue #16), checked in process: dates out of the years
// 1900–9999, weights that are not finite, `schema` that cannot be lowered, huge and invisible
// values in messages, aliases and line ends that used to move positions, links that leave
// the workspace, as-of dates and windows at the end of the calendar, and work that must stay
// linear. Contract §2, §3, §4, §8.
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkWorkspace, type CheckResult } from '../../src/check/run-checks.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { buildProgressReport } from '../../src/report/progress.js'
import { renderProgressTable } from '../../src/render/progress/table.js'
import { renderProgressJson } from '../../src/render/progress/json.js'
import { renderDiagnosticsPretty } from '../../src/render/diagnostics/pretty.js'
import { PLAIN } from '../../src/render/style.js'
import { FIXTURES, scratchCopy, scratchDir } from '../helpers/run-cli.js'

let cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups) c()
  cleanups = []
})

const CHAIN = 'chains/textile-garment.yaml'

/** A scratch copy of the minimal workspace, with files replaced or edited. */
function workspace(edit: Record<string, string | ((text: string) => string)> = {}): string {
  const { dir, cleanup } = scratchCopy(join(FIXTURES, 'minimal'))
  cleanups.push(cleanup)
  for (const [file, change] of Object.entries(edit)) {
    const path = join(dir, file)
    writeFileSync(path, typeof change === 'string' ? change : change(readFileSync(path, 'utf8')))
  }
  return dir
}

function check(dir: string, asOf = '2024-01-01'): CheckResult & { of: (rule: string) => CheckResult['diagnostics'] } {
  const result = checkWorkspace(loadWorkspace(dir), { asOf, lang: 'en' })
  return Object.assign(result, { of: (rule: string) => result.diagnostics.filter((d) => d.rule === rule) })
}

const brief = (r: CheckResult) => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)

describe('dates of the years 1900 to 9999 (contract §2)', () => {
  it('a due date in the year 0022 is a schema error at its value, not a task that vanishes', () => {
    const r = check(workspace({ [CHAIN]: (t) => t.replace('due: 2023-06-30', 'due: 0022-10-31') }))
    expect(brief(r)).toEqual([`${CHAIN}:13:10 schema "due" "0022-10-31" has the year 0022: dates must be of the years 1900 to 9999 (a typo?)`])
  })

  it('a meeting dated 0022-09-01 too; a date that is no date at all gets one message, not two', () => {
    const meeting = 'meetings/2023-03-15-textile-garment.yaml'
    const r = check(workspace({ [meeting]: (t) => t.replace(/^date: .*$/m, 'date: 0022-09-01'), [CHAIN]: (t) => t.replace('due: 2023-06-30', 'due: 2023-02-30') }))
    expect(r.of('schema').map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      `${CHAIN}:13 "due" "2023-02-30" is not a real date written YYYY-MM-DD`,
      `${meeting}:3 "date" "0022-09-01" has the year 0022: dates must be of the years 1900 to 9999 (a typo?)`,
    ])
  })

  it('the schemas bound the year where every editor checks it (a pattern beside format: date)', () => {
    const schema = JSON.parse(readFileSync(join(FIXTURES, '../../schemas/chain.schema.json'), 'utf8')) as { definitions: { date: { pattern: string; format: string } } }
    const re = new RegExp(schema.definitions.date.pattern)
    expect(['1900-01-01', '2023-06-30', '9999-12-31'].map((d) => re.test(d))).toEqual([true, true, true])
    expect(['0022-10-31', '1899-12-31', '0999-01-01'].map((d) => re.test(d))).toEqual([false, false, false])
    expect(schema.definitions.date.format).toBe('date')
  })
})

describe('weights are finite numbers (contract §2)', () => {
  for (const [written, found] of [['.inf', 'an infinite number (.inf, or a number too large to hold, such as 1e309)'], ['1e309', 'an infinite number (.inf, or a number too large to hold, such as 1e309)'], ['.nan', 'not a number (.nan)']]) {
    it(`weight: ${written} says what is wrong`, () => {
      const r = check(workspace({ [CHAIN]: (t) => t.replace('    progress: 50\n', `    progress: 50\n    weight: ${written}\n`) }))
      expect(brief(r)).toEqual([`${CHAIN}:16:13 schema "weight" must be a finite number, found ${found}`])
    })
  }

  it('two tasks of weight 1e308: the chain progress is their mean, never NaN', () => {
    const dir = workspace({ [CHAIN]: (t) => t.replace('    progress: 50\n', '    progress: 50\n    weight: 1e308\n').replace('    progress: 100\n', '    progress: 100\n    weight: 1e308\n') })
    const r = check(dir)
    expect(r.errors).toBe(0)
    const report = buildProgressReport(r.model, { asOf: '2023-12-31', lang: 'en' })
    expect(report.chains[0]!.progress).toBe(75)
    expect(report.total.progress).toBe(75)
    expect(renderProgressTable(report, { lang: 'en', style: PLAIN, width: Infinity, ascii: true, tasks: false, bom: false })).not.toMatch(/NaN/)
    expect(JSON.parse(renderProgressJson(report, { lang: 'en', style: PLAIN, width: Infinity, ascii: true, tasks: false, bom: false })).total.progress).toBe(75)
  })
})

describe('schema cannot be lowered (contract §4)', () => {
  it('rules: {schema: off} is itself an error, and the broken record is still reported', () => {
    const r = check(workspace({
      'chainchief.yaml': (t) => `${t.trimEnd()}\nrules:\n  schema: off\n`,
      [CHAIN]: (t) => t.replace('status: in-progress', 'status: half-done'),
    }))
    expect(r.of('schema').map((d) => `${d.file} ${d.severity} ${d.message}`)).toEqual([
      'chainchief.yaml error "schema" must be one of error, found "off"',
      `${CHAIN} error "status" must be one of planned, in-progress, done, blocked, cancelled, found "half-done"`,
    ])
  })
})

describe('values quoted in messages (contract §8)', () => {
  it('a 2 MB bad value is shortened', () => {
    const huge = 'x'.repeat(2 * 1024 * 1024)
    const r = check(workspace({ [CHAIN]: (t) => t.replace('status: in-progress', `status: ${huge}`) }))
    const [d] = r.of('schema')
    expect(d!.message).toBe(`"status" must be one of planned, in-progress, done, blocked, cancelled, found "${'x'.repeat(79)}…${'x'.repeat(11)}"`)
  })

  it('a zero-width space in a key is shown escaped', () => {
    const r = check(workspace({ [CHAIN]: (t) => t.replace('    category: technology', '    cate\u200bgory: technology') }))
    // one mistake, one diagnostic: the slip is folded with the missing field it explains
    expect(r.of('schema').map((d) => d.message)).toEqual(['unknown field "cate\\u200bgory": did you mean "category", a required field that is missing here?'])
  })
})

describe('positions stay true (contract §4)', () => {
  it('an alias to an anchor that does not exist is reported at the alias, not as a bomb at 1:1', () => {
    const r = check(workspace({ [CHAIN]: (t) => t.replace('    owner: jifa', '    owner: *ent-a') }))
    expect(r.of('yaml-syntax').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '10:12 alias *ent-a refers to no anchor &ent-a above it',
    ])
  })

  it('after a multi-line plain scalar that follows an alias, positions do not drift', () => {
    const r = check(workspace({
      [CHAIN]: (t) => t
        .replace('leader_enterprises: [weiqiao, jifa]', 'leader_enterprises: [&w weiqiao, jifa]')
        .replace('    partners: [weiqiao]', '    partners: [*w]')
        .replace('    title: 产业链协作平台', '    title: 产业链协作平台\n      的二期工程\n      与三期工程')
        .replace('status: done', 'status: finished'),
    }))
    expect(brief(r)).toEqual([`${CHAIN}:28:13 schema "status" must be one of planned, in-progress, done, blocked, cancelled, found "finished"`])
  })

  it('lone CR line ends (a YAML 1.2 line break) read as the same file', () => {
    const lf = check(workspace())
    const r = check(workspace({ [CHAIN]: (t) => t.replaceAll('\n', '\r').replace('status: done', 'status: finished') }))
    expect(lf.errors).toBe(0)
    expect(brief(r)).toEqual([`${CHAIN}:26:13 schema "status" must be one of planned, in-progress, done, blocked, cancelled, found "finished"`])
  })
})

describe('a link that leaves the workspace (contract §2)', () => {
  it('is a file-read error, and its text is never shown', () => {
    const outside = scratchDir()
    cleanups.push(outside.cleanup)
    const secret = join(outside.dir, 'secret.yaml')
    writeFileSync(secret, 'id: textile-garment\nname: TOP-SECRET-TOKEN\nbad field: [\n')
    const dir = workspace()
    symlinkSync(secret, join(dir, 'chains', 'leak.yaml'))
    symlinkSync('textile-garment.yaml', join(dir, 'chains', 'inside.yaml'))
    const loaded = loadWorkspace(dir)
    const r = checkWorkspace(loaded, { asOf: '2024-01-01', lang: 'en' })
    const leak = r.diagnostics.filter((d) => d.file === 'chains/leak.yaml')
    expect(leak.map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}`)).toEqual([
      'file-read 1:1 not read: the symbolic link leads outside the workspace',
    ])
    // The link that stays inside is read as any file (its ids then clash with the original).
    expect(r.diagnostics.some((d) => d.file === 'chains/inside.yaml' && d.rule === 'file-name')).toBe(true)
    const pretty = renderDiagnosticsPretty(r, { lang: 'en', style: PLAIN, sources: new Map(loaded.files.map((f) => [f.path, f.text])), workspace: dir, prefix: '' })
    expect(pretty).not.toContain('TOP-SECRET')
    expect(loaded.files.find((f) => f.path === 'chains/leak.yaml')?.text).toBe('')
  })
})

describe('the end of the calendar (contract §3)', () => {
  it('--as-of 9999-12-31 keeps a task due that day due soon', () => {
    const r = check(workspace({ [CHAIN]: (t) => t.replace('due: 2023-06-30', 'due: 9999-12-31') }), '9999-12-31')
    expect(r.errors).toBe(0)
    const report = buildProgressReport(r.model, { asOf: '9999-12-31', lang: 'en' })
    expect(report.tasks.filter((t) => t.dueSoon).map((t) => t.id)).toEqual(['smart-dyeing-upgrade'])
    expect(report.chains[0]!.dueSoon).toBe(1)
  })

  it('a window of a billion days is every date there is, not "Invalid time value"', () => {
    const r = check(workspace({ [CHAIN]: (t) => t.replace('due: 2023-06-30', 'due: 9999-12-31') }))
    for (const window of [100_000_000, 999_999_999, Number.MAX_SAFE_INTEGER]) {
      const report = buildProgressReport(r.model, { asOf: '2024-01-01', lang: 'en', window })
      expect(report.tasks.filter((t) => t.dueSoon).map((t) => t.id)).toEqual(['smart-dyeing-upgrade'])
    }
  })
})
