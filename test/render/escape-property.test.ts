// Property test of contract §8 over every output format: random strings made of every C0 and
// C1 control, bidi and invisible characters, BOMs, workflow-command openers (`::`, `##[`),
// `%`, formula starts (= + - @ and their full-width forms), white space, CR and LF are put
// into every text field of a workspace (and into diagnostics), then every renderer of every
// family runs, and each output is held to its destination's guarantee: no line that a CI
// runner would take as a command, no raw control or bidi character; JSON and CSV lossless.
// The families are read from the renderer maps, so a format added to a map is covered.
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { buildModel } from '../../src/model/build-model.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import type { SourceFile } from '../../src/workspace/source.js'
import { DIAGNOSTICS_RENDERERS } from '../../src/render/diagnostics/index.js'
import { renderGithubStepSummary } from '../../src/render/diagnostics/github-summary.js'
import { PROGRESS_RENDERERS } from '../../src/render/progress/index.js'
import { BRIEF_RENDERERS } from '../../src/render/brief/index.js'
import { PROBLEMS_RENDERERS } from '../../src/render/problems/index.js'
import { ROSTER_RENDERERS } from '../../src/render/roster/index.js'
import { MEETINGS_RENDERERS } from '../../src/render/meetings/index.js'
import { TASK_RENDERERS } from '../../src/render/task/index.js'
import { buildProblemsReport } from '../../src/report/problems.js'
import { buildRosterReport } from '../../src/report/roster.js'
import { buildMeetingsReport } from '../../src/report/meetings.js'
import { buildTaskCard } from '../../src/report/task.js'
import type { Model } from '../../src/model/types.js'
import { buildProgressReport } from '../../src/report/progress.js'
import { buildBrief } from '../../src/report/brief/index.js'
import { csvCell, decodeCsvCellText, jsonText, markdownText, htmlText, terminalText, wordText, githubData, githubProperty } from '../../src/render/escape.js'
import { PLAIN } from '../../src/render/style.js'
import type { Diagnostic } from '../../src/findings/index.js'
import type { Lang } from '../../src/model/types.js'
import { FIXTURES } from '../helpers/run-cli.js'
import { seededRandom as random } from '../helpers/seeded-random.js'

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i))
const PIECES = [
  ...range(0x00, 0x1f), '\u007f', ...range(0x80, 0x9f), // every C0, DEL, every C1
  ...range(0x202a, 0x202e), ...range(0x2066, 0x2069), '\u200e', '\u200f', '\u061c', // bidi
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u2028', '\u2029', '\u3164', // invisible, separators
  '::', '::add-mask::secret', '::error file=x::forged', '::stop-commands::tok', '##[', '##[group]', '%', '%0A', '%25',
  '=', '+', '-', '@', '＝', '＋', '－', '＠', "'", '"', ',', ';', '|', '\\', '\\u', '\\u0041', '`', '*', '_', '[', ']', '<', '>', '&', '&amp;', '#', '1.',
  ' ', '  ', '\u3000', '\u00a0', '\t', '\n', '\r', '\r\n', '\n  ', '\n\n',
  '\u001b]8;;https://evil.example/\u0007link\u001b]8;;\u0007', '\u001b]52;c;cm0gLXJmIH4=\u0007', '\u009b31m', '\u001b[2J',
  '纺织服装', '链长', 'Textiles', 'x', '𠀀', '\ud800', '\udfff', '=cmd|\' /C calc\'!A0',
]

function hostileStrings(seed: number, count: number): string[] {
  const rnd = random(seed)
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(rnd() * 8)
    let s = ''
    for (let i = 0; i < n; i++) s += PIECES[Math.floor(rnd() * PIECES.length)]!
    return s
  })
}

// —— the guarantees ——————————————————————————————————————————————————————————————————

// Raw characters no output may hold: C0 but tab, LF and CR; DEL; C1; bidi; line separators.
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/
// The runner trims with .NET's Char.IsWhiteSpace: Unicode white space, NEL included.
const LEADING_WHITE = /^[\s\u0085]*/

