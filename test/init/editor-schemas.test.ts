// What an editor sees in a workspace written by init (contract §4: "an editor and the CLI judge
// a file the same way"): every data file names its schema on its first line, the VS Code
// mapping points the same files at the same schemas, and validating each file with the schema
// found that way (draft-07, as yaml-language-server does) flags exactly the files and fields
// `check` flags with rule `schema`.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { Ajv, type ErrorObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { checkJson, writeInitFiles } from '../helpers/in-process.js'
import { scratchDir } from '../helpers/run-cli.js'
import { listFiles } from './list-files.js'
import { MEETING } from './meeting-sample.js'

type AddFormats = (ajv: Ajv, formats: string[]) => Ajv
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats

const dataFiles = (ws: string) => listFiles(ws).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('.'))

function schemaByModeline(ws: string, file: string): string {
  const first = readFileSync(join(ws, file), 'utf8').split('\n')[0]!
  const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)
  expect(m, `${file} names its schema`).not.toBeNull()
  return relative(ws, resolve(dirname(join(ws, file)), m![1]!)).split('\\').join('/')
}

function schemaBySettings(ws: string, file: string): string[] {
  const settings = JSON.parse(readFileSync(join(ws, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> }
  const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`)
  return Object.entries(settings['yaml.schemas'])
    .filter(([, patterns]) => patterns.some((p) => glob(p).test(file)))
    .map(([schema]) => relative(ws, resolve(ws, schema)).split('\\').join('/'))
}

function editorErrors(ws: string): Map<string, ErrorObject[]> {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true })
  addFormats(ajv, ['date'])
  const out = new Map<string, ErrorObject[]>()
  for (const file of dataFiles(ws)) {
    const schema = JSON.parse(readFileSync(join(ws, schemaByModeline(ws, file)), 'utf8')) as { $id?: string }
    const validate = ajv.getSchema(schema.$id ?? '') ?? ajv.compile(schema)
    if (!validate(parse(readFileSync(join(ws, file), 'utf8')))) out.set(file, [...(validate.errors ?? [])])
  }
  return out
}

function checkSchemaFindings(ws: string): Map<string, string[]> {
  const { diagnostics } = checkJson(ws, { asOf: '2024-01-01' })
  const out = new Map<string, string[]>()
  for (const d of diagnostics.filter((d) => d.rule === 'schema')) out.set(d.file, [...(out.get(d.file) ?? []), d.message])
  return out
}


describe('the editor setup written by init', () => {
  it('every data file names a schema that exists, the same one the VS Code mapping gives it', () => {
    const { dir: ws, cleanup } = scratchDir()
    try {
      writeInitFiles(ws) // the files of `chainchief init`, byte for byte (init.test.ts)
      writeFileSync(join(ws, 'meetings/2024-01-05-textile-garment.yaml'), MEETING.replace('on-site', 'video'))
      const files = dataFiles(ws)
      expect(files).toHaveLength(15)
      for (const file of files) {
        const schema = schemaByModeline(ws, file)
        expect(listFiles(ws)).toContain(schema)
        expect(schemaBySettings(ws, file)).toEqual([schema])
      }
      expect(schemaByModeline(ws, 'chains/pharmaceuticals.yaml')).toBe('.chainchief/schemas/chain.schema.json')
      expect(schemaByModeline(ws, 'meetings/2024-01-05-textile-garment.yaml')).toBe('.chainchief/schemas/meeting.schema.json')
      expect(editorErrors(ws).size).toBe(0)
      expect(checkSchemaFindings(ws).size).toBe(0)
    } finally {
      cleanup()
    }
  })

  it('the schema found through the first line flags the same files and fields as check', () => {
    const { dir: ws, cleanup } = scratchDir()
    try {
      writeInitFiles(ws) // the files of `chainchief init`, byte for byte (init.test.ts)
      const edit = (file: string, from: RegExp | string, to: string) => {
        const text = readFileSync(join(ws, file), 'utf8')
        expect(text.replace(from, to)).not.toBe(text)
        writeFileSync(join(ws, file), text.replace(from, to))
      }
      edit('chainchief.yaml', 'language: en', 'langauge: en')
      edit('organizations.yaml', 'organizations: []', 'organizations:\n  - id: diitsp\n    name: 山东省工业和信息化厅\n    type: goverment')
      edit('chains/pharmaceuticals.yaml', /\n$/, '\ntasks:\n  - id: Bad_Id\n    title: 创新药\n    category: technology\n    owner: diitsp\n    due: 2024-02-30\n    status: planned\n    progress: 0\n')
      writeFileSync(join(ws, 'meetings/2024-01-05-textile-garment.yaml'), MEETING)

      const editor = editorErrors(ws)
      const check = checkSchemaFindings(ws)
      expect([...editor.keys()].sort()).toEqual(['chainchief.yaml', 'chains/pharmaceuticals.yaml', 'meetings/2024-01-05-textile-garment.yaml', 'organizations.yaml'])
      expect([...check.keys()].sort()).toEqual([...editor.keys()].sort())
      // The same complaints: the misspelt field, the bad enum values, the bad id and date.
      expect(editor.get('chainchief.yaml')!.map((e) => e.params)).toContainEqual({ additionalProperty: 'langauge' })
      expect(check.get('chainchief.yaml')).toEqual(['unknown field "langauge" (did you mean "language"?)'])
      expect(editor.get('organizations.yaml')!.map((e) => e.keyword)).toEqual(['enum'])
      expect(check.get('organizations.yaml')!.join()).toContain('"type" must be one of government, enterprise')
      expect(editor.get('chains/pharmaceuticals.yaml')!.map((e) => e.instancePath).sort()).toEqual(['/tasks/0/due', '/tasks/0/id'])
      expect(check.get('chains/pharmaceuticals.yaml')).toHaveLength(2)
      expect(editor.get('meetings/2024-01-05-textile-garment.yaml')!.map((e) => e.instancePath)).toEqual(['/format'])
      expect(check.get('meetings/2024-01-05-textile-garment.yaml')!.join()).toContain('found "on-site"')
    } finally {
      cleanup()
    }
  })
})
