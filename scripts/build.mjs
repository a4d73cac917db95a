#!/usr/bin/env node
// `npm run build` (issue #5): everything the CLI, the library and the tests need, in one step.
//   1. src/check/validators-generated.ts: ajv standalone validators from schemas/ (build-validators.mjs)
//   2. tsc → dist/**/*.js + .d.ts: the library (`import 'chainchief'`) with its types
//   3. esbuild → dist/bundle/: the CLI as one ES module plus a chunk per lazily import()ed
//      module (each command, chalk), which bin/chainchief.js runs. Dependencies are bundled:
//      loading many small files from node_modules was most of the start-up time.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
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
  legalComments: 'none',
  logLevel: 'warning',
})
// The yaml package as one CommonJS file, required only when a file needs it
// (src/workspace/parse-yaml-lib.ts), so a clean run never even compiles it.
await build({
  absWorkingDir: root,
  entryPoints: [require.resolve('yaml')],
  outfile: `${fresh}/yaml.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
})
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
