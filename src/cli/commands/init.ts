// `chainchief init [dir]` (contract §7): writes a new workspace ready to fill in. It never
// overwrites: when any file it would write already exists, it writes nothing, lists them,
// and exits 2.
import { lstatSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import type { Lang } from '../../model/types.js'
import type { CiSystem } from '../../init/ci-template.js'
import { workspaceFiles, type InitFile } from '../../init/workspace-template.js'
import { UsageError } from '../../findings/index.js'
import { releaseTarballUrl } from '../../findings/project.js'
import { packageVersion, readSchemaTexts } from './schema.js'
import { say, toolLang } from '../words.js'

export interface InitFlags {
  lang?: Lang
  ci?: CiSystem
  /** What CI installs (`--package <spec>`); default: this version's release tarball. */
  package?: string
}

/** The format the GitLab job prints to its log: one line per finding. */
const LOG_FORMAT = 'compact'

/** A package spec is one word of printable text: it lands in YAML, a README and a shell. */
function checkSpec(spec: string): string {
  // eslint-disable-next-line no-control-regex
  if (spec.trim() === '' || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(spec)) {
    throw new UsageError(say('init.bad-package', { spec: JSON.stringify(spec) }))
  }
  return spec
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
  const ci = flags.ci ?? 'github'
  const spec = checkSpec(flags.package ?? releaseTarballUrl(packageVersion()))
  const files = workspaceFiles({ lang, spec, ci, logFormat: LOG_FORMAT, schemas: readSchemaTexts() })
  const inTheWay = conflicts(root, files)
  if (inTheWay.length > 0) {
    const list = inTheWay.map((p) => `  ${p}`).join('\n')
    throw new UsageError(say('init.refused', { count: inTheWay.length, dir: root, list }))
  }
  try {
    for (const file of files) {
      const target = join(root, file.path)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, file.text, { flag: 'wx', mode: file.mode ?? 0o666 }) // wx: never overwrite, even in a race
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