/** The runner's view: lines split at LF (CRLF and lone CR too, to be strict). */
const linesOf = (text: string) => text.split(/\r\n|\n|\r/)

function expectInert(text: string, where: string, ownCommand?: RegExp): void {
  const raw = RAW_UNSAFE.exec(text)
  expect(raw, `${where}: raw U+${raw?.[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${raw?.index}`).toBeNull()
  expect(/\r(?!\n)/.test(text), `${where}: a lone CR`).toBe(false)
  expect(text.includes('##['), `${where}: ##[`).toBe(false)
  for (const line of linesOf(text)) {
    const trimmed = line.replace(LEADING_WHITE, '')
    if (!trimmed.startsWith('::')) continue
    expect(ownCommand !== undefined && ownCommand.test(line), `${where}: a line that a runner takes as a command: ${JSON.stringify(line)}`).toBe(true)
  }
}

/** RFC 4180 fields of a CSV text with CRLF row ends. */
function parseCsv(text: string, bom = false): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  if (bom) expect(text.startsWith('\uFEFF')).toBe(true)
  let i = bom ? 1 : 0
  while (i < text.length) {
    let field = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        const q = text.indexOf('"', i)
        if (q === -1) throw new Error('unterminated quote')
        field += text.slice(i, q)
        i = q + 1
        if (text[i] === '"') { field += '"'; i++ } else break
      }
    } else {
      const m = /[,\r]/.exec(text.slice(i))
      const end = m ? i + m.index : text.length
      field = text.slice(i, end)
      expect(field.includes('\n') || field.includes('"'), 'an unquoted field with LF or a quote').toBe(false)
      i = end
    }
    row.push(field)
    if (text[i] === ',') { i++; continue }
    expect(text.slice(i, i + 2)).toBe('\r\n')
    i += 2
    rows.push(row)
    row = []
  }
  return rows
}

// —— hostile data ——————————————————————————————————————————————————————————————————

const TEXT_KEYS = new Set(['name', 'title', 'short', 'text', 'notes', 'topic', 'summary', 'note', 'zh', 'en', 'number', 'time', 'location'])

/** Every text value of the data replaced by the next hostile string (ids, dates and enums stay). */
function poison(data: unknown, next: () => string, key = ''): unknown {
  if (Array.isArray(data)) return data.map((v) => poison(v, next, key))
  if (data !== null && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, poison(v, next, k)]))
  }
  return typeof data === 'string' && TEXT_KEYS.has(key) ? next() : data
}

function poisonedFiles(fixture: string, seed: number): SourceFile[] {
  const strings = hostileStrings(seed, 5000)
  let n = 0
  const next = () => strings[n++ % strings.length]!
  return loadWorkspace(join(FIXTURES, fixture)).files.map((f) => ({ ...f, data: poison(f.data, next) }))
}

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8]
const LANGS: Lang[] = ['en', 'zh']

describe('every escaping function keeps its guarantee', () => {
  const strings = hostileStrings(42, 3000)

  it('terminal text, markdown, HTML, Word and workflow data: inert, one line where it must be', () => {
    for (const s of strings) {
      for (const [name, fn] of [['terminal', terminalText], ['markdown', markdownText], ['html', htmlText], ['github property', githubProperty]] as const) {
        const out = fn(s)
        expectInert(out, `${name}(${JSON.stringify(s)})`)
        expect(/[\r\n]/.test(out), `${name} keeps data on one line`).toBe(false)
      }
      // Workflow command data always follows the command's own `::name ...::`.
      const command = `::error file=a.yaml::${githubData(s)}`
      expectInert(command, `github data(${JSON.stringify(s)})`, /^::error file=a\.yaml::/)
      expect(/[\r\n]/.test(command), 'github data keeps the command on one line').toBe(false)
      const word = wordText(s)
      // XML 1.0 allows tab, LF and CR only among C0; nothing raw reaches a reader.
      // eslint-disable-next-line no-control-regex
      expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/.test(word), JSON.stringify(word)).toBe(false)
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(word)).toBe(false)
      // text and attribute safe: no markup, no quote, every & starts one of the five entities
      expect(/[<>"']|&(?!(?:amp|lt|gt|quot|apos);)/.test(word), JSON.stringify(word)).toBe(false)
    }
  })

  it('JSON and CSV cells: inert and lossless', () => {
    for (const s of strings) {
      const json = jsonText({ s })
      expectInert(json, `json(${JSON.stringify(s)})`)
      expect((JSON.parse(json) as { s: string }).s).toBe(s)
      const csv = csvCell(s) + '\r\n'
      expectInert(csv, `csv(${JSON.stringify(s)})`)
      const [[cell]] = parseCsv(csv) as [[string]]
      expect(decodeCsvCellText(cell)).toBe(s)
      // A spreadsheet never sees a formula start: after white space, only the guard quote.
      expect(/^\s*[=+\-@＝＋－＠\t\r]/.test(cell), JSON.stringify(cell)).toBe(false)
    }
  })
})

