// The text of a check result in a format, for `check` (stdout) and for the commands that
// refuse broken data (stderr): one place that fills the renderers' options. Also appends the
// GitHub step summary (contract §4), the one file a check run writes besides `-o`.
import { appendFileSync } from 'node:fs'
import type { CheckResult } from '../check/run-checks.js'
import { UsageError } from '../findings/index.js'
import { renderGithubStepSummary } from '../render/diagnostics/github-summary.js'
import { DIAGNOSTICS_RENDERERS, type DiagnosticsFormat } from '../render/diagnostics/index.js'
import type { LoadedWorkspace } from '../workspace/load-workspace.js'
import { packageVersion } from './commands/schema.js'
import { githubPrefix, makeStyle } from './output.js'
import { say } from './words.js'

/** Formats read by CI and code-review tools: paths relative to the repository root. */
const REPOSITORY_PATHS: ReadonlySet<DiagnosticsFormat> = new Set(['github', 'sarif', 'gitlab'])

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
    prefix: REPOSITORY_PATHS.has(format) ? githubPrefix(loaded.root) : '',
    version: format === 'sarif' ? packageVersion() : '',
  })
}

/** Appends the markdown summary of `result` to the file $GITHUB_STEP_SUMMARY names, if any. */
export function appendGithubStepSummary(result: CheckResult, loaded: LoadedWorkspace, env: Readonly<Record<string, string | undefined>> = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) return
  const text = renderGithubStepSummary(result, { lang: result.lang, prefix: githubPrefix(loaded.root) })
  try {
    appendFileSync(file, text)
  } catch (error) {
    throw new UsageError(say('write.step-summary', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }))
  }
}
