// Stage 1: finds and reads every file of a workspace (contract §2), keeping each file's
// document and line counter for positions (parsed on first use where the fast path read the
// data: parse-yaml-fast.ts). Reads everything; a bad file is a finding, never a reason to stop.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding } from '../findings/index.js'
import { attachPositions, parseYamlFast } from './parse-yaml-fast.js'
import { readWorkspaceFile } from './read-file.js'
import type { FileKind, SourceFile } from './source.js'
import { MANIFEST } from './find-root.js'

export interface LoadedWorkspace {
  root: string
  files: SourceFile[]
  findings: Finding[]
}

const TOP_LEVEL: ReadonlyArray<[string, FileKind, boolean]> = [
  [MANIFEST, 'workspace', true],
  ['organizations.yaml', 'organizations', false],
  ['people.yaml', 'people', false],
]

const YAML_FILE = /\.ya?ml$/

function listYaml(root: string, folder: string): string[] {
  try {
    return readdirSync(join(root, folder))
      .filter((name) => YAML_FILE.test(name))
      .sort()
      .map((name) => `${folder}/${name}`)
  } catch {
    return [] // no such folder: nothing to read (chain-count reports a workspace without chains)
  }
}

function exists(root: string, name: string): boolean {
  try {
    return readdirSync(root).includes(name)
  } catch {
    return false
  }
}

/** Reads and parses one file; the result always exists, `ok` says whether it is whole. */
export function loadFile(root: string, relative: string, kind: FileKind, findings: Finding[]): SourceFile {
  const read = readWorkspaceFile(join(root, relative), relative, root)
  if (!read.ok) {
    findings.push(read.finding)
    return { path: relative, kind, text: '', data: undefined, ok: false }
  }
  const parsed = parseYamlFast({ path: relative, text: read.text })
  findings.push(...parsed.findings)
  return attachPositions({ path: relative, kind, text: parsed.text ?? read.text, data: parsed.data, ok: parsed.ok }, parsed)
}

/** Loads the workspace at `root` (already found by findWorkspaceRoot). */
export function loadWorkspace(root: string): LoadedWorkspace {
  const findings: Finding[] = []
  const files: SourceFile[] = []
  for (const [name, kind, required] of TOP_LEVEL) {
    if (required || exists(root, name)) files.push(loadFile(root, name, kind, findings))
  }
  for (const path of listYaml(root, 'chains')) files.push(loadFile(root, path, 'chain', findings))
  for (const path of listYaml(root, 'meetings')) files.push(loadFile(root, path, 'meeting', findings))
  return { root, files, findings }
}