describe('every diagnostics format', () => {
  const formats = { ...DIAGNOSTICS_RENDERERS, 'github step summary': renderGithubStepSummary }
  for (const [format, render] of Object.entries(formats)) {
    it(`${format}: inert${format === 'json' ? ', lossless' : ''}`, () => {
      let parsesAsJson = 0
      for (const seed of SEEDS) {
        const strings = hostileStrings(seed, 200)
        const diagnostics: Diagnostic[] = strings.slice(0, 40).map((message, i) => ({
          file: `chains/${strings[100 + i]}.yaml`, line: 1 + (i % 3), column: 1 + i, endLine: 1 + (i % 3), endColumn: 3 + i,
          severity: i % 3 === 0 ? 'warning' : 'error', rule: 'schema', message,
        }))
        const sources = new Map(diagnostics.map((d, i) => [d.file, `${strings[150 + (i % 50)]}\n${strings[60 + i]}\nid: x\n`]))
        for (const lang of LANGS) {
          const out = render({ files: 3, errors: 27, warnings: 13, diagnostics }, { lang, style: PLAIN, sources, workspace: `/data/${strings[99]}`, prefix: '' })
          expectInert(out, `${format} seed ${seed}`, format === 'github' ? /^::(error|warning) file=[^,:\r\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/ : undefined)
          if (format === 'json') {
            const parsed = JSON.parse(out) as { workspace: string; diagnostics: Array<{ file: string; message: string }> }
            expect(parsed.workspace).toBe(`/data/${strings[99]}`)
            expect(parsed.diagnostics.map((d) => [d.file, d.message])).toEqual(diagnostics.map((d) => [d.file, d.message]))
          }
          // Every JSON format (json, sarif, gitlab, …) carries each message whole.
          const json = tryJson(out)
          if (json !== undefined) {
            parsesAsJson++
            const texts = stringsIn(json)
            for (const d of diagnostics) expect(texts.some((t) => t.includes(d.message)), `${format}: ${JSON.stringify(d.message)} kept`).toBe(true)
          }
        }
      }
      if (['json', 'sarif', 'gitlab'].includes(format)) expect(parsesAsJson).toBeGreaterThan(0)
    })
  }
})

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Every string in a value, deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

describe('every progress format', () => {
  for (const [format, render] of Object.entries(PROGRESS_RENDERERS)) {
    for (const tasks of [false, true]) {
      it(`${format}${tasks ? ' --tasks' : ''}: inert${format === 'json' || format === 'csv' ? ', lossless' : ''}`, () => {
        for (const seed of SEEDS) {
          const model = buildModel(poisonedFiles('progress', seed))
          for (const lang of LANGS) {
            const report = buildProgressReport(model, { asOf: '2024-03-01', lang })
            expect(report.tasks.length).toBeGreaterThan(0)
            for (const [width, ascii] of [[Number.POSITIVE_INFINITY, false], [48, true]] as const) {
              const out: unknown = render(report, { lang, style: PLAIN, width, ascii, tasks, bom: true })
              if (typeof out !== 'string') continue // a binary format: its own test
              expectInert(out, `${format} ${lang} seed ${seed} width ${width}`)
              if (format === 'json') {
                const parsed = JSON.parse(out) as { tasks?: Array<{ title: string; ownerName: string }>; chains?: Array<{ name: string }> }
                if (tasks) expect(parsed.tasks!.map((t) => [t.title, t.ownerName])).toEqual(report.tasks.map((t) => [t.title, t.ownerName]))
                else expect(parsed.chains!.map((c) => c.name)).toEqual(report.chains.map((c) => c.name))
              }
              if (format === 'csv') {
                const rows = parseCsv(out, true).slice(1).map((r) => r.map(decodeCsvCellText))
                if (tasks) expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual(report.tasks.map((t) => [t.chainName, t.title, t.ownerName]))
                else expect(rows.slice(0, -1).map((r) => [r[0], r[1]])).toEqual(report.chains.map((c) => [c.name, c.chiefName ?? '']))
              }
            }
          }
        }
      })
    }
  }
})

describe('every brief format', () => {
  for (const [format, render] of Object.entries(BRIEF_RENDERERS)) {
    it(`${format}: inert`, () => {
      for (const seed of SEEDS) {
        const model = buildModel(poisonedFiles('brief', seed))
        for (const meeting of model.meetings) {
          for (const lang of LANGS) {
            const out: unknown = render(buildBrief(model, meeting.id, { lang }))
            if (typeof out !== 'string') continue // a binary format: its own test
            expectInert(out, `${format} ${meeting.id} ${lang} seed ${seed}`)
          }
        }
      }
    })
  }
})

/** `value` with every occurrence of each of `texts` taken out, longest first. */
function withoutAll(value: string, texts: ReadonlySet<string>): string {
  let rest = value
  for (const t of [...texts].filter((x) => x !== '').sort((a, b) => b.length - a.length)) if (rest.includes(t)) rest = rest.split(t).join('')
  return rest
}

/** The views of contract §10, each with the reports it renders from one model. */
const VIEWS: Array<[string, Record<string, (report: never, options: never) => unknown>, (model: Model, lang: Lang) => unknown[]]> = [
  ['problems', PROBLEMS_RENDERERS, (model, lang) => [buildProblemsReport(model, { asOf: '2024-06-30', lang })]],
  ['roster', ROSTER_RENDERERS, (model, lang) => [buildRosterReport(model, { lang })]],
  ['meetings', MEETINGS_RENDERERS, (model, lang) => [buildMeetingsReport(model, { asOf: '2024-06-30', lang })]],
  ['task', TASK_RENDERERS, (model, lang) => model.tasks.map((t) => buildTaskCard(model, t.id, { asOf: '2024-06-30', lang }))],
]

describe('every view format', () => {
  for (const [view, renderers, reports] of VIEWS) {
    for (const [format, render] of Object.entries(renderers)) {
      it(`${view} ${format}: inert${format === 'json' || format === 'csv' ? ', lossless' : ''}`, () => {
        for (const seed of SEEDS.slice(0, 4)) {
          const model = buildModel(poisonedFiles('brief', seed))
          for (const lang of LANGS) {
            for (const report of reports(model, lang)) {
              expect(report).toBeDefined()
              const texts = new Set(stringsIn(report))
              for (const [width, ascii] of [[Number.POSITIVE_INFINITY, false], [48, true]] as const) {
                const out = (render as (r: unknown, o: unknown) => unknown)(report, { lang, style: PLAIN, width, ascii, bom: true })
                if (typeof out !== 'string') continue // a binary format: its own test
                expectInert(out, `${view} ${format} ${lang} seed ${seed} width ${width}`)
                // JSON and CSV carry every hostile string of the report whole: what is left of a
                // value once the report's strings are taken out of it is our own words.
                const values = format === 'json' ? stringsIn(JSON.parse(out)) : format === 'csv' ? parseCsv(out, true).flat().map(decodeCsvCellText) : []
                for (const value of values) expect(RAW_UNSAFE.test(withoutAll(value, texts)), JSON.stringify(value)).toBe(false)
              }
            }
          }
        }
      })
    }
  }
})
