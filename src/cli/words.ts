// The tool's own words (contract §8): `say(key, args)` in the language chosen once for the run
// (tool-lang.ts), from one catalogue per language (words/en.ts, words/zh.ts). Check's rule
// messages are not here: they live in src/check/messages.ts.
import type { Lang } from '../model/types.js'
import { en } from './words/en.js'
import type { WordArgs, WordKey, Words } from './words/types.js'
import { zh } from './words/zh.js'

export type { WordArgs, WordKey } from './words/types.js'

const CATALOGUES: Record<Lang, Words> = { en, zh }

let current: Lang = 'en'

/** Sets the language of the tool's words for the rest of the run (main.ts, before parsing). */
export function setToolLang(lang: Lang): void {
  current = lang
}

export function toolLang(): Lang {
  return current
}

export function isWordKey(key: string): key is WordKey {
  return Object.hasOwn(en, key)
}

/** Fills {name} placeholders; a name with no value stays as written. */
export function fill(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-z][a-z0-9-]*)\}/gi, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole))
}

type ArgsParam<K extends WordKey> = keyof WordArgs<K> extends never ? [args?: Record<string, never>] : [args: WordArgs<K>]

/** A key's words in a given language. */
export function sayIn<K extends WordKey>(lang: Lang, key: K, ...[args]: ArgsParam<K>): string {
  return fill(CATALOGUES[lang][key], (args ?? {}) as Record<string, string | number>)
}

/** A key's words in the language of this run. */
export function say<K extends WordKey>(key: K, ...rest: ArgsParam<K>): string {
  return sayIn(current, key, ...rest)
}

/** " (did you mean "x"?)" when there is a suggestion, else ''. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : say('hint.did-you-mean', { suggestion })
}
