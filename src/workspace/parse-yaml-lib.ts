// The `yaml` package, loaded on first use (issue #5): the fast path (parse-yaml-fast.ts) reads
// most files without it, so a run that finds nothing never pays for loading it. Synchronous,
// because loading and checking are: in the CLI bundle esbuild bundles the require() below as
// a module that runs when first called; the library (tsc's dist/) takes Node's require.
import { createRequire } from 'node:module'
import type * as Yaml from 'yaml'

let lib: typeof Yaml | undefined

export function yamlLib(): typeof Yaml {
  lib ??= (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as typeof Yaml
  return lib
}
