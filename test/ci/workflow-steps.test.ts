// What the CI set-ups that `init` writes really execute (contract §7): a fresh `init` in a
// fresh git repository, the generated GitHub workflow's `run:` steps and the GitLab job's
// `script:` run in a shell as the runners would (their environment variables set), with the
// package coming from this checkout (an `npm pack` tarball passed as `init --package`, standing
// in for the release tarball). They pass on good data and fail with positioned findings on
// broken data; the git hook refuses a broken commit. The install command, the same in both,
// runs once. Needs `npm run build` and the npm
// registry (or its cache) for chainchief's dependencies.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { BIN, ROOT, scratchDir } from '../helpers/run-cli.js'

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const BROKEN_PEOPLE = 'people:\n  - id: Wang Xiao\n    name: 王晓\n'

/** The environment of a runner: nothing of this test run's CI, colours or npm script. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_prefer_offline: 'true' }
  for (const key of Object.keys(env)) {
    if (/^(GITHUB_|GITLAB_|CI_|RUNNER_)/.test(key) || ['CI', 'FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'LOG_TOKENS', 'NODE_EXTRA_CA_CERTS'].includes(key)) delete env[key]
    if (key.startsWith('npm_package_') || key === 'npm_lifecycle_event' || key === 'npm_lifecycle_script' || key === 'npm_config_prefix') delete env[key]
  }
  return { ...env, ...extra }
}

interface Ran {
  code: number | null
  output: string
}

/** Runs a script in bash as the runners do (errexit, pipefail), stdout and stderr together. */
function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')))
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')))
    child.on('error', fail)
    child.on('close', (code) => done({ code, output }))
  })
}

/** A fresh data repository: `init` with the packed tarball as the pinned package, committed. */
function initRepository(dir: string, args: string[]): void {
  mkdirSync(dir)
  const init = spawnSync(process.execPath, [BIN, 'init', ...args], { cwd: dir, env: cleanEnv({}), encoding: 'utf8' })
  expect(init.stderr).toBe('')
  expect(init.status).toBe(0)
  git(dir, ['init', '-q', '-b', 'main'])
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-q', '-m', 'chainchief init'])
}

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = cleanEnv({})) {
  return spawnSync('git', ['-c', 'user.name=Secretariat', '-c', 'user.email=secretariat@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8' })
}

let temp: { dir: string; cleanup: () => void }
let tarball: string

interface Step {
  name?: string
  uses?: string
  run?: string
  env?: Record<string, string>
}

const github = { repo: '', prefix: '', summary: '', env: {} as NodeJS.ProcessEnv, steps: [] as Step[], install: { code: null as number | null, output: '' } }
const gitlab = { repo: '', prefix: '', env: {} as NodeJS.ProcessEnv, script: [] as string[], report: '' }

