// Makes the V8 code cache of one fast-start bundle (scripts/build.mjs, step 4):
//   node scripts/code-cache.cjs dist/bundle/<command>.cjs <arguments of a run>
// runs the bundle as bin/chainchief.js does, with no cache, then at exit writes the bytecode
// of every function the run compiled beside it (<command>.cjs.<V8 version>.cache).
'use strict'
const { writeFileSync } = require('node:fs')
const { resolve } = require('node:path')
const { cacheFile, runBundle } = require('../bin/chainchief.js')

const file = resolve(process.argv[2])
process.argv.splice(2, 1) // the program sees the run's arguments only, as from bin
const script = runBundle(file, undefined)
if (!script) throw new Error(`${file}: no bundle`)
process.on('exit', () => writeFileSync(cacheFile(file), script.createCachedData()))
