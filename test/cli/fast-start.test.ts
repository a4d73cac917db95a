// The fast start of check, progress, brief and the views (issue #15, scripts/build.mjs step 4):
// bin/chainchief.js runs them from a CommonJS bundle with a V8 code cache. That path must be
// invisible: the same stdout, stderr, exit code and written bytes as the ES module bundle
// every other command runs, with the cache taken, refused (V8 flags that change code) or
// absent. Needs `npm run build`.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, EXAMPLE, FIXTURES, ROOT, scratchDir } from '../helpers/run-cli.js'

const ESM = join(ROOT, 'dist/bundle/chainchief.js')
const REPORT = join(ROOT, 'test/helpers/report-code-cache.cjs')

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS', 'GITHUB_WORKSPACE', 'COLUMNS', 'LOG_TOKENS', 'CI', 'NODE_EXTRA_CA_CERTS', 'LC_ALL', 'LC_MESSAGES', 'LANG', 'NODE_OPTIONS', 'CHAINCHIEF_DEBUG']) delete env[key]
  return env
}

function run(nodeArgs: string[], script: string, args: string[]) {
  const result = spawnSync(process.execPath, [...nodeArgs, script, ...args], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8', input: '' })
  return { stdout: result.stdout, stderr: result.stderr, code: result.status }
}

const AS_OF = ['--as-of', '2024-06-30']
const INVOCATIONS: string[][] = [
  ['check', '-w', EXAMPLE],
  ['check', '-w', EXAMPLE, '--format', 'json'],
  ['check', '-w', join(FIXTURES, 'errors/schema')],
  ['check', '-w', join(FIXTURES, 'errors/yaml-syntax'), '--format', 'sarif'],
  ['check', '-w', join(FIXTURES, 'errors/unknown-ref'), '--format', 'gitlab'],
  ['check', '-w', join(FIXTURES, 'errors/duplicate-id'), '--lang', 'zh'],
  ['check', '-w', join(ROOT, 'no-such-folder')],
  ['check', '--no-such-flag'],
  ['check', '--help'],
  ['progress', '-w', EXAMPLE],
  ['progress', '-w', EXAMPLE, '--tasks', '--lang', 'zh', ...AS_OF],
  ['progress', '-w', join(FIXTURES, 'progress'), '--format', 'json', ...AS_OF],
  ['progress', '-w', join(FIXTURES, 'progress'), '--format', 'csv', ...AS_OF],
  ['progress', '-w', join(FIXTURES, 'errors/schema')],
  ['progress', '--help'],
  ['brief', '-w', EXAMPLE, '2022-12-07-textile-garment'],
  ['brief', '-w', join(FIXTURES, 'brief'), '2024-03-01-beta', '--format', 'html'],
  ['brief', '-w', join(FIXTURES, 'brief'), '--lang', 'en'],
  ['brief', '-w', join(FIXTURES, 'brief'), 'no-such-meeting'],
  ['problems', '-w', EXAMPLE, ...AS_OF],
  ['problems', '-w', EXAMPLE, '--format', 'json', '--lang', 'en', ...AS_OF],
  ['roster', '-w', EXAMPLE, '--lang', 'zh'],
  ['roster', '-w', EXAMPLE, '--format', 'csv'],
  ['meetings', '-w', EXAMPLE, ...AS_OF],
  ['meetings', '-w', join(FIXTURES, 'errors/schema')],
  ['task', '-w', EXAMPLE, 'tg-weiqiao-key-project', ...AS_OF],
  ['task', '-w', EXAMPLE, 'tg-weiqiao-key-projec'],
  ['task', '-w', EXAMPLE, 'tg-weiqiao-key-project', '--format', 'json', ...AS_OF],
  // A fast-start file defines its command alone (src/cli/main.ts): commander's help, errors and
  // suggestions must not change for it.
  ...['check', 'progress', 'brief', 'problems', 'roster', 'meetings', 'task'].flatMap((command) => [
    [command, '--help'],
    [command, '--help', '--lang', 'zh'],
    [command, '-V'],
    [command, 'help'],
    [command, 'one', 'two', 'three'],
    [command, '--formt', 'json'],
    [command, '--format'],
    [command, '--format', 'nope'],
    [command, '-w'],
    [command, '--lang', 'fr'],
    [command, '--as-of', '2024-13-40'],
  ]),
  ['progress', '--chain'],
  ['progress', '--status', 'unknown', '-w', EXAMPLE],
  ['problems', '--status', 'x'],
  ['check', '--max-warnings', '-1'],
  ['check', '-q', '-w', EXAMPLE, '--lang', 'zh'],
  ['task'],
]

describe('the fast start of check, progress and brief', () => {
  it('takes the code cache the build made', () => {
    for (const args of [['check', '-w', EXAMPLE], ['progress', '-w', EXAMPLE], ['brief', '-w', EXAMPLE, '2022-12-07-textile-garment'], ['problems', '-w', EXAMPLE], ['roster', '-w', EXAMPLE], ['meetings', '-w', EXAMPLE], ['task', '-w', EXAMPLE, 'tg-weiqiao-key-project']]) {
      const ran = run(['--require', REPORT], BIN, args)
      expect(ran.stderr.trimEnd().split('\n').at(-1), args.join(' ')).toBe('code cache: accepted')
    }
  })

  it('compiles without it where V8 refuses it', () => {
    const ran = run(['--stack-size=2000', '--require', REPORT], BIN, ['check', '-w', EXAMPLE])
    expect(ran.stderr).toBe('code cache: rejected\n')
    expect(ran.stdout).toBe(run([], ESM, ['check', '-w', EXAMPLE]).stdout)
  })

  it.each(INVOCATIONS.map((args) => [args.join(' ').replaceAll(ROOT, '.'), args]))('%s: the same as the ES module bundle', (_name, args) => {
    const esm = run([], ESM, args)
    expect(run([], BIN, args)).toEqual(esm)
    expect(run(['--stack-size=2000'], BIN, args)).toEqual(esm)
  })

  it('writes the same Word file', () => {
    const { dir, cleanup } = scratchDir()
    try {
      const args = (out: string) => ['brief', '-w', join(FIXTURES, 'brief'), '2024-03-01-beta', '--format', 'docx', '-o', join(dir, out)]
      expect(run([], ESM, args('esm.docx')).code).toBe(0)
      expect(run([], BIN, args('fast.docx')).code).toBe(0)
      expect(readFileSync(join(dir, 'fast.docx')).equals(readFileSync(join(dir, 'esm.docx')))).toBe(true)
    } finally {
      cleanup()
    }
  })
})
