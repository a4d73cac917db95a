// The commands' pipelines as plain function calls, for tests that need no process: load →
// check → report → render, wired as src/cli/commands/{check,progress,brief}.ts wire them,
// with the output options (colour, width, annotation prefix) passed in instead of read from
// the environment and the terminal. Nothing here spawns, prints, exits or reads process.env.
// The process tests (test/cli/, test/progress/cli.test.ts, test/brief/brief-cli.test.ts) hold
// these outputs equal, byte for byte, to what bin/chainchief.js prints.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { checkWorkspace, type CheckResult } from '../../src/check/run-checks.js'
import { readSchemaTexts, packageVersion } from '../../src/cli/commands/schema.js'
import { releaseTarballUrl } from '../../src/findings/project.js'
import { workspaceFiles } from '../../src/init/workspace-template.js'
import type { IsoDate, Lang, TaskStatus } from '../../src/model/types.js'
import { renderBrief } from '../../src/render/brief/index.js'
import { DIAGNOSTICS_RENDERERS } from '../../src/render/diagnostics/index.js'
import { DIAGNOSTICS_FORMATS, type BriefFormat, type DiagnosticsFormat, type ProgressFormat } from '../../src/render/formats.js'
import { PROGRESS_RENDERERS } from '../../src/render/progress/index.js'
import { PLAIN, type Style } from '../../src/render/style.js'
import { buildBrief } from '../../src/report/brief/index.js'
import { buildProgressReport, type ProgressReport } from '../../src/report/progress.js'
import { findWorkspaceRoot } from '../../src/workspace/find-root.js'
import { loadWorkspace, type LoadedWorkspace } from '../../src/workspace/load-workspace.js'
import { ROOT } from './run-cli.js'

export { makeStyle } from '../../src/cli/output.js'

export interface CheckRunOptions {
  asOf?: IsoDate
  lang?: Lang
  format?: DiagnosticsFormat
  /** Colours (makeStyle(true)); PLAIN by default, as on a pipe. */
  style?: Style
  /** The repository-relative folder of `--format github`, `sarif` and `gitlab` ('' or 'data/'). */
  prefix?: string
  maxWarnings?: number
  /** The folder `-w` is relative to (the CLI's current folder). */
  cwd?: string
}

export interface CheckRun {
  /** What `check` prints on stdout. */
  stdout: string
  /** Anything the functions wrote to stderr while they ran (nothing, when all is well). */
  stderr: string
  /** The exit code `check` returns: 1 with errors or too many warnings, else 0. */
  code: number
  result: CheckResult
  loaded: LoadedWorkspace
}

/**
 * Load and check, once per workspace, date and language for the folders of this repository
 * (test/fixtures/, examples/), which no test writes; every time for scratch copies, which
 * tests edit between checks.
 */
const checked = new Map<string, { loaded: LoadedWorkspace; result: CheckResult }>()
function loadAndCheck(root: string, asOf: IsoDate | undefined, lang: Lang | undefined) {
  const key = JSON.stringify([root, asOf, lang])
  const hit = checked.get(key)
  if (hit) return hit
  const loaded = loadWorkspace(root)
  const run = { loaded, result: checkWorkspace(loaded, { asOf, lang }) }
  if (!relative(ROOT, root).startsWith('..')) checked.set(key, run)
  return run
}

/**
 * Runs `work` with what it writes to process.stderr captured and returned (the functions are
 * pure, so this is '' unless something went wrong); writing to process.stdout is an error.
 */
function capturingStderr<T>(work: () => T): { value: T; stderr: string } {
  const { stdout, stderr } = process
  const writeOut = stdout.write
  const writeErr = stderr.write
  let text = ''
  stderr.write = ((chunk: string | Uint8Array) => ((text += String(chunk)), true)) as typeof stderr.write
  stdout.write = (() => {
    throw new Error('a report or renderer function wrote to stdout')
  }) as typeof stdout.write
  try {
    return { value: work(), stderr: text }
  } finally {
    stdout.write = writeOut
    stderr.write = writeErr
  }
}

/** `chainchief check -w <dir>` as a function. */
export function checkRun(dir: string, options: CheckRunOptions = {}): CheckRun {
  const { value, stderr } = capturingStderr(() => checkRunQuietly(dir, options))
  return { ...value, stderr }
}

function checkRunQuietly(dir: string, options: CheckRunOptions): Omit<CheckRun, 'stderr'> {
  const root = findWorkspaceRoot(dir, options.cwd ?? ROOT)
  const { loaded, result } = loadAndCheck(root, options.asOf, options.lang)
  const stdout = DIAGNOSTICS_RENDERERS[options.format ?? 'pretty'](result, {
    lang: result.lang,
    style: options.style ?? PLAIN,
    sources: new Map(loaded.files.map((f) => [f.path, f.text])),
    workspace: loaded.root,
    prefix: options.prefix ?? '',
    version: options.format === 'sarif' ? packageVersion() : '',
  })
  const tooManyWarnings = options.maxWarnings !== undefined && result.warnings > options.maxWarnings
  return { stdout, code: result.errors > 0 || tooManyWarnings ? 1 : 0, result, loaded }
}

