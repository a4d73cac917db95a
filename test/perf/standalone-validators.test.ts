// The validators generated at build time (scripts/build-validators.mjs → ajv standalone code)
// must judge exactly as `ajv.compile` of the published schemas with the same options: the same
// errors, keywords, paths, params, messages and parent schemas, on every fixture file and on
// many broken variants of them. Not a timing test: it checks what the speed-up must not change.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Ajv, type ErrorObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { validatorFor } from '../../src/check/validators.js'
import { parseYaml } from '../../src/workspace/parse-yaml.js'
import type { FileKind } from '../../src/workspace/source.js'
import { EXAMPLE, FIXTURES, ROOT } from '../helpers/run-cli.js'

const KINDS: FileKind[] = ['workspace', 'organizations', 'people', 'chain', 'meeting']

function compiled(): Record<FileKind, (data: unknown) => ErrorObject[]> {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true })
  type AddFormats = (ajv: Ajv, formats: string[]) => Ajv
  const mod = addFormatsModule as unknown as AddFormats & { default?: AddFormats }
  ;(mod.default ?? mod)(ajv, ['date'])
  return Object.fromEntries(
    KINDS.map((kind) => {
      const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8')) as object)
      return [kind, (data: unknown) => (validate(data) ? [] : [...(validate.errors ?? [])])]
    }),
  ) as Record<FileKind, (data: unknown) => ErrorObject[]>
}

function kindOf(path: string): FileKind | undefined {
  if (path.endsWith('/chainchief.yaml')) return 'workspace'
  if (path.endsWith('/organizations.yaml')) return 'organizations'
  if (path.endsWith('/people.yaml')) return 'people'
  if (/\/chains\/[^/]+\.ya?ml$/.test(path)) return 'chain'
  if (/\/meetings\/[^/]+\.ya?ml$/.test(path)) return 'meeting'
  return undefined
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return yamlFiles(path)
    return entry.isFile() && /\.ya?ml$/.test(entry.name) ? [path] : []
  })
}

/** Broken variants of `data`: each object and list, in turn, damaged in one way. */
function* variants(data: unknown): Generator<unknown> {
  const damage = [
    (o: Record<string, unknown>) => { o.unknwn = 1 },
    (o: Record<string, unknown>) => { const k = Object.keys(o)[0]; if (k) delete o[k] },
    (o: Record<string, unknown>) => { for (const k of Object.keys(o)) o[k] = typeof o[k] === 'string' ? 42 : 'text' },
    (o: Record<string, unknown>) => { for (const k of Object.keys(o)) if (typeof o[k] === 'string') o[k] = '2023-02-30' },
    (o: Record<string, unknown>) => { for (const k of Object.keys(o)) if (typeof o[k] === 'number') o[k] = -1.5 },
  ]
  const clone = () => structuredClone(data) as unknown
  const count = (v: unknown): number => (v && typeof v === 'object' ? 1 + Object.values(v).reduce((n: number, x) => n + count(x), 0) : 0)
  const nth = (root: unknown, n: number): unknown => {
    let i = 0
    let found: unknown
    const walk = (v: unknown) => {
      if (found !== undefined || !v || typeof v !== 'object') return
      if (i++ === n) found = v
      else Object.values(v).forEach(walk)
    }
    walk(root)
    return found
  }
  const total = count(data)
  for (let n = 0; n < total; n += Math.max(1, Math.floor(total / 40))) {
    for (const hurt of damage) {
      const copy = clone()
      const target = nth(copy, n)
      if (Array.isArray(target)) target.push(target[0] ?? null, { x: 1 })
      else hurt(target as Record<string, unknown>)
      yield copy
    }
  }
}

describe('generated validators judge as ajv.compile does', () => {
  const reference = compiled()
  const files = [...yamlFiles(FIXTURES), ...yamlFiles(EXAMPLE)].filter((f) => kindOf(f))

  it.each(KINDS)('%s: fixtures and their broken variants', (kind) => {
    let compared = 0
    let failing = 0
    for (const file of files.filter((f) => kindOf(f) === kind)) {
      const parsed = parseYaml({ path: file, text: readFileSync(file, 'utf8') })
      if (parsed.data === undefined) continue
      for (const data of [parsed.data, ...variants(parsed.data)]) {
        const expected = reference[kind](data)
        const actual = validatorFor(kind)(data)
        expect(actual, `${relative(ROOT, file)}`).toEqual(expected)
        compared++
        if (expected.length) failing++
      }
    }
    expect(compared).toBeGreaterThan(0)
    if (kind === 'chain' || kind === 'meeting') expect(failing).toBeGreaterThan(10)
  })
})
