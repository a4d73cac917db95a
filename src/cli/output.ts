// The edge between the program and the terminal (contract §5, §8; PITFALLS §5 colours):
// where a command's output goes, whether it is coloured and how wide it may be, decided once
// here for every command, then passed down to renderers as plain options.
import { chmodSync, closeSync, fstatSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { UsageError } from '../findings/index.js'
import { PLAIN, type Style } from '../render/style.js'
import { onStdioError, stdInfo, writeStdout } from './stdio.js'
import { say } from './words.js'

export interface OutputFlags {
  output?: string // -o <file>; '-' is stdout
  color?: boolean // commander's --no-color sets false
}

/** How a command writes: decided once from flags, environment and the streams. */
export interface Output {
  /** The file of `-o`, or undefined for stdout (`-o -` is stdout too). */
  file: string | undefined
  /** Colours in what goes to stdout (the report), and to stderr (refused data). */
  color: boolean
  stderrColor: boolean
  /** Columns to fit: COLUMNS or the terminal's; Infinity (natural width) for a file or a pipe. */
  width: number
  /** Under GitHub Actions: diagnostics go out as annotations. */
  github: boolean
}

/** node:crypto on first use: loading it costs every start a few ms (issue #15). */
const nodeCrypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto')

type Env = Readonly<Record<string, string | undefined>>
interface Stream {
  isTTY?: boolean
  columns?: number
}

/**
 * Colours on a terminal only; `--no-color` and NO_COLOR turn them off, FORCE_COLOR turns them
 * on (FORCE_COLOR=0 counts as off). Never for files.
 */
function colorFor(flags: OutputFlags, env: Env, stream: Stream, toFile: boolean): boolean {
  if (toFile || flags.color === false) return false
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return stream.isTTY === true
}

/**
 * Output that goes to no terminal (a file, a pipe, a CI log) has no width to fit, so tables
 * keep their natural width there instead of wrapping at an arbitrary 80; COLUMNS, where set,
 * is what a terminal user asks for.
 */
function widthFor(env: Env, stream: Stream, toFile: boolean): number {
  if (toFile) return Number.POSITIVE_INFINITY
  const fromEnv = Number(env.COLUMNS)
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv
  if (stream.isTTY !== true) return Number.POSITIVE_INFINITY
  return stream.columns && stream.columns > 0 ? stream.columns : 80
}

export function decideOutput(
  flags: OutputFlags,
  env: Env = process.env,
  stdout: Stream = stdInfo('stdout'),
  stderr: Stream = stdInfo('stderr'),
): Output {
  const file = flags.output === undefined || flags.output === '-' ? undefined : flags.output
  const toFile = file !== undefined
  return {
    file,
    color: colorFor(flags, env, stdout, toFile),
    stderrColor: colorFor(flags, env, stderr, false),
    width: widthFor(env, stdout, toFile),
    github: env.GITHUB_ACTIONS === 'true',
  }
}

/**
 * The repository-relative folder of the workspace, for GitHub annotations and the SARIF and
 * GitLab reports ('' or 'data/'): relative to the checkout the CI names, else the current folder.
 */
export function githubPrefix(root: string, env: Env = process.env, cwd: string = process.cwd()): string {
  const base = env.GITHUB_WORKSPACE || env.CI_PROJECT_DIR || cwd
  const rel = relative(base, root)
  if (rel === '' || rel.startsWith('..')) return ''
  return rel.split(sep).join('/') + '/'
}

export async function makeStyle(color: boolean): Promise<Style> {
  if (!color) return PLAIN
  const { Chalk } = await import('chalk')
  const chalk = new Chalk({ level: 1 })
  return {
    error: (t) => chalk.red(t),
    warning: (t) => chalk.yellow(t),
    ok: (t) => chalk.green(t),
    dim: (t) => chalk.dim(t),
    bold: (t) => chalk.bold(t),
    accent: (t) => chalk.cyan(t),
  }
}

/** The line every command says for each file it wrote (stderr, so pipes carry data only). */
export function sayWrote(file: string): void {
  process.stderr.write(`${say('wrote', { file })}\n`)
}

/**
 * `chainchief … | head -1`: a closed pipe ends the program quietly; any other failed write
 * to stdout (a full disk, a closed terminal) is one line on stderr and exit 2, never a stack
 * trace, so CI never reads it as "errors found" (contract §8).
 */
export function exitQuietlyOnClosedPipe(): void {
  onStdioError((error, name) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    if (name === 'stdout') {
      const reason = error.code ?? error.message
      try {
        process.stderr.write(`chainchief: ${say('write.stdout-failed', { reason })}\n`)
      } catch {
        // stderr is gone too: the exit code still says it
      }
    }
    process.exit(2)
  })
}

