// For commands that report on the data (progress, brief): the workspace must pass `check`
// first (contract §5). With errors, they are printed as `check` prints them (annotations under
// GitHub Actions), on stderr so a report file or pipe never holds half a report, and the
// command exits 1.
import { checkWorkspace, type CheckResult } from '../check/run-checks.js'
import { findWorkspaceRoot } from '../workspace/find-root.js'
import { loadWorkspace } from '../workspace/load-workspace.js'
import { fitHeapToWorkspace } from './heap.js'
import { diagnosticsText } from './diagnostics-output.js'
import type { WorkspaceFlags } from './options.js'
import { protectWorkspace, type Output } from './output.js'
import { say } from './words.js'

export type Checked = { ok: true; result: CheckResult } | { ok: false; exitCode: number }

export async function loadCheckedModel(flags: WorkspaceFlags, output: Output): Promise<Checked> {
  const root = findWorkspaceRoot(flags.workspace, process.cwd())
  fitHeapToWorkspace(root)
  const loaded = loadWorkspace(root)
  protectWorkspace(loaded)
  const result = checkWorkspace(loaded, { asOf: flags.asOf, lang: flags.lang })
  if (result.errors === 0) return { ok: true, result }
  process.stderr.write(await diagnosticsText(output.github ? 'github' : 'pretty', result, loaded, output.stderrColor))
  // Say why there is no report, after the findings, so it is the last line a clerk reads.
  process.stderr.write(`chainchief: ${say('refused', { errors: result.errors })}\n`)
  return { ok: false, exitCode: 1 }
}
