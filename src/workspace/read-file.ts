// Reads one workspace file as text: size cap, binary and encoding checks, BOM (contract §2:
// UTF-8, a BOM is accepted), links that leave the workspace refused, lone CR line ends read as
// line ends. Never throws: a file that cannot be read becomes a finding.
import { readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative as relativePath } from 'node:path'
import type { Finding } from '../findings/index.js'

/** Files larger than this are refused: a data file is kilobytes, a few megabytes at most. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024

export type ReadResult = { ok: true; text: string } | { ok: false; finding: Finding }

const utf8 = new TextDecoder('utf-8', { fatal: true })

function fail(file: string, rule: Finding['rule'], message: string, args: Finding['args'], line = 1, column = 1): ReadResult {
  return { ok: false, finding: { rule, message, args, at: { file, span: { line, column, endLine: line, endColumn: column } } } }
}

function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? ''
  switch (code) {
    case 'ENOENT': return 'dangling-link'
    case 'ELOOP': return 'link-loop'
    case 'EACCES':
    case 'EPERM': return 'permission'
    case 'EISDIR': return 'directory'
    default: return 'io'
  }
}

/** Where decoding as UTF-8 first fails: byte offset, then line and byte column. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (n < 0 || i + n >= bytes.length) break
    let valid = true
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) valid = false
    if (!valid) break
    if (b === 0x0a) {
      line++
      lineStart = i + 1
    }
    i += n + 1
  }
  return { line, column: i - lineStart + 1 }
}

/** A guess at what a non-UTF-8 text file is, for the message (Chinese Windows editors save GBK). */
function guessEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE'
  try {
    const text = new TextDecoder('gbk', { fatal: true }).decode(bytes)
    if (/[\u4e00-\u9fff]/.test(text)) return 'GBK'
  } catch {
    // not GBK either
  }
  try {
    new TextDecoder('big5', { fatal: true }).decode(bytes)
    return 'Big5'
  } catch {
    return null
  }
}

/**
 * A path with its links followed: the system's realpath(3) where there is one, one call for
 * the whole path, where fs.realpathSync reads every folder of it in turn (two paths for each
 * file read: ~10 calls, ~5 % of a cold `check`, issue #15). Windows keeps Node's own walk,
 * whose answers for mapped and network drives the native call does not always give.
 */
const realPath = process.platform === 'win32' ? realpathSync : realpathSync.native

/**
 * True when the file, its links followed, lies inside the workspace (contract §2: a pull
 * request must not make CI print a file from elsewhere on the runner).
 */
function insideWorkspace(absolute: string, root: string): boolean {
  const rel = relativePath(realPath(root), realPath(absolute))
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/** Reads `absolute` (shown as `relative`); with `root`, only when it lies inside that folder. */
export function readWorkspaceFile(absolute: string, relative: string, root?: string): ReadResult {
  let bytes: Uint8Array
  try {
    if (root !== undefined && !insideWorkspace(absolute, root)) return fail(relative, 'file-read', 'outside-workspace', {})
    const stat = statSync(absolute)
    if (!stat.isFile()) return fail(relative, 'file-read', 'not-a-file', {})
    if (stat.size > MAX_FILE_BYTES) {
      return fail(relative, 'file-read', 'too-large', { size: stat.size, limit: MAX_FILE_BYTES })
    }
    bytes = readFileSync(absolute)
  } catch (error) {
    return fail(relative, 'file-read', ioReason(error), {})
  }
  const probe = bytes.subarray(0, 8192)
  const utf16 = (probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff)
  if (!utf16 && probe.includes(0)) return fail(relative, 'encoding', 'binary', {})
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    const where = firstInvalidUtf8(bytes)
    const guess = guessEncoding(bytes)
    return guess
      ? fail(relative, 'encoding', 'not-utf8-guess', { encoding: guess }, where.line, where.column)
      : fail(relative, 'encoding', 'not-utf8', {}, where.line, where.column)
  }
  // TextDecoder drops a leading BOM by default (ignoreBOM: false), so columns start at 1.
  // A lone CR is a YAML 1.2 line break (old Mac editors save them): read as LF, which keeps
  // every offset, so that the parsers, line counters and code frames all see the same lines.
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n')
  return { ok: true, text }
}
