// A workspace as it would be with one file's text changed or added, in memory (SPEC §9: a
// write is checked on the would-be workspace before anything is written). The file is
// parsed as loadWorkspace parses it; its old findings give way to the new text's.
import type { Finding } from '../findings/index.js'
import type { LoadedWorkspace } from './load-workspace.js'
import { attachPositions, parseYamlFast, type FastParsed } from './parse-yaml-fast.js'
import type { FileKind, SourceFile } from './source.js'

/**
 * `loaded` with the file at `path` (workspace-relative) holding `text` (a BOM is dropped, as on
 * reading). `fast`: the data the fast path read from that text already, when it did.
 */
export function withFileText(loaded: LoadedWorkspace, path: string, kind: FileKind, text: string, fast?: { data: unknown }): LoadedWorkspace {
  const plain = text.startsWith('\uFEFF') ? text.slice(1) : text
  const parsed: FastParsed = fast ? { data: fast.data, ok: true, findings: [] } : parseYamlFast({ path, text: plain })
  const file: SourceFile = attachPositions({ path, kind, text: parsed.text ?? plain, data: parsed.data, ok: parsed.ok }, parsed)
  const findings: Finding[] = [...loaded.findings.filter((f) => f.at.file !== path), ...parsed.findings]
  const at = loaded.files.findIndex((f) => f.path === path)
  const files = at === -1 ? [...loaded.files, file] : loaded.files.map((f, i) => (i === at ? file : f))
  if (at === -1) files.sort(byReadingOrder)
  return { root: loaded.root, files, findings }
}

const KIND_ORDER: Record<FileKind, number> = { workspace: 0, organizations: 1, people: 2, chain: 3, meeting: 4 }

/** The order loadWorkspace reads files in: top-level files, then chains/, then meetings/, by name. */
function byReadingOrder(a: SourceFile, b: SourceFile): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
}
