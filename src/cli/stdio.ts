// stdout and stderr without Node's streams where the streams add nothing (issue #15, cold
// start). The first use of process.stdout or process.stderr builds a stream: for a pipe that
// loads net and the stream modules (≈ 12 M instructions, several ms of a cold `check`), and a
// clean run writes one report and nothing else. So the report goes to the descriptor with
// fs.writeSync where that behaves as the stream would, and the streams, with the handlers of
// contract §8 (a closed pipe ends quietly, another failed write is exit 2), are made only when
// something does use them: a terminal, help, findings on stderr, Windows. node:tty is no way
// round: it loads net itself, so what a descriptor is comes from fstat.
import { fstatSync, writeSync, type Stats } from 'node:fs'

type StdName = 'stdout' | 'stderr'
type ErrorHandler = (error: NodeJS.ErrnoException, name: StdName) => void

let onError: ErrorHandler | undefined
/** The streams made so far: once one is, everything for its descriptor goes through it (order). */
const made = new Set<StdName>()
/** stdout's pipe was closed under a direct write: the rest of the output goes nowhere. */
let stdoutGone = false

function attach(stream: NodeJS.WriteStream, name: StdName): void {
  made.add(name)
  if (onError) stream.on('error', (error: NodeJS.ErrnoException) => onError!(error, name))
}

/**
 * Calls `handler` on a failed write to stdout or stderr, by stream or directly: each stream
 * gets it when first made (process.stdout is a getter that makes it), so that a run that
 * never uses a stream never builds one.
 */
export function onStdioError(handler: ErrorHandler): void {
  onError = handler
  for (const name of ['stdout', 'stderr'] as const) {
    const own = Object.getOwnPropertyDescriptor(process, name)
    if (!own?.get || !own.configurable) {
      attach(process[name], name) // not Node's lazy getter: nothing to save
      continue
    }
    const makeStream = own.get
    let stream: NodeJS.WriteStream | undefined
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: own.enumerable,
      get() {
        if (stream === undefined) {
          stream = makeStream.call(process) as NodeJS.WriteStream
          attach(stream, name)
        }
        return stream
      },
    })
  }
}

function statOf(fd: 1 | 2): Stats | undefined {
  try {
    return fstatSync(fd)
  } catch {
    return undefined // no descriptor to look at: the stream says what is wrong
  }
}

/**
 * A device that is surely no terminal: Linux's memory devices (major 1: /dev/null, /dev/zero,
 * /dev/full; glibc's major() of the number, exactly), where output is thrown away or refused.
 * Other character devices may be terminals; for them, only the stream knows.
 */
function memoryDevice(stat: Stats): boolean {
  return process.platform === 'linux' && stat.isCharacterDevice() && stat.rdev < 2 ** 44 && Math.floor(stat.rdev / 256) % 4096 === 1
}

/**
 * Whether writes to a descriptor may skip the stream: a file or a memory device (where Node
 * makes a SyncWriteStream: fs.writeSync) or a pipe or a socket (a net.Socket, which tries the
 * write at once too); not a terminal or another device, not on Windows, and not once the
 * stream exists.
 */
function direct(fd: 1 | 2, name: StdName): boolean {
  if (process.platform === 'win32' || made.has(name)) return false
  const stat = statOf(fd)
  return stat !== undefined && (stat.isFile() || memoryDevice(stat) || stat.isFIFO() || stat.isSocket())
}

/** What a command asks of stdout or stderr: is it a terminal, how wide is it. */
export interface StdInfo {
  readonly isTTY?: boolean
  readonly columns?: number
}

/**
 * stdout's or stderr's StdInfo as its stream would give it: a file, a pipe or /dev/null is no
 * terminal and has no columns, known without the stream; for a device, the stream is asked.
 */
export function stdInfo(name: StdName): StdInfo {
  const fd = name === 'stdout' ? 1 : 2
  const stream = () => (direct(fd, name) ? undefined : process[name])
  return {
    get isTTY() {
      return stream()?.isTTY
    },
    get columns() {
      return stream()?.columns
    },
  }
}

/** Writes all of `bytes` from `start`; returns where it stopped when the descriptor would block. */
function writeAll(bytes: Uint8Array, start: number): number {
  let done = start
  while (done < bytes.length) {
    try {
      done += writeSync(1, bytes, done, bytes.length - done)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return done
      throw error
    }
  }
  return done
}

/** Writes a command's output to stdout, as process.stdout.write would, with fewer modules. */
export function writeStdout(text: string | Uint8Array): void {
  if (stdoutGone) return
  if (!direct(1, 'stdout')) {
    process.stdout.write(text)
    return
  }
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  let done: number
  try {
    done = writeAll(bytes, 0)
  } catch (error) {
    // As the stream does: the error reaches the handler on the next tick, once the command
    // has set its exit code, and nothing more is written.
    stdoutGone = true
    process.nextTick(() => onError?.(error as NodeJS.ErrnoException, 'stdout'))
    return
  }
  // A pipe left non-blocking by whoever opened it: the stream waits for the rest.
  if (done < bytes.length) process.stdout.write(bytes.subarray(done))
}

/**
 * True when nothing written to stdout or stderr may still be pending or failing: no stream was
 * made (its writes may be queued) and no direct write failed (its handler is still to run).
 */
export function stdioSettled(): boolean {
  return made.size === 0 && !stdoutGone
}
