// The edge between the program and the terminal: colour decision, terminal width, writing
// to stdout or a file, a quiet end on a closed pipe (contract §5, §8; PITFALLS §6 colours).
import { writeFileSync } from 'node:fs'
import { UsageError } from './usage-error.js'
import { PLAIN, type Style } from '../render/style.js'

export interface ColorFlags {
  color?: boolean // commander's --no-color sets false
}

/**
 * Colours on a terminal only; `--no-color` and NO_COLOR turn them off, FORCE_COLOR turns them
 * on (FORCE_COLOR=0 counts as off). Never for files.
 */
export function useColor(flags: ColorFlags, stream: NodeJS.WriteStream, toFile: boolean): boolean {
  if (toFile || flags.color === false) return false
  const env = process.env
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return stream.isTTY === true
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

/**
 * Columns to fit: COLUMNS where set, else the terminal's. Output that goes to no terminal (a
 * file, a pipe, a CI log) has no width to fit, so tables keep their natural width there
 * instead of wrapping at an arbitrary 80.
 */
export function terminalWidth(stream: NodeJS.WriteStream = process.stdout): number {
  const fromEnv = Number(process.env.COLUMNS)
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv
  if (stream.isTTY !== true) return Number.POSITIVE_INFINITY
  return stream.columns && stream.columns > 0 ? stream.columns : 80
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

/** Writes a command's output to `-o <file>` or stdout. */
export function writeOutput(text: string, file: string | undefined): void {
  if (file === undefined || file === '-') {
    process.stdout.write(text)
    return
  }
  try {
    writeFileSync(file, text)
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
}
