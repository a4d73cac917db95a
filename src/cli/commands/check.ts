// `chainchief check` (contract §4): load → check → render → write; exit 0, 1 or 2.
import { relative, sep } from 'node:path'
import { checkWorkspace } from '../../check/run-checks.js'
import { renderDiagnosticsGithub } from '../../render/diagnostics-github.js'
import { renderDiagnosticsJson } from '../../render/diagnostics-json.js'
import { renderDiagnosticsPretty } from '../../render/diagnostics-pretty.js'
import { findWorkspaceRoot } from '../../workspace/find-root.js'
import { loadWorkspace } from '../../workspace/load-workspace.js'
import type { WorkspaceFlags } from '../options.js'
import { makeStyle, useColor, writeOutput } from '../output.js'

export type CheckFormat = 'pretty' | 'json' | 'github'

export interface CheckFlags extends WorkspaceFlags {
  format?: CheckFormat
  maxWarnings?: number
}

/** The repository-relative folder of the workspace, for GitHub annotations ('' or 'data/'). */
function githubPrefix(root: string): string {
  const base = process.env.GITHUB_WORKSPACE || process.cwd()
  const rel = relative(base, root)
  if (rel === '' || rel.startsWith('..')) return ''
  return rel.split(sep).join('/') + '/'
}

export async function runCheck(flags: CheckFlags): Promise<number> {
  const root = findWorkspaceRoot(flags.workspace, process.cwd())
  const loaded = loadWorkspace(root)
  const result = checkWorkspace(loaded, { asOf: flags.asOf, lang: flags.lang })
  const format = flags.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'pretty')
  let text: string
  if (format === 'json') {
    text = renderDiagnosticsJson(result, root)
  } else if (format === 'github') {
    text = renderDiagnosticsGithub(result, { lang: result.lang, prefix: githubPrefix(root) })
  } else {
    const style = await makeStyle(useColor(flags, process.stdout, flags.output !== undefined))
    const sources = new Map(loaded.files.map((f) => [f.path, f.text]))
    text = renderDiagnosticsPretty(result, sources, { lang: result.lang, style })
  }
  writeOutput(text, flags.output)
  if (result.errors > 0) return 1
  if (flags.maxWarnings !== undefined && result.warnings > flags.maxWarnings) return 1
  return 0
}
