// The fast parse path (js-yaml, src/workspace/parse-yaml-fast.ts) must judge every file as the
// `yaml` package does (parse-yaml.ts): the same data, the same findings at the same positions.
// Proved over the YAML test suite (../shared/corpus, which CI always has) and over our own
// fixtures and example, each also with CRLF line ends; then whole workspaces through `check`.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkWorkspace } from '../../src/check/run-checks.js'
import type { Finding } from '../../src/findings/index.js'
import { loadWorkspace, type LoadedWorkspace } from '../../src/workspace/load-workspace.js'
import { parseYaml } from '../../src/workspace/parse-yaml.js'
import { fastData, parseYamlFast } from '../../src/workspace/parse-yaml-fast.js'
import { readWorkspaceFile } from '../../src/workspace/read-file.js'
// @ts-expect-error: a plain .mjs script without types
import { generateWorkspace } from '../../bench/generate.mjs'
import { EXAMPLE, FIXTURES, ROOT } from '../helpers/run-cli.js'

const CORPUS = join(ROOT, '../shared/corpus/yaml-test-suite')
const hasCorpus = existsSync(CORPUS)

/** Data as text that tells -0 from 0, NaN, key order and types apart. */
const serialize = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? `number:${Object.is(v, -0) ? '-0' : String(v)}` : v))

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return yamlFiles(path)
    return /\.ya?ml$/.test(entry.name) ? [path] : [] // links too: unreadable ones are skipped below
  })
}

function expectSameJudgement(path: string, text: string): boolean {
  const precise = parseYaml({ path, text })
  const fast = parseYamlFast({ path, text })
  expect(serialize(fast.data), path).toBe(serialize(precise.data))
  expect(fast.ok, path).toBe(precise.ok)
  expect(fast.findings, path).toEqual(precise.findings)
  return fastData(text) !== undefined
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n')

// A generated workspace like the benchmark's: block scalars, flow maps, Chinese text.
const generated = mkdtempSync(join(tmpdir(), 'chainchief-diff-'))
generateWorkspace(generated, { tasks: 12 })
afterAll(() => rmSync(generated, { recursive: true, force: true }))

describe.skipIf(!hasCorpus)('the YAML test suite (../shared/corpus/yaml-test-suite)', () => {
  for (const [folder, count] of [['error', 94], ['valid', 308]] as const) {
    it(`${folder}/: both paths give the same data and findings, LF and CRLF`, () => {
      const names = readdirSync(join(CORPUS, folder)).filter((n) => n.endsWith('.yaml'))
      expect(names.length).toBe(count)
      let fastPaths = 0
      for (const name of names) {
        const text = readFileSync(join(CORPUS, folder, name), 'utf8')
        if (expectSameJudgement(`${folder}/${name}`, text)) fastPaths++
        expectSameJudgement(`${folder}/${name} (CRLF)`, crlf(text))
        if (folder === 'error') expect(parseYamlFast({ path: name, text }).ok, `${name} must be rejected`).toBe(false)
      }
      // The fast path must really be taken on plain files, or this proves nothing.
      if (folder === 'valid') expect(fastPaths).toBeGreaterThan(50)
    })
  }
})

if (!hasCorpus) {
  console.warn(`skipping the YAML test suite: ${CORPUS} is not here (it is beside the project in CI)`)
  // CI always has the corpus beside the clone: there, its absence is a failure, not a skip.
  it.runIf(process.env.CI === 'true')('CI has the YAML test suite beside the project', () => {
    expect(hasCorpus).toBe(true)
  })
}

describe('our fixtures, the example and a generated workspace', () => {
  const files = [...yamlFiles(FIXTURES), ...yamlFiles(EXAMPLE), ...yamlFiles(generated)]

  it('every file: the same data and findings on both paths, LF and CRLF', () => {
    let fastPaths = 0
    for (const path of files) {
      const read = readWorkspaceFile(path, path)
      if (!read.ok) continue // encoding and file-read fixtures: never parsed
      const name = relative(ROOT, path)
      if (expectSameJudgement(name, read.text)) fastPaths++
      expectSameJudgement(`${name} (CRLF)`, crlf(read.text))
    }
    expect(fastPaths).toBeGreaterThan(files.length / 2)
  })

  /** The same workspace with every file parsed by the `yaml` package alone. */
  function precisely(loaded: LoadedWorkspace): LoadedWorkspace {
    const findings: Finding[] = loaded.findings.filter((f) => f.rule !== 'yaml-syntax')
    const files = loaded.files.map((file) => {
      if (file.text === '' && file.data === undefined && !file.ok) return file
      const parsed = parseYaml(file)
      findings.push(...parsed.findings)
      return { ...file, doc: parsed.doc, lineCounter: parsed.lineCounter, data: parsed.data, ok: parsed.ok }
    })
    return { ...loaded, files, findings }
  }

  const roots = [...new Set(files.filter((f) => f.endsWith('chainchief.yaml')).map((f) => dirname(f)))]
  it.each(roots.map((root) => [relative(ROOT, root), root]))('check %s: the same diagnostics at the same positions', (_name, root) => {
    const options = { asOf: '2024-06-30', lang: 'en' as const }
    const fast = checkWorkspace(loadWorkspace(root), options)
    const precise = checkWorkspace(precisely(loadWorkspace(root)), options)
    expect(fast.diagnostics).toEqual(precise.diagnostics)
    expect(fast.files).toBe(precise.files)
  })
})

describe('plain scalars', () => {
  // Each as a value, a flow item and a key: js-yaml must resolve them by yaml's core schema.
  const words = ['', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n',
    '0', '-0', '+0', '00', '012', '0o17', '0o18', '0O17', '0x1F', '0X1F', '0xg', '-0x1F', '+12', '1_000', '12345678901234567890', '1.', '.5', '-.5', '+.5',
    '1.5e3', '1e3', '1E+3', '-1e-3', '.e3', '1.0', '1.50', '.inf', '-.inf', '+.inf', '.Inf', '.INF', '.iNF', '.nan', '.NaN', '.NAN', '-.nan', '+.nan',
    '2024-06-30', '2024-6-30', '1:30', '12:30:00', '0b101', '1,000', '１２', 'Infinity', 'NaN', '0.', '-', '+', '.', '0x', '0o', '1e', 'e3', '中文', 'a b',
    'R & D', 'Art & Design', '3 * 4', '& x', '&x', '*', '* x', 'a! b', '! x', 'x # y', 'x #y', 'x#y']

  it.each(words)('%j resolves as the yaml package resolves it', (word) => {
    const text = `a: ${word}\nb: [${word}]\n${word === '' ? 'c' : word}: 1\n`
    expectSameJudgement(`scalar ${JSON.stringify(word)}`, text)
  })
})
