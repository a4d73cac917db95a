// `check --format <name>` (contract §4): every diagnostics renderer by its format name, one
// map for `check` and for the commands that refuse broken data. A new format is a file beside
// this one and a line in the map.
import type { DiagnosticsFormat } from '../formats.js'
import { renderDiagnosticsCompact } from './compact.js'
import { renderDiagnosticsGithub } from './github.js'
import { renderDiagnosticsGitlab } from './gitlab.js'
import { renderDiagnosticsJson } from './json.js'
import type { DiagnosticsRenderOptions, DiagnosticsReport } from './options.js'
import { renderDiagnosticsPretty } from './pretty.js'
import { renderDiagnosticsSarif } from './sarif.js'

export type { DiagnosticsRenderOptions, DiagnosticsReport } from './options.js'

export type DiagnosticsRenderer = (report: DiagnosticsReport, options: DiagnosticsRenderOptions) => string

export type { DiagnosticsFormat }

export const DIAGNOSTICS_RENDERERS = {
  pretty: renderDiagnosticsPretty,
  compact: renderDiagnosticsCompact,
  json: renderDiagnosticsJson,
  github: renderDiagnosticsGithub,
  sarif: renderDiagnosticsSarif,
  gitlab: renderDiagnosticsGitlab,
} satisfies Record<DiagnosticsFormat, DiagnosticsRenderer>
