// `chainchief init [dir]` (contract §7): writes a new workspace ready to fill in. It never
// overwrites: when any file it would write already exists, it writes nothing, lists them,
// and exits 2.
import { lstatSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import type { Lang } from '../../model/types.js'
import { workspaceFiles, type InitFile } from '../../init/workspace-template.js'
import { UsageError } from '../../findings/index.js'
import { packageVersion, readSchemaTexts } from './schema.js'
import { say, toolLang } from '../words.js'

export interface InitFlags {
  lang?: Lang
}

function kindAt(path: string): 'none' | 'dir' | 'other' {
  try {
    return lstatSync(path).isDirectory() ? 'dir' : 'other'
  } catch {
    return 'none'
  }
}

/** Files in the way: the target itself exists, or a folder on its way is not a folder. */
function conflicts(root: string, files: InitFile[]): string[] {
  const found = new Set<string>()
  for (const file of files) {
    const parts = file.path.split('/')
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/')
      if (kindAt(join(root, folder)) === 'other') found.add(folder)
    }
    if (kindAt(join(root, file.path)) !== 'none') found.add(file.path)
  }
  return [...found]
}

export function runInit(dir: string | undefined, flags: InitFlags): number {
  const root = resolve(process.cwd(), dir ?? '.')
  // Without --lang, the workspace speaks the language the tool speaks to this user (§8).
  const lang = flags.lang ?? toolLang()
  if (kindAt(root) === 'other') throw new UsageError(say('workspace.not-a-folder', { dir: root }))
  const files = workspaceFiles({ lang, version: packageVersion(), schemas: readSchemaTexts() })
  const inTheWay = conflicts(root, files)
  if (inTheWay.length > 0) {
    const list = inTheWay.map((p) => `  ${p}`).join('\n')
    throw new UsageError(say('init.refused', { count: inTheWay.length, dir: root, list }))
  }
  try {
    for (const file of files) {
      const target = join(root, file.path)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, file.text, { flag: 'wx' }) // wx: never overwrite, even in a race
    }
  } catch (error) {
    throw new UsageError(say('init.cannot-write', { dir: root, reason: (error as NodeJS.ErrnoException).code ?? String(error) }))
  }
  const rel = relative(process.cwd(), root)
  const shown = rel === '' ? '.' : rel.startsWith('..') ? root : rel
  const next = `${rel === '' ? '' : `cd ${/[^\w./-]/.test(shown) ? `'${shown}'` : shown} && `}chainchief check`
  process.stdout.write(`${say('init.created', { dir: root, count: files.length, next })}\n`)
  return 0
}