/** The environment of a job whose global npm installs go to `prefix`. */
function withPrefix(prefix: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  return cleanEnv({ ...extra, npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}` })
}

beforeAll(async () => {
  temp = scratchDir()
  const out = execFileSync(NPM, ['pack', '--json', '--pack-destination', temp.dir], { cwd: ROOT, env: cleanEnv({}), encoding: 'utf8' })
  const [info] = JSON.parse(out.slice(out.indexOf('['))) as Array<{ filename: string }>
  tarball = join(temp.dir, info!.filename)

  github.repo = join(temp.dir, 'github-data')
  initRepository(github.repo, ['--package', tarball])
  const workflow = parse(readFileSync(join(github.repo, '.github/workflows/chainchief.yml'), 'utf8')) as { env?: Record<string, string>; jobs: Record<string, { env?: Record<string, string>; steps: Step[] }> }
  const job = workflow.jobs.check!
  github.steps = job.steps
  github.prefix = join(temp.dir, 'github-runner')
  github.summary = join(temp.dir, 'github-step-summary.md')
  github.env = withPrefix(github.prefix, {
    ...workflow.env,
    ...job.env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: github.repo,
    GITHUB_STEP_SUMMARY: github.summary,
  })

  gitlab.repo = join(temp.dir, 'gitlab-data')
  initRepository(gitlab.repo, ['--ci', 'gitlab', '--package', tarball])
  const ci = parse(readFileSync(join(gitlab.repo, '.gitlab-ci.yml'), 'utf8')) as Record<string, { variables?: Record<string, string>; script: string[]; artifacts: { reports: { codequality: string } } }>
  const glJob = ci.chainchief!
  gitlab.script = glJob.script
  gitlab.report = glJob.artifacts.reports.codequality
  // The install line of both set-ups is the same command with the same package (asserted
  // below), so it runs once, into one prefix: each run installs chainchief's runtime
  // dependencies, by far the slowest step of this file.
  gitlab.prefix = github.prefix
  gitlab.env = withPrefix(gitlab.prefix, { ...glJob.variables, CI: 'true', GITLAB_CI: 'true', CI_PROJECT_DIR: gitlab.repo })

  const ghInstall = github.steps.find((s) => s.run?.startsWith('npm install'))!
  github.install = await bash(ghInstall.run!, github.repo, { ...github.env, ...ghInstall.env })
}, 900_000)

afterAll(() => temp?.cleanup())

/** The workflow's steps from `from` on, as the runner runs them: stop at the first failure. */
async function runSteps(from: number): Promise<Array<{ step: Step; ran: Ran }>> {
  const done: Array<{ step: Step; ran: Ran }> = []
  for (const step of github.steps.slice(from)) {
    if (step.uses) continue // checkout: the repository is here; setup-node: this Node.js
    const ran = await bash(step.run!, github.repo, { ...github.env, ...step.env })
    done.push({ step, ran })
    if (ran.code !== 0) break
  }
  return done
}

describe('the GitHub workflow that init writes', () => {
  it('has the steps a runner needs: checkout, Node.js 20, install the pinned package, check', () => {
    expect(github.steps.map((s) => s.uses ?? s.name)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'Install chainchief', 'Check the data'])
    expect(github.env.CHAINCHIEF_PACKAGE).toBe(tarball)
  })

  it('installs chainchief from the pinned package', () => {
    expect(github.install.code, github.install.output).toBe(0)
    expect(existsSync(join(github.prefix, 'bin', 'chainchief'))).toBe(true)
  })

  it('passes on the fresh workspace: exit 0, and the step summary says there are no findings', async () => {
    const installIndex = github.steps.findIndex((s) => s.name === 'Install chainchief')
    const ran = await runSteps(installIndex + 1)
    expect(ran.map((r) => [r.step.name, r.ran.code])).toEqual([['Check the data', 0]])
    expect(ran[0]!.ran.output).toBe('✔ 14 files checked, no problems\n')
    expect(readFileSync(github.summary, 'utf8')).toBe('### chainchief check\n\n✔ 14 files checked, no problems\n\nNo findings.\n\n')
  })

  it('fails on broken data with an annotation on the offending line and the finding in the summary', async () => {
    writeFileSync(join(github.repo, 'people.yaml'), BROKEN_PEOPLE)
    writeFileSync(github.summary, '')
    try {
      const installIndex = github.steps.findIndex((s) => s.name === 'Install chainchief')
      const ran = await runSteps(installIndex + 1)
      expect(ran.map((r) => [r.step.name, r.ran.code])).toEqual([['Check the data', 1]])
      const lines = ran[0]!.ran.output.trimEnd().split('\n')
      expect(lines[0]).toMatch(/^::error file=people\.yaml,line=2,col=9,endLine=2,endColumn=18,title=schema::people\.yaml:2:9 /)
      expect(lines.at(-1)).toBe('✖ 14 files checked: 1 error, 0 warnings')
      const summary = readFileSync(github.summary, 'utf8')
      expect(summary).toContain('\n| people.yaml:2:9 | error | schema | ')
      expect(summary).toContain('✖ 14 files checked: 1 error, 0 warnings')
    } finally {
      git(github.repo, ['checkout', '--', 'people.yaml'])
    }
  })

  it('the pre-commit hook, once turned on, lets a good commit through and refuses a broken one', () => {
    const env = cleanEnv({ PATH: github.env.PATH! })
    expect(git(github.repo, ['config', 'core.hooksPath', '.githooks']).status).toBe(0)
    writeFileSync(join(github.repo, 'notes.txt'), 'minutes to follow\n')
    git(github.repo, ['add', 'notes.txt'])
    const good = git(github.repo, ['commit', '-q', '-m', 'notes'], env)
    expect(good.stderr).toBe('✔ 14 files checked, no problems\n')
    expect(good.status).toBe(0)
    writeFileSync(join(github.repo, 'people.yaml'), BROKEN_PEOPLE)
    git(github.repo, ['add', 'people.yaml'])
    const broken = git(github.repo, ['commit', '-q', '-m', 'broken'], env)
    expect(broken.status).not.toBe(0)
    // git passes a hook's output on to stderr
    expect(broken.stderr).toMatch(/^people\.yaml:2:9 {2}error {2}/)
    expect(broken.stderr.trimEnd().split('\n').at(-1)).toBe('✖ 14 files checked: 1 error, 0 warnings')
    expect(git(github.repo, ['log', '--format=%s']).stdout).toBe('notes\nchainchief init\n')
    git(github.repo, ['reset', '-q', '--hard'])
  })
})

/** The job's script after its install line (already run), as the runner does: stop at the first failure. */
function runJob(): Promise<Ran> {
  return bash(gitlab.script.slice(1).join('\n'), gitlab.repo, gitlab.env)
}

describe('the GitLab job that init --ci gitlab writes', () => {
  it('installs the pinned package with the same command as the GitHub workflow (run above)', () => {
    expect(gitlab.script[0]).toBe(github.steps.find((s) => s.name === 'Install chainchief')!.run)
    expect(gitlab.env.CHAINCHIEF_PACKAGE).toBe(tarball)
    expect(github.install.code, github.install.output).toBe(0)
    expect(gitlab.report).toBe('gl-code-quality-report.json')
  })

  it('passes on the fresh workspace, with an empty Code Quality report', async () => {
    const ran = await runJob()
    expect(ran.code, ran.output).toBe(0)
    // `-o` says on stderr what it wrote; the log run prints the summary
    expect(ran.output).toBe('wrote gl-code-quality-report.json\n✔ 14 files checked, no problems\n')
    expect(readFileSync(join(gitlab.repo, gitlab.report), 'utf8')).toBe('[]\n')
  })

  it('fails on broken data: the finding at its line in the report, and in the job log', async () => {
    writeFileSync(join(gitlab.repo, 'people.yaml'), BROKEN_PEOPLE)
    const ran = await runJob()
    expect(ran.code).toBe(1)
    const report = JSON.parse(readFileSync(join(gitlab.repo, gitlab.report), 'utf8')) as Array<{ check_name: string; severity: string; location: { path: string; lines: { begin: number } }; fingerprint: string }>
    expect(report).toHaveLength(1)
    expect(report[0]).toMatchObject({ check_name: 'schema', severity: 'major', location: { path: 'people.yaml', lines: { begin: 2 } } })
    expect(ran.output).toMatch(/^people\.yaml:2:9: error: .* \[schema\]$/m)
    expect(ran.output.trimEnd().split('\n').at(-1)).toBe('✖ 14 files checked: 1 error, 0 warnings')
  })
})
