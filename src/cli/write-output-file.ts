// Binary output of a command (a workbook) to its -o file (contract §8): never a file the
// workspace reads (exit 2), and atomically — a temporary file beside it, then a rename — so
// a reader never sees half a workbook and a failed write leaves the old file.
import { relative, resolve, sep } from 'node:path'
import { UsageError } from '../findings/index.js'
import { readSnapshot, replaceFile } from '../workspace/write-file.js'
import { say } from './words.js'

/** True for a path the workspace at `root` reads: the manifest, the two lists, chains and meetings. */
export function isWorkspaceFile(path: string, root: string): boolean {
  const rel = relative(resolve(root), resolve(path)).split(sep).join('/')
  if (rel === '..' || rel.startsWith('../')) return false
  return /^(chainchief|organizations|people)\.yaml$/.test(rel) || /^(chains|meetings)\/[^/]+\.ya?ml$/.test(rel)
}

export function writeBinaryOutput(bytes: Uint8Array, file: string, root: string): void {
  if (isWorkspaceFile(file, root)) throw new UsageError(say('sheet-export.workspace-file', { file }))
  try {
    // Whatever is there now is replaced: -o means "write here".
    replaceFile(readSnapshot(file), bytes)
  } catch (error) {
    throw new UsageError(say('write.failed', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }))
  }
}
