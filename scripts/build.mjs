#!/usr/bin/env node
// `npm run build` (issue #5): everything the CLI, the library and the tests need, in one step.
//   1. src/check/validators-generated.ts: ajv standalone validators from schemas/ (build-validators.mjs)
//   2. tsc → dist/**/*.js + .d.ts: the library (`import 'chainchief'`) with its types
//   3. esbuild → dist/bundle/: the CLI as one ES module plus a chunk per lazily import()ed
//      module (each command, chalk), which bin/chainchief.js runs. Dependencies are bundled:
//      loading many small files from node_modules was most of the start-up time.
//   4. The fast start of the everyday commands (issue #15, cold start): for each command of
//      FAST_COMMANDS, one CommonJS file holding the whole program with only that command's
//      code (dist/bundle/<command>.cjs), and a V8 code cache of it (<command>.cjs.<V8
//      version>.cache): the bytecode of every function a run of that command on the bundled
//      example compiled, made here by running it (scripts/code-cache.cjs). bin/chainchief.js
//      runs `chainchief <command> ...` from that file through vm.Script with the cache, so
//      V8 neither parses nor compiles what it has compiled before; with no cache for the
//      running V8 (another Node version, V8 flags that change code, a cache V8 refuses) it
//      compiles the same file as any script. Every other invocation (--version, help, the
//      other commands) runs the ES module bundle of step 3. One process loads one of the two,
//      never both, so modules with state (the tool's language in src/cli/words.ts) exist
//      once. Nothing is written into the package at run time.
//      Why CommonJS: Node 20 has no compile cache for ES modules (no module.enableCompileCache),
//      while vm.Script takes `cachedData`; and a CommonJS start never loads the ES module
//      loader (resolve, translate, link, a TextDecoder over each chunk's source).
//      Why one file per command: the cache costs its size at every start (read, then
//      deserialized: ~0.6 MB here), so each file holds only what its command runs; one file
//      for every command made `--version` slower and `check` only a little faster.
//      Why the V8 version in the cache's name: a start reads no cache made for another V8,
//      and needs no node:v8 for cachedDataVersionTag() (it loads the stream modules); V8
//      itself still checks version, flags and source (cachedDataRejected) and compiles when
//      they differ.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { writeValidators } from './build-validators.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const require = createRequire(import.meta.url)

writeValidators()

// tsc's output from an earlier build of a file since removed would otherwise stay in dist/
// and ship in the package; the bundle folder is swapped in whole below.
for (const entry of (existsSync(`${root}dist`) ? readdirSync(`${root}dist`, { withFileTypes: true }) : []).filter((e) => !e.name.startsWith('bundle'))) {
  rmSync(`${root}dist/${entry.name}`, { recursive: true, force: true })
}

// tsc and esbuild run side by side; the build fails if either does.
const tsc = new Promise((done) => {
  spawn(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' })
    .on('exit', (code) => done(code ?? 1))
})

/**
 * Rewrites a fast-start bundle as ASCII only. esbuild escapes strings and templates itself but
 * leaves other characters in regular expression literals (/[█#]+/); written as \uXXXX there,
 * they mean the same, with or without the u flag. A character outside the BMP, or one in a
 * tagged template (String.raw`…`, whose raw text would change), fails the build.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8')
  for (const tagged of text.matchAll(/([\w$]*|[)\]])`(?:[^`\\]|\\.)*`/gs)) {
    if (['', 'return', 'typeof', 'case', 'in', 'of', 'void', 'yield', 'await', 'delete', 'else', 'do', 'throw', 'new'].includes(tagged[1])) continue // not a tag
    if (/[^\x00-\x7f]/.test(tagged[0])) throw new Error(`${file}: non-ASCII text in a tagged template: ${tagged[0].slice(0, 80)}`)
  }
  const ascii = text.replace(/[^\x00-\x7f]/gu, (c) => {
    if (c.length > 1) throw new Error(`${file}: ${JSON.stringify(c)} outside the BMP`)
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  writeFileSync(file, ascii)
}

/** The commands bin/chainchief.js starts from a CommonJS file with a code cache, and the run of each that makes the cache. */
export const FAST_COMMANDS = {
  check: ['check', '-w', 'examples/shandong'],
  progress: ['progress', '-w', 'examples/shandong'],
  brief: ['brief', '-w', 'examples/shandong', '2022-12-07-textile-garment'],
  problems: ['problems', '-w', 'examples/shandong'],
  roster: ['roster', '-w', 'examples/shandong'],
  meetings: ['meetings', '-w', 'examples/shandong'],
  task: ['task', '-w', 'examples/shandong', 'tg-weiqiao-key-project'],
}
// bin/chainchief.js starts exactly these from their files: one list, checked here.
{
  const inBin = [...require('../bin/chainchief.js').FAST_COMMANDS].sort().join(' ')
  if (inBin !== Object.keys(FAST_COMMANDS).sort().join(' ')) throw new Error(`bin/chainchief.js starts ${inBin} fast; scripts/build.mjs builds ${Object.keys(FAST_COMMANDS).join(' ')}`)
}

// commander requires node:child_process at load for its executable subcommands, which
// chainchief has none of; that one require loads net, streams and dgram (≈ 10 ms a start).
// Deferred to the first spawn; the build fails if commander's line ever changes.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
      const eager = "const childProcess = require('node:child_process');"
      if (!text.includes(eager)) throw new Error(`${args.path}: no "${eager}" to defer (commander changed)`)
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"
      return { contents: text.replace(eager, lazy), loader: 'js' }
    })
  },
}

