#!/usr/bin/env node
// `npm run bench` (issue #5): times `check`, `progress` and `brief` as whole processes on
// synthetic workspaces (bench/generate.mjs), beside `node -e 0` and the floor script
// (bench/floor.mjs) in the same rounds, and prints medians, ratios and peak memory.
//   node bench/run.mjs [--quick] [--runs N] [--sizes 2,20,500,5000] [--json FILE]
// NODE_EXTRA_CA_CERTS is removed from every command's environment: it adds ~85 ms to each
// Node start on these machines and users' machines do not set it.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { filledSheet } from './fill-sheet.mjs'
import { workspaceFor } from './generate.mjs'
import { GOALS, judge } from './goals.mjs'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const BENCH = join(ROOT, '.bench')
const BIN = join(ROOT, 'bin/chainchief.js')
const AJV_CLI = (() => {
  try {
    return createRequire(import.meta.url).resolve('ajv-cli/dist/index.js')
  } catch {
    return undefined
  }
})()

/** The new commands of version 2, timed where they exist: name → arguments after the workspace. */
const VIEWS = [
  ['problems', ['problems']],
  ['roster', ['roster']],
  ['meetings', ['meetings']],
]

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const option = (name) => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}
const quick = flag('--quick')
const sizes = (option('--sizes') ?? (quick ? '2,20,500' : '2,20,500,5000')).split(',').map(Number)
const runsFor = (tasks) => Number(option('--runs') ?? (quick ? 3 : tasks >= 5000 ? 3 : tasks >= 500 ? 7 : 11))

const env = { ...process.env }
for (const key of ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS', 'FORCE_COLOR', 'GITHUB_ACTIONS', 'LOG_TOKENS', 'CHAINCHIEF_DEBUG']) delete env[key]
env.NO_COLOR = '1'

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function run(args, extraEnv = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  return { ms, code: result.status, stderr: String(result.stderr ?? '') }
}

function peakRss(args, prepare) {
  const out = join(BENCH, 'rss.txt')
  rmSync(out, { force: true })
  prepare?.()
  run(['--import', join(ROOT, 'bench/max-rss.mjs'), ...args], { BENCH_RSS_OUT: out })
  return existsSync(out) ? Number(readFileSync(out, 'utf8')) : NaN
}

/** Whether this build has the command: its own help, not the program's, answers `--help`. */
function hasCommand(name) {
  const help = spawnSync(process.execPath, [BIN, ...name.split(' '), '--help'], { cwd: ROOT, env, encoding: 'utf8' })
  return help.status === 0 && help.stdout.startsWith(`Usage: chainchief ${name}`)
}

function version(pkg) {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version
  } catch {
    return '—'
  }
}

