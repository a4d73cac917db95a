// The floor of issue #5: the least any `check` can do on a workspace — read every file, parse
// it with the fastest parser (js-yaml 4, core schema, no positions), validate it with the same
// generated validators, index the ids — and nothing else. bench/run.mjs bundles it like the CLI
// and times it beside the real commands. Takes: a workspace folder; prints one summary line.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { load, CORE_SCHEMA } from 'js-yaml'
import * as validators from '../src/check/validators-generated.ts'

const root = process.argv[2]
const files = [['chainchief.yaml', 'workspace'], ['organizations.yaml', 'organizations'], ['people.yaml', 'people']]
for (const [folder, kind] of [['chains', 'chain'], ['meetings', 'meeting']]) {
  for (const name of readdirSync(join(root, folder)).sort()) {
    if (/\.ya?ml$/.test(name)) files.push([`${folder}/${name}`, kind])
  }
}
const ids = new Map()
const index = (list, path) => (Array.isArray(list) ? list : []).forEach((r, i) => r && ids.set(r.id, [...path, i]))
let invalid = 0
for (const [path, kind] of files) {
  const data = load(readFileSync(join(root, path), 'utf8'), { schema: CORE_SCHEMA, filename: path })
  if (!validators[kind](data)) invalid++
  if (kind === 'organizations') index(data.organizations, [path])
  if (kind === 'people') index(data.people, [path])
  if (kind === 'chain') {
    ids.set(data.id, [path])
    index(data.tasks, [path, 'tasks'])
    index(data.problems, [path, 'problems'])
  }
  if (kind === 'meeting') ids.set(data.id, [path])
}
process.stdout.write(`${files.length} files, ${ids.size} ids, ${invalid} invalid\n`)
