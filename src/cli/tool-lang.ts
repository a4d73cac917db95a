// The language of the tool's own words (contract §8), decided before commander parses, so
// that help and usage errors speak it too: `--lang`, else the `language` of the workspace
// when one is found (`-w`/`--workspace`, else upward from the current folder), else Chinese
// when the locale (LC_ALL, else LC_MESSAGES, else LANG) starts with `zh`, else English.
// Cheap on purpose: it reads argv and at most the manifest's text, never the yaml package.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Lang } from '../model/types.js'
import { findWorkspaceRoot, MANIFEST } from '../workspace/find-root.js'

type Env = Readonly<Record<string, string | undefined>>

/** The value of a flag in argv (`--lang zh`, `--lang=zh`, `-wdir`), the last one winning. */
export function flagValue(argv: readonly string[], long: string, short?: string): string | undefined {
  let value: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') break
    if (arg === long || (short !== undefined && arg === short)) value = argv[++i]
    else if (arg.startsWith(`${long}=`)) value = arg.slice(long.length + 1)
    else if (short !== undefined && arg.startsWith(short) && !arg.startsWith('--') && arg.length > short.length) value = arg.slice(short.length)
  }
  return value
}

const asLang = (value: string | undefined): Lang | undefined => (value === 'en' || value === 'zh' ? value : undefined)

/**
 * The top-level `language:` of a manifest's text: a plain or quoted `en`/`zh`, with an
 * optional comment. Anything else (absent, a flow map, a typo) gives undefined, and `check`
 * reports the typo in its place.
 */
export function manifestLanguage(text: string): Lang | undefined {
  const m = /^language[ \t]*:[ \t]*(["']?)(en|zh)\1[ \t]*(?:#.*)?\r?$/m.exec(text)
  return m ? (m[2] as Lang) : undefined
}

/** The locale's language: the first of LC_ALL, LC_MESSAGES, LANG that is set, as POSIX reads them. */
export function localeLang(env: Env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^zh/i.test(locale) ? 'zh' : 'en'
}

/** The workspace's language, when a workspace is found and its manifest can be read. */
function workspaceLang(argv: readonly string[], cwd: string): Lang | 'none' {
  let root: string
  try {
    root = findWorkspaceRoot(flagValue(argv, '--workspace', '-w'), cwd)
  } catch {
    return 'none'
  }
  try {
    // A manifest without `language` means English (its default, contract §2).
    return manifestLanguage(readFileSync(join(root, MANIFEST), 'utf8')) ?? 'en'
  } catch {
    return 'none'
  }
}

export function decideToolLang(argv: readonly string[], env: Env, cwd: string): Lang {
  const flag = asLang(flagValue(argv, '--lang'))
  if (flag) return flag
  const fromWorkspace = workspaceLang(argv, cwd)
  return fromWorkspace === 'none' ? localeLang(env) : fromWorkspace
}