/** The parsed `check --format json` of a workspace. */
export function checkJson<T = CheckJson>(dir: string, options: Omit<CheckRunOptions, 'format'> = {}): T {
  return JSON.parse(checkRun(dir, { ...options, format: 'json' }).stdout) as T
}

export interface CheckJson {
  workspace: string
  files: number
  errors: number
  warnings: number
  diagnostics: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string }>
}

export interface ProgressRunOptions {
  asOf?: IsoDate
  lang?: Lang
  format?: Exclude<ProgressFormat, 'xlsx'> // the text formats (a workbook is bytes: test/views/xlsx.test.ts)
  tasks?: boolean
  ascii?: boolean
  /** CSV byte order mark; on by default, as without --no-bom. */
  bom?: boolean
  /** Columns to fit: COLUMNS for a terminal; natural width (Infinity) by default, as on a pipe. */
  width?: number
  style?: Style
  window?: number
  chains?: string[]
  owners?: string[]
  statuses?: TaskStatus[]
  overdue?: boolean
  dueSoon?: boolean
}

/** `work`, failing if it printed anything to stderr. */
function quietly<T>(work: () => T): T {
  const { value, stderr } = capturingStderr(work)
  if (stderr !== '') throw new Error(`printed to stderr: ${stderr}`)
  return value
}

/** `chainchief progress -w <dir>` as a function, on a workspace that passes check. */
export function progressRun(dir: string, options: ProgressRunOptions = {}): { stdout: string; report: ProgressReport } {
  return quietly(() => progressRunQuietly(dir, options))
}

function progressRunQuietly(dir: string, options: ProgressRunOptions): { stdout: string; report: ProgressReport } {
  const { result } = checkRunQuietly(dir, { asOf: options.asOf, lang: options.lang })
  if (result.errors > 0) throw new Error(`${dir} does not pass check: ${JSON.stringify(result.diagnostics)}`)
  const report = buildProgressReport(result.model, {
    asOf: result.asOf,
    lang: result.lang,
    window: options.window,
    filter: { chains: options.chains, owners: options.owners, statuses: options.statuses ?? [], overdue: options.overdue, dueSoon: options.dueSoon },
  })
  const stdout = PROGRESS_RENDERERS[options.format ?? 'table'](report, {
    lang: result.lang,
    style: options.style ?? PLAIN,
    width: options.width ?? Number.POSITIVE_INFINITY,
    ascii: options.ascii === true,
    tasks: options.tasks === true,
    bom: options.bom !== false,
  })
  return { stdout, report }
}

/** The parsed `progress --format json` of a workspace. */
export function progressJson(dir: string, options: Omit<ProgressRunOptions, 'format'> = {}) {
  return JSON.parse(progressRun(dir, { ...options, format: 'json' }).stdout)
}

/**
 * `chainchief brief <meeting> -w <dir>` as a function: the data checked as of today (so
 * future-date never stops the brief of a past meeting), the brief as of the meeting or asOf.
 */
export function briefRun(dir: string, meeting: string, options: { lang?: Lang; asOf?: IsoDate; window?: number; format?: Exclude<BriefFormat, 'docx'> } = {}): string {
  return quietly(() => briefRunQuietly(dir, meeting, options))
}

function briefRunQuietly(dir: string, meeting: string, options: { lang?: Lang; asOf?: IsoDate; window?: number; format?: Exclude<BriefFormat, 'docx'> }): string {
  const { result } = checkRunQuietly(dir, { lang: options.lang })
  if (result.errors > 0) throw new Error(`${dir} does not pass check: ${JSON.stringify(result.diagnostics)}`)
  const brief = buildBrief(result.model, meeting, { lang: result.lang, asOf: options.asOf, window: options.window })
  return renderBrief(brief, { format: options.format ?? 'markdown' })
}

/**
 * The files `chainchief init` writes (default flags), written into `dir`, for tests about their
 * content; init.test.ts holds them equal to what the command writes, byte for byte.
 */
export function writeInitFiles(dir: string, lang: Lang = 'en'): void {
  const logFormat = (DIAGNOSTICS_FORMATS as readonly string[]).includes('compact') ? 'compact' : 'pretty'
  const spec = releaseTarballUrl(packageVersion())
  for (const file of workspaceFiles({ lang, spec, ci: 'github', logFormat, schemas: readSchemaTexts() })) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true })
    writeFileSync(join(dir, file.path), file.text, { mode: file.mode ?? 0o666 })
  }
}
