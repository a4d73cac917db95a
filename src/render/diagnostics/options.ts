// What every diagnostics renderer takes: the check result's counts and diagnostics, and the
// options decided once at the edge (cli/output.ts, cli/diagnostics-output.ts).
import type { Diagnostic } from '../../findings/index.js'
import type { Lang } from '../../model/types.js'
import type { Style } from '../style.js'

export interface DiagnosticsReport {
  files: number
  errors: number
  warnings: number
  diagnostics: Diagnostic[]
}

export interface DiagnosticsRenderOptions {
  lang: Lang
  style: Style
  /** Each file's text by workspace-relative path, for code frames. */
  sources: ReadonlyMap<string, string>
  /** The workspace folder as the user named it (json's `workspace`). */
  workspace: string
  /** Repository-relative folder of the workspace for annotations: '' or 'data/'. */
  prefix: string
  /** chainchief's version (sarif: the tool's version and the links to its rule pages). */
  version: string
}
