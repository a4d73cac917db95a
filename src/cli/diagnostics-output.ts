// The text of a check result in a format, for `check` (stdout) and for the commands that
// refuse broken data (stderr): one place that fills the renderers' options.
import type { CheckResult } from '../check/run-checks.js'
import { DIAGNOSTICS_RENDERERS, type DiagnosticsFormat } from '../render/diagnostics/index.js'
import type { LoadedWorkspace } from '../workspace/load-workspace.js'
import { githubPrefix, makeStyle } from './output.js'

export async function diagnosticsText(
  format: DiagnosticsFormat,
  result: CheckResult,
  loaded: LoadedWorkspace,
  color: boolean,
): Promise<string> {
  return DIAGNOSTICS_RENDERERS[format](result, {
    lang: result.lang,
    style: await makeStyle(format === 'pretty' && color),
    sources: new Map(loaded.files.map((f) => [f.path, f.text])),
    workspace: loaded.root,
    prefix: format === 'github' ? githubPrefix(loaded.root) : '',
  })
}
