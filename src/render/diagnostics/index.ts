// `check --format <name>` (contract §4): every diagnostics renderer by its format name, one
// map for `check` and for the commands that refuse broken data. A new format is a file beside
// this one and a line in the map.
import type { Diagnostic } from '../../findings/index.js'
import type { Lang } from '../../model/types.js'
import type { DiagnosticsFormat } from '../formats.js'
import type { Style } from '../style.js'
import { renderDiagnosticsGithub } from './github.js'
import { renderDiagnosticsJson } from './json.js'
import { renderDiagnosticsPretty } from './pretty.js'

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
}

export type DiagnosticsRenderer = (report: DiagnosticsReport, options: DiagnosticsRenderOptions) => string

export type { DiagnosticsFormat }

export const DIAGNOSTICS_RENDERERS = {
  pretty: renderDiagnosticsPretty,
  json: renderDiagnosticsJson,
  github: renderDiagnosticsGithub,
} satisfies Record<DiagnosticsFormat, DiagnosticsRenderer>
