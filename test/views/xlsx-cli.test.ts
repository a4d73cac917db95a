// `--format xlsx` of the views and progress through the real CLI (contract §10, §5): a
// workbook goes to -o only (else exit 2, in the tool's language), the file holds exactly the
// bytes of the renderer, stdout stays empty and stderr says what was written; a file of the
// workspace is never written over; the xlsx library is loaded only when a workbook is asked
// for. Needs `npm run build`.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkWorkspace } from '../../src/check/run-checks.js'
import { renderProblemsXlsx } from '../../src/render/problems/xlsx.js'
import { renderProgressXlsx } from '../../src/render/progress/xlsx.js'
import { buildProblemsReport } from '../../src/report/problems.js'
import { buildProgressReport } from '../../src/report/progress.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { BIN, EXAMPLE, ROOT, runCli, scratchCopy, scratchDir } from '../helpers/run-cli.js'

const AS_OF = '2026-11-27'
const W = ['-w', EXAMPLE, '--as-of', AS_OF]

describe('--format xlsx on the command line', () => {
  it.each([
    [['progress', '--format', 'xlsx'], 'chainchief: --format xlsx writes a workbook: give the file with -o <file.xlsx>\n'],
    [['progress', '--tasks', '--format', 'xlsx', '--lang', 'zh'], 'chainchief: --format xlsx 生成的是工作簿文件，请用 -o <文件.xlsx> 指定写入位置\n'],
    [['problems', '--format', 'xlsx', '--lang', 'zh'], 'chainchief: --format xlsx 生成的是工作簿文件，请用 -o <文件.xlsx> 指定写入位置\n'],
    [['task', 'tg-iiot-platform', '--format', 'xlsx'], 'chainchief: --format xlsx writes a workbook: give the file with -o <file.xlsx>\n'],
  ])('%j without -o: exit 2 and nothing on stdout', (args, message) => {
    const r = runCli([...args, ...W])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(message)
  })

  it('writes the renderer\'s bytes to -o, says so on stderr, and the same bytes again', async () => {
    const model = checkWorkspace(loadWorkspace(EXAMPLE), { asOf: AS_OF }).model
    const { dir, cleanup } = scratchDir()
    try {
      const file = join(dir, '任务.xlsx')
      const run = () => runCli(['progress', ...W, '--tasks', '--since', '2025-11-27', '--lang', 'zh', '--format', 'xlsx', '-o', file])
      const r = run()
      expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `已写入 ${file}\n`])
      const first = readFileSync(file)
      const bytes = await renderProgressXlsx(buildProgressReport(model, { asOf: AS_OF, lang: 'zh', since: '2025-11-27' }), true)
      expect(first.equals(Buffer.from(bytes))).toBe(true)
      expect(run().code).toBe(0)
      expect(readFileSync(file).equals(first)).toBe(true)
      expect(readdirSync(dir)).toEqual(['任务.xlsx']) // no temporary file left beside it
    } finally {
      cleanup()
    }
  })

  it('problems --format xlsx -o: the renderer\'s bytes for the filters given', async () => {
    const model = checkWorkspace(loadWorkspace(EXAMPLE), { asOf: AS_OF }).model
    const { dir, cleanup } = scratchDir()
    try {
      const file = join(dir, 'problems.xlsx')
      const r = runCli(['problems', ...W, '--status', 'all', '--chain', 'textile-garment', '--format', 'xlsx', '-o', file])
      expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `wrote ${file}\n`])
      const bytes = await renderProblemsXlsx(buildProblemsReport(model, { asOf: AS_OF, lang: 'en', filter: { status: 'all', chains: ['textile-garment'] } }))
      expect(readFileSync(file).equals(Buffer.from(bytes))).toBe(true)
    } finally {
      cleanup()
    }
  })

  it("the library's renderRosterXlsx (import from 'chainchief') gives the bytes roster -o writes", () => {
    const { dir, cleanup } = scratchDir()
    try {
      const file = join(dir, 'roster.xlsx')
      expect(runCli(['roster', ...W, '--lang', 'zh', '--format', 'xlsx', '-o', file]).code).toBe(0)
      const script = [
        "import { buildRosterReport, checkWorkspace, loadWorkspace, renderRosterXlsx } from 'chainchief'",
        `const { model } = checkWorkspace(loadWorkspace(${JSON.stringify(EXAMPLE)}), { asOf: '${AS_OF}' })`,
        "process.stdout.write(Buffer.from(await renderRosterXlsx(buildRosterReport(model, { lang: 'zh' }))).toString('base64'))",
      ].join('\n')
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' })
      expect(r.stderr).toBe('')
      expect(Buffer.from(r.stdout, 'base64').equals(readFileSync(file))).toBe(true)
    } finally {
      cleanup()
    }
  })

  it('never writes over a file of the workspace (exit 2, the file unchanged)', () => {
    const { dir, cleanup } = scratchCopy(EXAMPLE)
    try {
      const target = join(dir, 'people.yaml')
      const before = readFileSync(target)
      const r = runCli(['roster', '-w', dir, '--format', 'xlsx', '-o', target])
      expect(r.code).toBe(2)
      expect(r.stderr).toBe(`chainchief: -o ${target}: the workspace reads this file; refusing to overwrite it (write the output elsewhere)\n`)
      expect(readFileSync(target).equals(before)).toBe(true)
      expect(existsSync(join(dir, 'people.yaml.tmp'))).toBe(false)
    } finally {
      cleanup()
    }
  })
})

describe('loading the xlsx library for the views', () => {
  const BUNDLE = join(ROOT, 'dist/bundle')
  // The xlsx library: a chunk of the ES module bundle, and one CommonJS file for the fast-start
  // files (roster runs from roster.cjs, scripts/build.mjs step 4).
  const xlsxFiles = () => readdirSync(BUNDLE).filter((f) => /\.(c?js)$/.test(f) && readFileSync(join(BUNDLE, f), 'utf8').includes('spreadsheetml/2006/main'))
  function loadedChunks(args: string[]): string[] {
    const { dir, cleanup } = scratchDir()
    try {
      const log = join(dir, 'modules.log')
      const env = { ...process.env, CHAINCHIEF_MODULE_LOG: log }
      const run = spawnSync(process.execPath, ['--import', join(ROOT, 'test/helpers/log-modules.mjs'), BIN, ...args.map((a) => a.replace('$DIR', dir))], { env, encoding: 'utf8' })
      expect(run.status, run.stderr).toBe(0)
      return readFileSync(log, 'utf8').split('\n').filter((url) => url.includes('/dist/bundle/')).map((url) => url.slice(url.lastIndexOf('/') + 1))
    } finally {
      cleanup()
    }
  }

  it('roster as a table does not load it; as a workbook it does', () => {
    const files = xlsxFiles()
    expect(files.length).toBeGreaterThan(0)
    const table = loadedChunks(['roster', ...W])
    expect(table).toContain('roster.cjs')
    for (const file of files) expect(table).not.toContain(file)
    expect(loadedChunks(['roster', ...W, '--format', 'xlsx', '-o', '$DIR/roster.xlsx']).some((f) => files.includes(f))).toBe(true)
  })
})
