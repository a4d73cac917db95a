// The `yaml` package, loaded on first use (issue #5): the fast path (parse-yaml-fast.ts) reads
// most files without it, so a run that finds nothing never pays for loading it. Synchronous,
// because loading and checking are. The CLI bundle (scripts/build.mjs) ships it as one file
// beside its chunks, named by CHAINCHIEF_YAML_BUNDLE; the library (tsc's dist/) loads the
// package from node_modules.
import { createRequire } from 'node:module'
import type * as Yaml from 'yaml'

declare const CHAINCHIEF_YAML_BUNDLE: string | undefined

let lib: typeof Yaml | undefined

export function yamlLib(): typeof Yaml {
  const name = typeof CHAINCHIEF_YAML_BUNDLE === 'string' ? CHAINCHIEF_YAML_BUNDLE : 'yaml'
  lib ??= createRequire(import.meta.url)(name) as typeof Yaml
  return lib
}
