// The edge between the program and the terminal (contract §5, §8; PITFALLS §5 colours):
// where a command's output goes, whether it is coloured and how wide it may be, decided once
// here for every command, then passed down to renderers as plain options.
import { writeFileSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { UsageError } from '../findings/index.js'
import { PLAIN, type Style } from '../render/style.js'
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
  stdout: Stream = process.stdout,
  stderr: Stream = process.stderr,
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

/** `chainchief … | head -1`: a closed pipe ends the program quietly (contract §8). */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
      throw error
    })
  }
}

/**
 * Writes a command's output to the file of `-o` or to stdout. One rule for every command that
 * writes a file: it says `wrote <file>` on stderr (stdout stays the report's, or empty).
 */
export function writeOutput(text: string, output: Pick<Output, 'file'>): void {
  if (output.file === undefined) {
    process.stdout.write(text)
    return
  }
  try {
    writeFileSync(output.file, text)
    sayWrote(output.file)
  } catch (error) {
    throw new UsageError(say('write.failed', { file: output.file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }))
  }
}