// node:v8 loads heap_utils and with it all of streams (≈ 10 M instructions a start), for one
// call made only for a large workspace (src/cli/heap.ts): its exports become getters that
// require it on first use.
const LAZY_BUILTINS = ['node:v8']
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(?:${LAZY_BUILTINS.join('|')})$`)
    b.onResolve({ filter }, (args) => (args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-builtin' }))
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      const getters = Object.keys(require(args.path)).map((name) => `get ${JSON.stringify(name)}() { return require(${JSON.stringify(args.path)})[${JSON.stringify(name)}] }`)
      return { contents: `module.exports = { ${getters.join(', ')} }`, loader: 'js' }
    })
  },
}

// In an ES module, `import { readFileSync } from 'node:fs'` builds a facade of every export
// of fs, which touches its lazy getters (fs.promises, fs.ReadStream: readline and all of
// streams, ≈ 5 ms); require() returns the module object as it is.
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => (args.namespace === 'builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin' }))
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)})`, loader: 'js' }))
  },
}

// Written aside, then swapped in, so a CLI started during a build (tests of another
// terminal) finds the old bundle or the new one, never half of one.
const outdir = `${root}dist/bundle`
const fresh = `${outdir}.${process.pid}`
rmSync(fresh, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  entryPoints: { chainchief: 'src/cli/main.ts' },
  outdir: fresh,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]', // beside the entry, so './yaml.cjs' means the same from every chunk
  define: { CHAINCHIEF_YAML_BUNDLE: JSON.stringify('./yaml.cjs') },
  // CommonJS dependencies (commander's core, ajv's runtime) call require() for
  // Node's own modules; an ES module has no require of its own.
  banner: { js: "import { createRequire as __chainchiefRequire } from 'node:module'; const require = __chainchiefRequire(import.meta.url);" },
  plugins: [lazyChildProcess, lazyBuiltins, builtinsByRequire],
  legalComments: 'none',
  logLevel: 'warning',
})
/** A package as one CommonJS file in the bundle folder, required only where it is used. */
const packageAsCommonJs = (entry, outfile) =>
  build({
    absWorkingDir: root,
    entryPoints: [require.resolve(entry)],
    outfile: `${fresh}/${outfile}`,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  })
// The yaml package, required only when a file needs it (src/workspace/parse-yaml-lib.ts), so
// a clean run never even compiles it.
await packageAsCommonJs('yaml', 'yaml.cjs')
// Step 4. In a command's file, the other commands' modules are empty: bin/chainchief.js uses
// it only when that command is the first argument, so commander never runs another one. The
// exceljs package stays outside: one CommonJS file, loaded on first use (an xlsx output).
const heavy = { 'exceljs/lib/doc/workbook.js': './exceljs-workbook.cjs' }
for (const [entry, file] of Object.entries(heavy)) await packageAsCommonJs(entry, file.slice(2))
for (const command of Object.keys(FAST_COMMANDS)) {
  const onlyCommand = {
    name: 'only-command',
    setup(b) {
      const main = `${root}src/cli/main.ts`
      b.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) =>
        args.importer !== main || args.path === `./commands/${command}.js` ? undefined : { path: args.path, namespace: 'not-this-command' })
      b.onLoad({ filter: /.*/, namespace: 'not-this-command' }, () => ({ contents: 'module.exports = {}', loader: 'js' }))
      b.onResolve({ filter: /^exceljs\/lib\/doc\/workbook\.js$/ }, (args) => ({ path: heavy[args.path], external: true }))
    },
  }
  const outfile = `${fresh}/${command}.cjs`
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false }, // import() of a chunk becomes require(): vm.Script has no module loader
    // CHAINCHIEF_ONLY_COMMAND: src/cli/main.ts defines this command alone.
    define: { CHAINCHIEF_YAML_BUNDLE: JSON.stringify('./yaml.cjs'), CHAINCHIEF_ONLY_COMMAND: JSON.stringify(command), 'import.meta.url': '__chainchiefUrl' },
    banner: { js: 'var __chainchiefUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [onlyCommand, lazyChildProcess, lazyBuiltins],
    // Minified: less to read at each start (names kept, for commander's error classes).
    // ASCII only (esbuild escapes strings, asciiOnly the rest): a file with one non-ASCII
    // byte is read into a two-byte string, twice the memory and ≈ 10 ms more for this size.
    minify: true,
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning',
  })
  asciiOnly(outfile)
  // The run that makes the cache: no colours (chalk stays unloaded, as for most runs) and no
  // NODE_OPTIONS (V8 flags in it would make a cache that no plain start takes).
  const env = { ...process.env, NO_COLOR: '1' }
  for (const key of ['NODE_OPTIONS', 'FORCE_COLOR', 'CHAINCHIEF_DEBUG']) delete env[key]
  const made = await new Promise((done) => {
    spawn(process.execPath, [`${root}scripts/code-cache.cjs`, outfile, ...FAST_COMMANDS[command]], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env })
      .on('exit', (code) => done(code))
  })
  if (made !== 0 || !readdirSync(fresh).some((f) => f.startsWith(`${command}.cjs.`) && f.endsWith('.cache'))) {
    throw new Error(`code cache of ${command}: the run exited with ${made}, or wrote no cache`)
  }
}
const old = `${outdir}.old.${process.pid}`
for (let attempt = 0; ; attempt++) {
  try {
    renameSync(outdir, old)
  } catch {
    // first build, or another build moved it aside: nothing to move
  }
  try {
    renameSync(fresh, outdir)
    break
  } catch (error) {
    if (attempt >= 5) throw error // another build put its bundle back in between: try again
  }
}
rmSync(old, { recursive: true, force: true })
process.exitCode = await tsc