function machine() {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' })
  return {
    cpu: `${cpus()[0]?.model ?? '?'} × ${cpus().length}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    commit: git.status === 0 ? git.stdout.trim() : '—',
    packages: Object.fromEntries(['js-yaml', 'yaml', 'ajv', 'commander', 'esbuild'].map((p) => [p, version(p)])),
  }
}

async function buildFloor() {
  const outfile = join(BENCH, 'floor.mjs')
  await build({
    absWorkingDir: ROOT, entryPoints: ['bench/floor.mjs'], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" }, logLevel: 'warning',
  })
  return outfile
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)
const fmtMb = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`
const fmtX = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—')

/**
 * The chain files of a workspace for ajv-cli (issue #15 peer): its YAML parser is js-yaml's
 * default schema, which turns `2024-06-30` into a Date that `format: date` then rejects, so the
 * dates are quoted. Same bytes otherwise.
 */
function peerCopy(dir) {
  const out = `${dir}-ajv-cli`
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  for (const name of readdirSync(join(dir, 'chains'))) {
    const text = readFileSync(join(dir, 'chains', name), 'utf8').replace(/(: |- )(\d{4}-\d{2}-\d{2})(?=\s|$)/g, "$1'$2'")
    writeFileSync(join(out, name), text)
  }
  return out
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/bundle/chainchief.js'))) {
    process.stderr.write('bench: no dist/bundle/chainchief.js; run `npm run build` first (npm run bench does)\n')
    process.exit(2)
  }
  mkdirSync(BENCH, { recursive: true })
  const floor = await buildFloor()
  const commands = { progress: hasCommand('progress'), brief: hasCommand('brief'), sheet: hasCommand('sheet export'), 'sheet import': hasCommand('sheet import') }
  for (const [name] of VIEWS) commands[name] = hasCommand(name)
  commands.docx = commands.brief && spawnSync(process.execPath, [BIN, 'brief', '--help'], { cwd: ROOT, env, encoding: 'utf8' }).stdout.includes('docx')
  const info = machine()
  console.log(`chainchief bench — ${info.cpu}, ${info.memory}, Node ${info.node}, commit ${info.commit}`)
  console.log(`packages: ${Object.entries(info.packages).map(([p, v]) => `${p} ${v}`).join(', ')}; NODE_EXTRA_CA_CERTS unset${quick ? '; --quick' : ''}`)
  for (const [name, ok] of Object.entries(commands)) if (!ok) console.log(`(${name}: not in this build; not benchmarked)`)
  if (!AJV_CLI) console.log('(ajv-cli: not installed; the peer row is left out)')
  const results = { machine: info, quick, sizes: [] }
  for (const tasks of sizes) {
    const { dir, bytes } = workspaceFor(BENCH, tasks)
    const broken = tasks >= 500 ? workspaceFor(BENCH, tasks, { broken: true }).dir : undefined
    const meeting = readdirSync(join(dir, 'meetings'))[0]?.replace(/\.ya?ml$/, '')
    const peer = AJV_CLI && tasks >= 20 ? peerCopy(dir) : undefined
    // `sheet import` writes: each run gets a fresh copy of the workspace (not timed) and the
    // same workbook, its every row filled in (bench/fill-sheet.mjs).
    const importing = commands['sheet import'] && tasks >= 500 ? { dir: `${dir}-import`, file: join(BENCH, `sheet-filled-${tasks}.xlsx`) } : undefined
    if (importing) await filledSheet(BIN, dir, importing.file, env)
    const freshCopy = () => {
      rmSync(importing.dir, { recursive: true, force: true })
      cpSync(dir, importing.dir, { recursive: true })
    }
    const cases = [
      ['node -e 0', ['-e', '0']],
      ['floor', [floor, dir]],
      ['check', [BIN, 'check', '-w', dir]],
      ...(broken ? [['check, broken', [BIN, 'check', '-w', broken], 1], ['floor, broken', [floor, broken]]] : []),
      ...(commands.progress ? [['progress', [BIN, 'progress', '-w', dir]]] : []),
      ...(commands.brief && meeting ? [['brief', [BIN, 'brief', meeting, '-w', dir]]] : []),
      ...(commands.docx && meeting && tasks >= 500 ? [['brief --format docx', [BIN, 'brief', meeting, '-w', dir, '--format', 'docx', '-o', join(BENCH, 'brief.docx')]]] : []),
      ...VIEWS.filter(([name]) => commands[name] && tasks >= 500).map(([name, args]) => [name, [BIN, ...args, '-w', dir]]),
      ...(commands.sheet && tasks >= 500 ? [['sheet export', [BIN, 'sheet', 'export', '-w', dir, '-o', join(BENCH, 'sheet.xlsx')]]] : []),
      ...(importing ? [['sheet import', [BIN, 'sheet', 'import', importing.file, '-w', importing.dir], 0, freshCopy]] : []),
      ...(peer
        ? [['ajv-cli (chain files)', [AJV_CLI, 'validate', '-s', join(ROOT, 'schemas/chain.schema.json'), '-d', `${peer}/*.yaml`, '-c', 'ajv-formats', '--spec=draft7', '--allow-union-types']]]
        : []),
    ]
    const expected = Object.fromEntries(cases.map(([name, , code]) => [name, code ?? 0]))
    const times = Object.fromEntries(cases.map(([name]) => [name, []]))
    for (const [name, args, , prepare] of cases) {
      prepare?.()
      const warm = run(args)
      if (warm.code !== expected[name]) console.log(`  ! ${name} exited ${warm.code}: ${warm.stderr.split('\n')[0]}`)
    }
    const runs = runsFor(tasks)
    const failed = [] // a run that failed would time something else: say so
    for (let r = 0; r < runs; r++) {
      // Rotate the order each round so no command always runs right after another.
      for (let k = 0; k < cases.length; k++) {
        const [name, args, , prepare] = cases[(k + r) % cases.length]
        prepare?.()
        const result = run(args)
        times[name].push(result.ms)
        if (result.code !== expected[name]) failed.push(`${name} (exit ${result.code}: ${result.stderr.split('\n')[0]})`)
      }
    }
    const rows = cases.map(([name, args, , prepare]) => ({ name, median: median(times[name]), min: Math.min(...times[name]), rss: peakRss(args, prepare) }))
    const by = Object.fromEntries(rows.map((row) => [row.name, row]))
    for (const row of rows) {
      row.xNode = row.median / by['node -e 0'].median
      row.xFloor = row.median / by.floor.median
      row.xCheck = row.median / by.check.median
      row.xPeer = by['ajv-cli (chain files)'] ? row.median / by['ajv-cli (chain files)'].median : NaN
      row.rssPerByte = row.rss / bytes
    }
    results.sizes.push({ tasks, bytes, runs, rows })
    console.log(`\n11 chains × ${tasks} tasks (${(bytes / 2 ** 20).toFixed(2)} MiB on disk), ${runs} runs`)
    console.log('| command | median | min | × node -e 0 | × floor | × check | × ajv-cli | peak RSS | RSS / size |')
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
    for (const row of rows) {
      console.log(`| ${row.name} | ${fmtMs(row.median)} | ${fmtMs(row.min)} | ${fmtX(row.xNode)} | ${fmtX(row.xFloor)} | ${fmtX(row.xCheck)} | ${fmtX(row.xPeer)} | ${fmtMb(row.rss)} | ${fmtX(row.rssPerByte)} |`)
    }
    for (const what of new Set(failed)) console.log(`  ! a timed run failed: ${what}`)
  }
  console.log('\nGoals (issues #5 and #15)')
  console.log('| goal | measured | limit | |')
  console.log('|---|---:|---:|---|')
  for (const goal of GOALS) {
    const verdict = judge(goal, results)
    console.log(`| ${goal.text} | ${verdict.measured} | ${goal.limit}× | ${verdict.status} |`)
  }
  const json = option('--json') ?? join(BENCH, 'results.json')
  writeFileSync(json, JSON.stringify(results, null, 2) + '\n')
  console.log(`\n(results: ${json})`)
}

await main()