/** The files a loaded workspace reads, which `-o` must never overwrite (contract §8). */
interface WorkspaceReads {
  root: string
  files: ReadonlyArray<{ path: string }>
}

let protectedWorkspace: WorkspaceReads | undefined

/**
 * Called by every command that loads a workspace (cli/checked-model.ts, check): from then on
 * `writeOutput` refuses a `-o` that names one of its files, or a path it would read.
 */
export function protectWorkspace(workspace: WorkspaceReads): void {
  protectedWorkspace = workspace
}

/** A path as the file system resolves it: links followed, a missing file by its folder. */
function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path))
    } catch {
      return resolve(path)
    }
  }
}

// Where a workspace's files live (contract §2): what -o must not write even before it exists.
const WORKSPACE_FILE = /^(?:chainchief\.yaml|organizations\.yaml|people\.yaml|(?:chains|meetings)\/[^/]+\.ya?ml)$/

/** True when `file` is, or would become, a file that the protected workspace reads. */
export function readByWorkspace(file: string, workspace: WorkspaceReads | undefined = protectedWorkspace): boolean {
  if (!workspace) return false
  const target = realPath(file)
  const root = realPath(workspace.root)
  const rel = relative(root, target)
  if (!rel.startsWith('..') && !isAbsolute(rel) && WORKSPACE_FILE.test(rel.split(sep).join('/'))) return true
  return workspace.files.some((f) => realPath(join(workspace.root, f.path)) === target)
}

/**
 * Writes `data` in place of `file` atomically (contract §8, PITFALLS §7): a temporary file
 * beside it, flushed, then one rename; an existing file's mode kept, a link written through.
 * A process killed midway leaves the old file or the new one, never half of one.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  const target = realPath(file)
  let mode: number | undefined
  try {
    mode = statSync(target).mode & 0o7777
  } catch {
    // a new file
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`)
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const fd = openSync(temp, 'wx', mode ?? 0o666)
  try {
    let done = 0
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done)
    if (mode !== undefined) chmodSync(temp, mode)
    fsyncSync(fd)
    closeSync(fd)
    renameSync(temp, target)
  } catch (error) {
    try {
      closeSync(fd)
    } catch {
      // closed already
    }
    try {
      unlinkSync(temp)
    } catch {
      // never made, or renamed
    }
    throw error
  }
}

/** Formats that are workflow commands themselves, or JSON whose escapes keep every line inert (contract §8). */
const UNFRAMED = new Set(['github', 'json', 'sarif', 'gitlab'])

function stdoutIsFile(): boolean {
  try {
    return fstatSync(1).isFile()
  } catch {
    return false
  }
}

/**
 * Under GitHub Actions, text for a log is framed by `::stop-commands::<token>` … `::<token>::`
 * with a fresh unpredictable token, so the runner parses nothing inside (PITFALLS §1).
 */
export function framed(text: string, token: string = nodeCrypto().randomUUID()): string {
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`
}

/**
 * Writes a command's output to the file of `-o` or to stdout (framed under GitHub Actions,
 * unless `format` is one of UNFRAMED or stdout is a regular file). A file that the workspace
 * reads is refused, and a failed write is one line (UsageError, exit 2). One rule for every
 * command that writes a file: it says `wrote <file>` on stderr (stdout stays the report's).
 */
export function writeOutput(text: string | Uint8Array, output: Pick<Output, 'file'> & Partial<Pick<Output, 'github'>>, format?: string): void {
  if (output.file === undefined) {
    const frame = output.github === true && typeof text === 'string' && !UNFRAMED.has(format ?? '') && !stdoutIsFile()
    writeStdout(frame ? framed(text) : text)
    return
  }
  if (readByWorkspace(output.file)) {
    throw new UsageError(say('write.refused', { file: output.file }))
  }
  try {
    writeFileAtomically(output.file, text)
  } catch (error) {
    throw new UsageError(say('write.failed', { file: output.file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }))
  }
  sayWrote(output.file)
}
