// The published package (contract §7): `npm pack` of what `npm run build` produced installs
// into an empty project with its dependencies only, and there `npx chainchief --help`, `init`,
// `check`, `schema` and `import … from 'chainchief'` work. Needs the npm registry (or its cache).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, scratchDir } from '../helpers/run-cli.js'

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

/** A clean environment: no colours, no CI, and npm quiet. */
function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' }
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS', 'GITHUB_WORKSPACE', 'COLUMNS', 'CI', 'LOG_TOKENS']) delete e[key]
  // npm sets these when vitest runs under `npm test`; they must not leak into the user's project.
  for (const key of Object.keys(e)) if (key.startsWith('npm_package_') || key === 'npm_lifecycle_event' || key === 'npm_lifecycle_script') delete e[key]
  return e
}

let temp: { dir: string; cleanup: () => void }
let project: string
let tarball: string
let packed: string[]

beforeAll(() => {
  temp = scratchDir()
  const out = execFileSync(NPM, ['pack', '--json', '--pack-destination', temp.dir], { cwd: ROOT, env: env(), encoding: 'utf8' })
  const [info] = JSON.parse(out.slice(out.indexOf('['))) as Array<{ filename: string; files: { path: string }[] }>
  tarball = join(temp.dir, info!.filename)
  packed = info!.files.map((f) => f.path).sort()
  project = join(temp.dir, 'project')
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'secretariat-scripts', private: true, type: 'module' }, null, 2))
  execFileSync(NPM, ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: project, env: env(), encoding: 'utf8', stdio: 'pipe' })
}, 600_000)

afterAll(() => temp?.cleanup())

function npx(args: string[], cwd = project) {
  const r = spawnSync(NPX, ['chainchief', ...args], { cwd, env: env(), encoding: 'utf8' })
  return { stdout: r.stdout, stderr: r.stderr, code: r.status }
}

/**
 * The installed command as npx runs it (node_modules/.bin/chainchief), without npx's own start
 * (npm's, about a second each): `npx chainchief` itself is run by the --help case.
 */
function chainchief(args: string[], cwd = project) {
  const bin = join(project, 'node_modules', '.bin', process.platform === 'win32' ? 'chainchief.cmd' : 'chainchief')
  const e = env()
  delete e.NODE_EXTRA_CA_CERTS // no network calls; it costs a start ~85 ms
  const r = spawnSync(bin, args, { cwd, env: e, encoding: 'utf8' })
  return { stdout: r.stdout, stderr: r.stderr, code: r.status }
}

describe('the packed tarball', () => {
  it('holds the CLI, the library with its types, the schemas and the README — no sources, tests or maps', () => {
    expect(packed).toContain('package.json')
    expect(packed).toContain('README.md')
    expect(packed).toContain('bin/chainchief.js')
    expect(packed).toContain('dist/index.js')
    expect(packed).toContain('dist/index.d.ts')
    for (const s of ['workspace', 'organizations', 'people', 'chain', 'meeting']) expect(packed).toContain(`schemas/${s}.schema.json`)
    // what bin/ runs is in the tarball: the ES module bundle, and the fast-start bundles of
    // check, progress, brief and the views with their code caches (scripts/build.mjs, step 4)
    const entry = /import\('\.\.\/(dist\/[^']+)'\)/.exec(readFileSync(join(ROOT, 'bin/chainchief.js'), 'utf8'))?.[1]
    expect(entry && packed).toContain(entry)
    expect(packed).toContain('bin/package.json')
    for (const command of ['check', 'progress', 'brief', 'problems', 'roster', 'meetings', 'task']) {
      expect(packed).toContain(`dist/bundle/${command}.cjs`)
      expect(packed.filter((p) => p.startsWith(`dist/bundle/${command}.cjs.`) && p.endsWith('.cache'))).toHaveLength(1)
    }
    const unwanted = packed.filter((p) => /\.map$|^src\/|^test\/|^scripts\/|^examples\/|^bench\/|^docs\/|^\.|(?<!\.d)\.ts$|tsconfig|vitest/.test(p))
    expect(unwanted).toEqual([])
  })

  it('installs with its dependencies only, no development dependencies', () => {
    const modules = join(project, 'node_modules')
    expect(existsSync(join(modules, 'chainchief/package.json'))).toBe(true)
    for (const dep of Object.keys(pkg.dependencies)) expect(existsSync(join(modules, dep)), dep).toBe(true)
    // A development dependency of ours may still come in as a runtime dependency of a
    // dependency (a package may list @types/node): only those are allowed.
    const pulledIn = new Set(installedPackages(modules).flatMap((dir) => Object.keys(readJson(join(dir, 'package.json')).dependencies ?? {})))
    for (const dev of Object.keys(pkg.devDependencies)) {
      if (!pulledIn.has(dev)) expect(existsSync(join(modules, dev)), dev).toBe(false)
    }
  })

  it('npx chainchief --help runs, and the installed command --version', () => {
    const help = npx(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: chainchief /)
    for (const command of ['check', 'progress', 'brief', 'init', 'schema', 'completion']) expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'))
    const version = chainchief(['--version'])
    expect(version.stdout).toBe(`${pkg.version}\n`)
  })

  it('the installed chainchief: init, then check, progress and schema work in the empty project', () => {
    const init = chainchief(['init', 'data', '--lang', 'zh'])
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    const check = chainchief(['check'], join(project, 'data'))
    expect(check.stdout).toBe('✔ 已检查 14 个文件，未发现问题\n')
    expect(check.code).toBe(0)
    const progress = chainchief(['progress', '-w', 'data', '--format', 'json', '--as-of', '2024-01-01'])
    expect(progress.code).toBe(0)
    expect((JSON.parse(progress.stdout) as { chains: unknown[] }).chains).toHaveLength(11)
    const installed = join(project, 'node_modules/chainchief/schemas/chain.schema.json')
    expect(chainchief(['schema', 'chain']).stdout).toBe(readFileSync(installed, 'utf8'))
    expect(readFileSync(join(project, 'data/.chainchief/schemas/chain.schema.json'), 'utf8')).toBe(readFileSync(installed, 'utf8'))
    // a broken file: exit 1 with the finding
    writeFileSync(join(project, 'data/people.yaml'), 'people:\n  - id: Wang Xiao\n    name: 王晓\n')
    const broken = chainchief(['check', '-w', 'data', '--format', 'json', '--lang', 'en'])
    expect(broken.code).toBe(1)
    expect(JSON.parse(broken.stdout)).toMatchObject({ errors: 1, diagnostics: [{ file: 'people.yaml', line: 2, rule: 'schema' }] })
  })

  it("a user's script imports 'chainchief' and gets the same result as check", () => {
    writeFileSync(
      join(project, 'count.mjs'),
      "import { checkWorkspace, findWorkspaceRoot, loadWorkspace } from 'chainchief'\n" +
        "const r = checkWorkspace(loadWorkspace(findWorkspaceRoot('data', process.cwd())), { lang: 'en' })\n" +
        'console.log(r.files, r.errors, r.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`).join())\n',
    )
    const r = spawnSync(process.execPath, ['count.mjs'], { cwd: project, env: env(), encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('14 1 people.yaml:2 schema\n')
  })
})

function readJson(file: string): { dependencies?: Record<string, string> } {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
}

/** The package folders directly under node_modules (scoped ones too). */
function installedPackages(modules: string): string[] {
  return readdirSync(modules).flatMap((name) => {
    if (name.startsWith('.')) return []
    if (name.startsWith('@')) return readdirSync(join(modules, name)).map((sub) => join(modules, name, sub))
    return [join(modules, name)]
  })
}
