// "An editor pointed at a workspace gets the same errors as check": yaml-language-server — the
// engine of VS Code's YAML extension — opens the files of a workspace written by init, with
// the settings init wrote, and flags the schema errors check flags, at the same line and column.
// Known difference: it checks `format: date` by pattern only, so 2024-02-30 passes in the editor.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkJson, writeInitFiles } from '../helpers/in-process.js'
import { scratchDir } from '../helpers/run-cli.js'
import { MEETING } from './meeting-sample.js'
import { editorDiagnostics } from './yaml-language-server.js'


function vscodeYamlSettings(ws: string): object {
  const settings = JSON.parse(readFileSync(join(ws, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>
  // VS Code hands the `yaml.*` settings to the server as one `yaml` object.
  const yaml: Record<string, unknown> = { schemaStore: { enable: false } }
  for (const [key, value] of Object.entries(settings)) if (key.startsWith('yaml.')) yaml[key.slice(5)] = value
  return yaml
}

describe('yaml-language-server on a workspace written by init', () => {
  it('flags the schema errors check flags, at the same places', async () => {
    const { dir: ws, cleanup } = scratchDir()
    try {
      writeInitFiles(ws) // the files of `chainchief init`, byte for byte (init.test.ts)
      const append = (file: string, text: string) => writeFileSync(join(ws, file), readFileSync(join(ws, file), 'utf8') + text)
      writeFileSync(join(ws, 'chainchief.yaml'), readFileSync(join(ws, 'chainchief.yaml'), 'utf8').replace('language: en', 'langauge: en'))
      append('chains/pharmaceuticals.yaml', 'tasks:\n  - id: Bad_Id\n    title: 创新药\n    category: research\n    owner: someone\n    due: 2024-03-01\n    status: planned\n    progress: 120\n')
      writeFileSync(join(ws, 'meetings/2024-01-05-textile-garment.yaml'), MEETING)
      const files = ['chainchief.yaml', 'organizations.yaml', 'people.yaml', 'chains/pharmaceuticals.yaml', 'chains/textile-garment.yaml', 'meetings/2024-01-05-textile-garment.yaml']

      const editor = await editorDiagnostics(ws, files, vscodeYamlSettings(ws))
      const check = checkJson(ws, { asOf: '2024-01-01' })
      const schemaFindings = check.diagnostics.filter((d) => d.rule === 'schema')
      const where = (d: { file: string; line: number; column: number }) => `${d.file}:${d.line}:${d.column}`
      expect(schemaFindings.map(where)).toEqual([
        'chainchief.yaml:7:1',
        'chains/pharmaceuticals.yaml:7:9',
        'chains/pharmaceuticals.yaml:9:15',
        'chains/pharmaceuticals.yaml:13:15',
        'meetings/2024-01-05-textile-garment.yaml:6:9',
      ])
      expect(editor.map(where).sort()).toEqual(schemaFindings.map(where).sort())
      expect(editor.find((d) => d.file === 'chainchief.yaml')?.message).toBe('Property langauge is not allowed.')
      // The first line alone is enough (an editor without the VS Code mapping): the same findings.
      const byModeline = await editorDiagnostics(ws, files, { schemaStore: { enable: false } })
      expect(byModeline.map(where).sort()).toEqual(schemaFindings.map(where).sort())
      // The cross-file rule (an owner nobody defined) is check's alone.
      expect(check.diagnostics.filter((d) => d.rule === 'unknown-ref').map(where)).toEqual(['chains/pharmaceuticals.yaml:10:12'])
    } finally {
      cleanup()
    }
  }, 60_000)
})
