#!/usr/bin/env node
// Starts the CLI that `npm run build` writes (scripts/build.mjs, which tells the design).
// `chainchief <command> ...` for check, progress, brief and the views (problems, roster,
// meetings, task) runs dist/bundle/<command>.cjs, the whole program with that command's code only, through vm.Script with the V8 code cache the build made of it, so
// a cold start neither parses nor compiles what the build's run compiled. Without a cache for
// this V8 (another Node version), or when V8 refuses it (flags that change code), the same
// file compiles as any script would. Everything else runs the ES module bundle
// (dist/bundle/chainchief.js: one file plus a chunk per command). CommonJS (bin/package.json),
// so that the fast path never starts Node's ES module loader.
'use strict'
const { readFileSync } = require('node:fs')
const { basename, dirname, join } = require('node:path')

const BUNDLE = join(__dirname, '../dist/bundle')
// The commands with a fast-start file; scripts/build.mjs builds one for each (and fails if its
// list of runs names other commands).
const FAST_COMMANDS = new Set(['check', 'progress', 'brief', 'problems', 'roster', 'meetings', 'task'])
// What Node itself wraps a CommonJS file in; the build's code cache is made of the same text.
const WRAP = ['(function (exports, require, module, __filename, __dirname) {', '\n})']

/** The code cache of a bundle for the running V8. */
function cacheFile(file) {
  return `${file}.${process.versions.v8}.cache`
}

function readOrUndefined(file, encoding) {
  try {
    return readFileSync(file, encoding)
  } catch {
    return undefined
  }
}

/**
 * Runs a CommonJS bundle through vm.Script, with `cachedData` when given; returns the script
 * (scripts/code-cache.cjs makes the cache of it after a run). Undefined when the bundle is not
 * there. The build writes the bundle in ASCII only, which Node reads straight into a one-byte
 * string.
 */
function runBundle(file, cachedData) {
  const source = readOrUndefined(file, 'utf8')
  if (source === undefined) return undefined
  const { Script } = require('node:vm')
  // The name stack traces show. A code cache keeps the name of the run that made it, so it is
  // the same on every machine rather than the path of the build's.
  const filename = `chainchief/dist/bundle/${basename(file)}`
  const script = new Script(WRAP[0] + source + WRAP[1], { filename, cachedData })
  const module = { exports: {}, filename: file, id: file }
  script.runInThisContext()(module.exports, require('node:module').createRequire(file), module, file, dirname(file))
  return script
}

if (require.main === module) {
  const command = process.argv[2]
  const file = join(BUNDLE, `${command}.cjs`)
  if (!(FAST_COMMANDS.has(command) && runBundle(file, readOrUndefined(cacheFile(file))))) import('../dist/bundle/chainchief.js')
} else {
  module.exports = { FAST_COMMANDS, cacheFile, runBundle }
}
