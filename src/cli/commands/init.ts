// `chainchief init [dir]` (contract §7): writes a new workspace ready to fill in. It never
// overwrites: when any file it would write already exists, it writes nothing, lists them,
// and exits 2.
import { lstatSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import type { Lang } from '../../model/types.js'
import { workspaceFiles, type InitFile } from '../../init/workspace-template.js'
import { UsageError } from '../../findings/index.js'
import { packageVersion, readSchemaTexts } from './schema.js'

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
  const lang = flags.lang ?? 'en'
  if (kindAt(root) === 'other') throw new UsageError(`not a folder: ${root}`)
  const files = workspaceFiles({ lang, version: packageVersion(), schemas: readSchemaTexts() })
  const inTheWay = conflicts(root, files)
  if (inTheWay.length > 0) {
    const list = inTheWay.map((p) => `  ${p}`).join('\n')
    throw new UsageError(
      `init writes nothing: ${inTheWay.length} file(s) it would write already exist in ${root}:\n${list}\n` +
        'Move them away, or run init in an empty folder.',
    )
  }
  try {
    for (const file of files) {
      const target = join(root, file.path)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, file.text, { flag: 'wx' }) // wx: never overwrite, even in a race
    }
  } catch (error) {
    throw new UsageError(`cannot write the workspace in ${root}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  const rel = relative(process.cwd(), root)
  const shown = rel === '' ? '.' : rel.startsWith('..') ? root : rel
  const next = `${rel === '' ? '' : `cd ${/[^\w./-]/.test(shown) ? `'${shown}'` : shown} && `}chainchief check`
  process.stdout.write(
    lang === 'zh'
      ? `已在 ${root} 创建 chainchief 工作区（${files.length} 个文件），包含 11 条标志性产业链。\n下一步：${next}\n`
      : `Created a chainchief workspace in ${root} (${files.length} files) with the 11 signature chains.\nNext: ${next}\n`,
  )
  return 0
}
