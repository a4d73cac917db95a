// Preloaded with `node --import` by tests: appends the URL of every file of the program the
// process loads to the file named by CHAINCHIEF_MODULE_LOG, to show which chunks a command
// loads: ES modules (through loader hooks), CommonJS files (require) and the fast-start
// bundles bin/chainchief.js runs through vm.Script.
import { appendFileSync } from 'node:fs'
import Module, { register } from 'node:module'
import { pathToFileURL } from 'node:url'
import vm from 'node:vm'

const log = process.env.CHAINCHIEF_MODULE_LOG
register('./log-modules-hooks.mjs', import.meta.url, { data: { log } })

if (log) {
  const note = (file) => appendFileSync(log, `${pathToFileURL(file).href}\n`)
  const load = Module._load
  Module._load = function (request, parent, isMain) {
    if (!request.startsWith('node:')) {
      try {
        note(Module._resolveFilename(request, parent, isMain))
      } catch {
        // not found: load reports it
      }
    }
    return load.call(this, request, parent, isMain)
  }
  const Script = vm.Script
  vm.Script = class extends Script {
    constructor(code, options) {
      if (options?.filename) note(options.filename)
      super(code, options)
    }
  }
}
