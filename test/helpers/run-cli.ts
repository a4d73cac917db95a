// Runs the real CLI (bin/chainchief.js, built by `npm test`) as a user would, with a clean,
// colourless environment, and returns what it printed and its exit code.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, cpSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const BIN = join(ROOT, 'bin/chainchief.js')
export const FIXTURES = join(ROOT, 'test/fixtures')
export const EXAMPLE = join(ROOT, 'examples/shandong')

export interface CliResult {
  stdout: string
  stderr: string
  code: number | null
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env }
  // NODE_EXTRA_CA_CERTS costs ~85 ms a start here and the CLI makes no network calls; the
  // locale would choose the language of the tool's words where no workspace is found (§8).
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS', 'GITHUB_WORKSPACE', 'COLUMNS', 'LOG_TOKENS', 'CI', 'NODE_EXTRA_CA_CERTS', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[key]
  Object.assign(env, options.env ?? {})
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  })
  return { stdout: result.stdout, stderr: result.stderr, code: result.status }
}

/** A scratch copy of a fixture folder; remove it with the returned cleanup. */
export function scratchCopy(from: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'chainchief-'))
  cpSync(from, dir, { recursive: true })
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export function scratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'chainchief-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
