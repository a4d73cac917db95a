// For commands that report on the data (progress, brief): the workspace must pass `check`
// first (contract §5). With errors, they are printed as `check` prints them, on stderr so a
// report file or pipe never holds half a report, and the command exits 1.
import { checkWorkspace, type CheckResult } from '../check/run-checks.js'
import { renderDiagnosticsGithub } from '../render/diagnostics-github.js'
import { renderDiagnosticsPretty } from '../render/diagnostics-pretty.js'
import { findWorkspaceRoot } from '../workspace/find-root.js'
import { loadWorkspace } from '../workspace/load-workspace.js'
import type { WorkspaceFlags } from './options.js'
import { makeStyle, useColor } from './output.js'

export type Checked = { ok: true; result: CheckResult } | { ok: false; exitCode: number }

export async function loadCheckedModel(flags: WorkspaceFlags): Promise<Checked> {
  const root = findWorkspaceRoot(flags.workspace, process.cwd())
  const loaded = loadWorkspace(root)
  const result = checkWorkspace(loaded, { asOf: flags.asOf, lang: flags.lang })
  if (result.errors === 0) return { ok: true, result }
  let text: string
  if (process.env.GITHUB_ACTIONS === 'true') {
    text = renderDiagnosticsGithub(result, { lang: result.lang, prefix: '' })
  } else {
    const style = await makeStyle(useColor(flags, process.stderr, false))
    const sources = new Map(loaded.files.map((f) => [f.path, f.text]))
    text = renderDiagnosticsPretty(result, sources, { lang: result.lang, style })
  }
  process.stderr.write(text)
  return { ok: false, exitCode: 1 }
}
