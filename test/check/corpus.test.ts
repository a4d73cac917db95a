// The YAML test suite (../shared/corpus/yaml-test-suite) as hostile input: every one of its
// documents, dropped into a workspace, gets a positioned diagnostic or a clean parse, never a
// crash; each document that every YAML 1.2 parser must reject gets a yaml-syntax finding
// (load and check called as functions).
// A user's clone has no ../shared: there the test is skipped and says why; CI always has it.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkRun } from '../helpers/in-process.js'
import { ROOT, scratchDir } from '../helpers/run-cli.js'

const CORPUS = join(ROOT, '../shared/corpus/yaml-test-suite')
const present = existsSync(CORPUS)
if (!present) console.warn(`skipping the YAML test suite corpus: ${CORPUS} is not here (it is beside the project in CI)`)

describe.skipIf(!present)('yaml-test-suite corpus', () => {
  const { dir, cleanup } = scratchDir()
  afterAll(cleanup)
  const names: Record<'error' | 'valid', string[]> = { error: [], valid: [] }

  function workspace() {
    mkdirSync(join(dir, 'chains'))
    writeFileSync(join(dir, 'chainchief.yaml'), 'name: corpus\nchains: 1\n')
    for (const kind of ['error', 'valid'] as const) {
      for (const name of readdirSync(join(CORPUS, kind)).filter((n) => n.endsWith('.yaml'))) {
        copyFileSync(join(CORPUS, kind, name), join(dir, 'chains', `${kind}-${name}`))
        names[kind].push(`chains/${kind}-${name}`)
      }
    }
  }

  it('checks all 402 documents in one run: findings with positions, no crash', () => {
    workspace()
    expect(names.error.length).toBe(94)
    expect(names.valid.length).toBe(308)
    const result = checkRun(dir, { format: 'json' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const json = JSON.parse(result.stdout) as { files: number; diagnostics: Array<{ file: string; line: number; column: number; rule: string }> }
    expect(json.files).toBe(403)
    for (const d of json.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1)
      expect(d.column).toBeGreaterThanOrEqual(1)
    }
    const syntax = new Set(json.diagnostics.filter((d) => d.rule === 'yaml-syntax').map((d) => d.file))
    expect(names.error.filter((f) => !syntax.has(f))).toEqual([])
  })
})
