// `check` in CI through the real CLI (contract §4): the GitHub step summary appended to the
// file GITHUB_STEP_SUMMARY names (after what earlier steps wrote; exit 2 when it cannot be
// written), sarif and gitlab through `-o` with repository-relative paths, and where the
// project says it lives (package.json `repository` and src/findings/project.ts agree); the
// git hook with and without chainchief on PATH.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PROJECT_REPOSITORY } from '../../src/findings/project.js'
import { BIN, FIXTURES, ROOT, runCli, scratchCopy, scratchDir } from '../helpers/run-cli.js'

let cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups) c()
  cleanups = []
})

/** The minimal workspace with one schema error: people.yaml line 5, column 12 (a title that is a number). */
function brokenMinimal(): string {
  const { dir, cleanup } = scratchCopy(join(FIXTURES, 'minimal'))
  cleanups.push(cleanup)
  const people = join(dir, 'people.yaml')
  writeFileSync(people, readFileSync(people, 'utf8').replace(/title: .*/, 'title: 42'))
  return dir
}

function scratch(): string {
  const { dir, cleanup } = scratchDir()
  cleanups.push(cleanup)
  return dir
}

describe('check under GitHub Actions', () => {
  it('appends the summary to GITHUB_STEP_SUMMARY, keeping what is there', () => {
    const dir = brokenMinimal()
    const summary = join(scratch(), 'summary.md')
    writeFileSync(summary, '## an earlier step\n\n')
    const r = runCli(['check', '--as-of', '2024-01-01'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } })
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n')[0]).toMatch(/^::error file=people\.yaml,line=5,col=12,endLine=5,endColumn=14,title=schema::people\.yaml:5:12 /)
    const message = (JSON.parse(runCli(['check', '--format', 'json', '--as-of', '2024-01-01'], { cwd: dir }).stdout) as { diagnostics: Array<{ message: string }> }).diagnostics[0]!.message
    expect(readFileSync(summary, 'utf8')).toBe(
      '## an earlier step\n\n### chainchief check\n\n✖ 5 files checked: 1 error, 0 warnings\n\n| Location | Severity | Rule | Message |\n|---|---|---|---|\n' +
        `| people.yaml:5:12 | error | schema | ${message.replace(/[\\`*_[\]<>|~]/g, '\\$&')} |\n\n`,
    )
  })

  it('writes no summary for other formats, nor when GITHUB_STEP_SUMMARY is unset', () => {
    const summary = join(scratch(), 'summary.md')
    writeFileSync(summary, '')
    const r = runCli(['check', '-w', join(FIXTURES, 'minimal'), '--format', 'json', '--as-of', '2024-01-01'], { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } })
    expect(r.code).toBe(0)
    expect(readFileSync(summary, 'utf8')).toBe('')
  })

  it('a summary file that cannot be written: one line on stderr, exit 2', () => {
    const missing = join(scratch(), 'no-such-folder', 'summary.md')
    const r = runCli(['check', '-w', join(FIXTURES, 'minimal'), '--as-of', '2024-01-01'], { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: missing } })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`chainchief: cannot append the step summary to ${missing}: ENOENT\n`)
  })
})

describe('sarif and gitlab from the command line', () => {
  it('-o writes the report; paths are relative to the checkout CI names', () => {
    const dir = brokenMinimal()
    const out = join(scratch(), 'report.json')
    const gl = runCli(['check', '-w', dir, '--format', 'gitlab', '-o', out], { env: { CI_PROJECT_DIR: join(dir, '..') } })
    expect(gl.code).toBe(1)
    expect(gl.stdout).toBe('')
    const name = dir.split('/').pop()!
    expect((JSON.parse(readFileSync(out, 'utf8')) as Array<{ location: { path: string; lines: { begin: number } } }>).map((i) => i.location)).toEqual([{ path: `${name}/people.yaml`, lines: { begin: 5 } }])
    const sarif = runCli(['check', '-w', dir, '--format', 'sarif'], { cwd: dir })
    expect(sarif.code).toBe(1)
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ tool: { driver: { version: string } }; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: object } }> }> }> }
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(log.runs[0]!.tool.driver.version).toBe(version)
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation)).toEqual([
      { artifactLocation: { uri: 'people.yaml' }, region: { startLine: 5, startColumn: 12, endLine: 5, endColumn: 14 } },
    ])
  })
})

describe('the pre-commit hook that init writes', () => {
  it('without chainchief on PATH: says so in the workspace language and stops the commit (exit 1)', () => {
    for (const [lang, first] of [['en', 'pre-commit: chainchief is not installed'], ['zh', 'pre-commit：未安装 chainchief']] as const) {
      const dir = scratch()
      expect(runCli(['init', dir, '--ci', 'none', '--lang', lang]).code).toBe(0)
      const hook = spawnSync('/bin/sh', ['.githooks/pre-commit'], { cwd: dir, env: { PATH: '/nonexistent' }, encoding: 'utf8' })
      expect(hook.status).toBe(1)
      expect(hook.stdout).toBe('')
      expect(hook.stderr.split('\n')[0]).toMatch(new RegExp(`^${first}`))
    }
  })

  it('runs check on the workspace it lives in, from the top of the repository', () => {
    const repo = scratch()
    const dir = join(repo, 'data')
    expect(runCli(['init', dir, '--ci', 'none']).code).toBe(0)
    const bin = join(scratch(), 'bin')
    mkdirSync(bin)
    writeFileSync(join(bin, 'chainchief'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 })
    const env = { PATH: `${bin}:/usr/bin:/bin` }
    const good = spawnSync('/bin/sh', ['data/.githooks/pre-commit'], { cwd: repo, env, encoding: 'utf8' })
    expect(good.stdout).toBe('✔ 14 files checked, no problems\n')
    expect(good.status).toBe(0)
    writeFileSync(join(dir, 'people.yaml'), 'people:\n  - id: Wang Xiao\n    name: 王晓\n')
    const broken = spawnSync('/bin/sh', ['data/.githooks/pre-commit'], { cwd: repo, env, encoding: 'utf8' })
    expect(broken.status).toBe(1)
    expect(broken.stdout).toMatch(/^people\.yaml:2:9 /)
  })
})

describe('where chainchief is published', () => {
  it('package.json repository names the repository of src/findings/project.ts', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { type: string; url: string } }
    expect(pkg.repository).toEqual({ type: 'git', url: `git+https://github.com/${PROJECT_REPOSITORY}.git` })
  })
})
