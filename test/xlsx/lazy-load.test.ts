// The xlsx library is loaded only by the commands that write or read a workbook (issue #10):
// the built CLI keeps it in a chunk of its own (and, for the fast-start bundles of
// scripts/build.mjs, in one CommonJS file), which `check` and `progress` never load and
// `sheet export` does. Needs `npm run build`.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, EXAMPLE, ROOT, scratchDir } from '../helpers/run-cli.js'

const BUNDLE = join(ROOT, 'dist/bundle')
/** The chunk that holds exceljs: the one ES module of the bundle with SpreadsheetML in it. */
function xlsxChunk(): string {
  const chunks = readdirSync(BUNDLE).filter((f) => f.endsWith('.js') && readFileSync(join(BUNDLE, f), 'utf8').includes('spreadsheetml/2006/main'))
  expect(chunks).toHaveLength(1)
  return chunks[0]!
}

/** The same for the fast-start bundles: the one CommonJS file with it, beside them. */
function xlsxFile(): string {
  const files = readdirSync(BUNDLE).filter((f) => f.endsWith('.cjs') && readFileSync(join(BUNDLE, f), 'utf8').includes('spreadsheetml/2006/main'))
  expect(files).toHaveLength(1)
  return files[0]!
}

function loadedChunks(args: string[]): string[] {
  const { dir, cleanup } = scratchDir()
  try {
    const log = join(dir, 'modules.log')
    const env = { ...process.env, CHAINCHIEF_MODULE_LOG: log }
    delete env.NODE_EXTRA_CA_CERTS
    const run = spawnSync(process.execPath, ['--import', join(ROOT, 'test/helpers/log-modules.mjs'), BIN, ...args.map((a) => a.replace('$DIR', dir))], { env, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    return readFileSync(log, 'utf8').split('\n').filter((url) => url.includes('/dist/bundle/')).map((url) => url.slice(url.lastIndexOf('/') + 1))
  } finally {
    cleanup()
  }
}

describe('loading the xlsx library', () => {
  it('keeps it in its own chunk, out of the main bundle', () => {
    const chunk = xlsxChunk()
    expect(chunk).not.toBe('chainchief.js')
    expect(readFileSync(join(BUNDLE, 'chainchief.js'), 'utf8')).not.toContain('spreadsheetml/2006/main')
  })

  it('keeps it out of the fast-start bundles', () => {
    for (const command of ['check', 'progress', 'brief', 'problems', 'roster', 'meetings', 'task']) {
      expect(readFileSync(join(BUNDLE, `${command}.cjs`), 'utf8')).not.toContain('spreadsheetml/2006/main')
    }
  })

  it.each([
    ['check', ['check', '-w', EXAMPLE]],
    ['progress', ['progress', '-w', EXAMPLE, '--tasks']],
  ])('%s does not load it', (name, args) => {
    const chunks = loadedChunks(args)
    expect(chunks).toContain(`${name}.cjs`)
    expect(chunks).not.toContain(xlsxChunk())
    expect(chunks).not.toContain(xlsxFile())
  })

  it('progress --format xlsx loads it', () => {
    expect(loadedChunks(['progress', '-w', EXAMPLE, '--format', 'xlsx', '-o', '$DIR/out.xlsx'])).toContain(xlsxFile())
  })

  it('sheet export loads it', () => {
    expect(loadedChunks(['sheet', 'export', '-w', EXAMPLE, '-o', '$DIR/out.xlsx'])).toContain(xlsxChunk())
  })
})
