// `check` in CI through the real CLI (contract §4): the GitHub step summary appended to the
// file GITHUB_STEP_SUMMARY names (after what earlier steps wrote; exit 2 when it cannot be
// written), sarif and gitlab through `-o` with repository-relative paths, and where the
// project says it lives (package.json `repository` and src/findings/project.ts agree).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PROJECT_REPOSITORY } from '../../src/findings/project.js'
import { FIXTURES, ROOT, runCli, scratchCopy, scratchDir } from '../helpers/run-cli.js'

let cleanups: Array<() => void> = []
afterEach(() => {
  for (const c of cleanups) c()
  cleanups = []
})

function scratch(): string {
  const { dir, cleanup } = scratchDir()
  cleanups.push(cleanup)
  return dir
}

describe('check under GitHub Actions', () => {
  it('appends the summary to GITHUB_STEP_SUMMARY, keeping what is there', () => {
    const summary = join(scratch(), 'summary.md')
    writeFileSync(summary, '## an earlier step\n\n')
    const r = runCli(['check', '--as-of', '2024-01-01'], { cwd: join(FIXTURES, 'errors/unknown-ref'), env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } })
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n')[0]).toMatch(/^::error file=/)
    expect(readFileSync(summary, 'utf8')).toBe(
      '## an earlier step\n\n### chainchief check\n\n✖ 5 files checked: 2 errors, 0 warnings\n\n| Location | Severity | Rule | Message |\n|---|---|---|---|\n' +
        '| chains/textile-garment.yaml:10:12 | error | unknown-ref | owner refers to "jifaa", which is not a known organization or person (did you mean "jifa"?) |\n' +
        '| meetings/2023-03-15-textile-garment.yaml:7:8 | error | unknown-ref | chair refers to "diitsp", which is an organization, not a person |\n\n',
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
    const { dir, cleanup } = scratchCopy(join(FIXTURES, 'errors/unknown-ref'))
    cleanups.push(cleanup)
    const out = join(scratch(), 'report.json')
    const gl = runCli(['check', '-w', dir, '--format', 'gitlab', '-o', out], { env: { CI_PROJECT_DIR: join(dir, '..') } })
    expect(gl.code).toBe(1)
    expect(gl.stdout).toBe('')
    const name = dir.split('/').pop()!
    expect((JSON.parse(readFileSync(out, 'utf8')) as Array<{ location: { path: string } }>).map((i) => i.location.path)).toEqual([`${name}/chains/textile-garment.yaml`, `${name}/meetings/2023-03-15-textile-garment.yaml`])
    const sarif = runCli(['check', '-w', dir, '--format', 'sarif'], { cwd: dir })
    expect(sarif.code).toBe(1)
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ tool: { driver: { version: string } }; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(log.runs[0]!.tool.driver.version).toBe(version)
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('chains/textile-garment.yaml')
  })
})

describe('where chainchief is published', () => {
  it('package.json repository names the repository of src/findings/project.ts', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { type: string; url: string } }
    expect(pkg.repository).toEqual({ type: 'git', url: `git+https://github.com/${PROJECT_REPOSITORY}.git` })
  })
})
