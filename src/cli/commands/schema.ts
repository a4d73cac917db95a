// `chainchief schema [name]` (contract §7): prints one published JSON Schema, or with
// `--out <dir>` writes them (all, or the one named), byte for byte as the package ships them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isSchemaName, SCHEMA_NAMES, type SchemaName } from '../../init/schema-names.js'
import { UsageError } from '../../findings/index.js'
import { decideOutput, sayWrote, writeOutput } from '../output.js'
import { closest } from '../../check/closest.js'
import { didYouMean, say } from '../words.js'

export interface SchemaFlags {
  out?: string
  output?: string
}

const COVERS: Record<SchemaName, string> = {
  workspace: 'chainchief.yaml',
  organizations: 'organizations.yaml',
  people: 'people.yaml',
  chain: 'chains/<chain-id>.yaml',
  meeting: 'meetings/<meeting-id>.yaml',
}

/**
 * The package's own folder: the nearest folder above this module holding package.json and
 * schemas/ (works whether the code runs from dist/cli/commands/ or from one bundled file).
 */
export function packageRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schemas', 'workspace.schema.json'))) return dir
    if (dirname(dir) === dir) throw new UsageError(say('schema.no-package'))
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version
}

/** The text of every published schema, by name. */
export function readSchemaTexts(): Record<SchemaName, string> {
  const dir = join(packageRoot(), 'schemas')
  const entries = SCHEMA_NAMES.map((name) => [name, readFileSync(join(dir, `${name}.schema.json`), 'utf8')] as const)
  return Object.fromEntries(entries) as Record<SchemaName, string>
}

function checkedName(name: string): SchemaName {
  if (!isSchemaName(name)) {
    throw new UsageError(say('schema.unknown', { name, hint: didYouMean(closest(name, SCHEMA_NAMES)), names: SCHEMA_NAMES.join(', ') }))
  }
  return name
}

function writeAll(out: string, names: readonly SchemaName[], texts: Record<SchemaName, string>): void {
  const dir = resolve(process.cwd(), out)
  try {
    mkdirSync(dir, { recursive: true })
    for (const name of names) {
      const file = join(dir, `${name}.schema.json`)
      writeFileSync(file, texts[name])
      sayWrote(relative(process.cwd(), file) || file)
    }
  } catch (error) {
    throw new UsageError(say('write.failed-dir', { dir, reason: (error as NodeJS.ErrnoException).code ?? String(error) }))
  }
}

export function runSchema(name: string | undefined, flags: SchemaFlags): number {
  const chosen = name === undefined ? undefined : checkedName(name)
  const texts = readSchemaTexts()
  if (flags.out !== undefined) {
    writeAll(flags.out, chosen ? [chosen] : SCHEMA_NAMES, texts)
    return 0
  }
  if (chosen) {
    writeOutput(texts[chosen], decideOutput(flags), 'json')
    return 0
  }
  const width = Math.max(...SCHEMA_NAMES.map((n) => n.length))
  const list = SCHEMA_NAMES.map((n) => `  ${n.padEnd(width)}  ${COVERS[n]}`).join('\n')
  writeOutput(`${say('schema.list')}\n${list}\n`, decideOutput(flags))
  return 0
}
