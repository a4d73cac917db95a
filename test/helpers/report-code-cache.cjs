// Preloaded with `node --require` by tests: at exit, writes to stderr whether V8 took the code
// cache of the fast-start bundle bin/chainchief.js ran ("code cache: accepted", "rejected",
// or "none" when no cache was given); nothing when no bundle ran through vm.Script.
'use strict'
const vm = require('node:vm')

const Script = vm.Script
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options)
    const given = options?.cachedData !== undefined
    process.on('exit', () => process.stderr.write(`code cache: ${given ? (this.cachedDataRejected ? 'rejected' : 'accepted') : 'none'}\n`))
  }
}
