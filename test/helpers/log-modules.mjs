// Preloaded with `node --import` by tests: appends the URL of every ES module the program
// loads to the file named by CHAINCHIEF_MODULE_LOG, to show which chunks a command loads.
import { register } from 'node:module'

register('./log-modules-hooks.mjs', import.meta.url, { data: { log: process.env.CHAINCHIEF_MODULE_LOG } })
