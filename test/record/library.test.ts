// The record API as a library (SPEC §7: "the writes of §9 are exported the same way"): a
// user's script that records an update through `import … from 'chainchief'` leaves the same
// bytes as the command, and the API type-checks from the built declarations.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/run-cli.js'
import { scratchExample, TEXTILE, type Scratch } from './helpers.js'

const scratches: Scratch[] = []
afterEach(() => {
  for (const s of scratches.splice(0)) s.cleanup()
})

const SCRIPT = `
import { planUpdate, recordInWorkspace } from 'chainchief'
const outcome = recordInWorkspace(process.argv[1], ({ model }) => planUpdate(model, { task: 'tg-luthai-smart-factory', progress: 80, note: '库: 调用', date: '2026-11-30' }))
console.log(JSON.stringify({ written: outcome.written, added: outcome.judged.addedErrors.length, files: outcome.judged.changes.map((c) => c.file), recorded: outcome.plan.recorded }))
`

describe("records through import … from 'chainchief'", () => {
  it('recordInWorkspace writes what update writes, and says what it recorded as data', () => {
    const [lib, cli] = [scratchExample(), scratchExample()]
    scratches.push(lib, cli)
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT, lib.dir], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual({
      written: true,
      added: 0,
      files: [TEXTILE],
      recorded: [{ kind: 'update', file: TEXTILE, task: 'tg-luthai-smart-factory', date: '2026-11-30', from: 75, progress: 80, fromStatus: 'in-progress', status: 'in-progress' }],
    })
    expect(cli.run(['update', 'tg-luthai-smart-factory', '--progress', '80', '--note', '库: 调用', '--date', '2026-11-30']).code).toBe(0)
    expect(lib.read(TEXTILE)).toBe(cli.read(TEXTILE))
    expect(lib.read(TEXTILE)).not.toBe(lib.original(TEXTILE))
  })

  it('the record API type-checks from the built declarations, and misuse does not', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--skipLibCheck', join(import.meta.dirname, 'typed-record-usage.ts')], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stdout + r.stderr).toBe('')
    expect(r.status).toBe(0)
  }, 60_000)
})
