// `chainchief check` (contract §4): load → check → render → write; exit 0, 1 or 2.
import { checkWorkspace } from '../../check/run-checks.js'
import type { DiagnosticsFormat } from '../../render/diagnostics/index.js'
import { findWorkspaceRoot } from '../../workspace/find-root.js'
import { loadWorkspace } from '../../workspace/load-workspace.js'
import { fitHeapToWorkspace } from '../heap.js'
import { appendGithubStepSummary, diagnosticsText } from '../diagnostics-output.js'
import type { WorkspaceFlags } from '../options.js'
import { decideOutput, protectWorkspace, writeOutput } from '../output.js'

export interface CheckFlags extends WorkspaceFlags {
  format?: DiagnosticsFormat
  maxWarnings?: number
  quiet?: boolean
}

export async function runCheck(flags: CheckFlags): Promise<number> {
  const output = decideOutput(flags)
  const root = findWorkspaceRoot(flags.workspace, process.cwd())
  fitHeapToWorkspace(root)
  const loaded = loadWorkspace(root)
  protectWorkspace(loaded)
  const result = checkWorkspace(loaded, { asOf: flags.asOf, lang: flags.lang })
  const format = flags.format ?? (output.github ? 'github' : 'pretty')
  // --quiet shows errors only; the counts (summary, JSON, --max-warnings) still hold warnings.
  const shown = flags.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') } : result
  writeOutput(await diagnosticsText(format, shown, loaded, output.color), output, format)
  if (format === 'github') appendGithubStepSummary(result, loaded)
  if (result.errors > 0) return 1
  if (flags.maxWarnings !== undefined && result.warnings > flags.maxWarnings) return 1
  return 0
}
