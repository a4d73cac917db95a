// Finds the workspace root: `--workspace <dir>`, else the nearest folder upward from the
// current one that holds chainchief.yaml, as git finds .git (contract §2).
import { statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { UsageError } from '../findings/index.js'

export const MANIFEST = 'chainchief.yaml'

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

export function findWorkspaceRoot(workspace: string | undefined, cwd: string): string {
  if (workspace !== undefined) {
    const root = resolve(cwd, workspace)
    let stat
    try {
      stat = statSync(root)
    } catch {
      throw new UsageError(`workspace folder not found: ${root}`, { key: 'workspace.not-found', args: { dir: root } })
    }
    if (!stat.isDirectory()) throw new UsageError(`not a folder: ${root}`, { key: 'workspace.not-a-folder', args: { dir: root } })
    if (!isFile(join(root, MANIFEST))) throw new UsageError(`no ${MANIFEST} in ${root}`, { key: 'workspace.no-manifest', args: { dir: root } })
    return root
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (isFile(join(dir, MANIFEST))) return dir
    if (dirname(dir) === dir) break
  }
  throw new UsageError(
    `no ${MANIFEST} found in ${resolve(cwd)} or any folder above it; pass --workspace <dir> or run \`chainchief init\``,
    { key: 'workspace.none-above', args: { dir: resolve(cwd) } },
  )
}
