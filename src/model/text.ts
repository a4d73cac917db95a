// Picks a text's string in a language, falling back to the other (contract §2 "text"); and
// the name rule of the brief (contract §6): a name with no text in the language gives way to
// the record's short name in that language, then to the other language's name.
import type { Lang, Text } from './types.js'

export function textIn(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return (lang === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh)) ?? ''
}

/** Whether a text has a string of its own in `lang` (a plain string counts for every language). */
export function hasTextIn(text: Text | undefined, lang: Lang): boolean {
  if (text === undefined) return false
  if (typeof text === 'string') return text !== ''
  return typeof text[lang] === 'string' && text[lang] !== ''
}

/** A name in `lang`: the name's own text, else the short name's, else the name in the other language. */
export function nameIn(name: Text, short: Text | undefined, lang: Lang): string {
  if (hasTextIn(name, lang)) return textIn(name, lang)
  if (short !== undefined && hasTextIn(short, lang)) return textIn(short, lang)
  return textIn(name, lang)
}

/** A short name in `lang`: the short name's own text, else the name's, else the short name in the other language. */
export function shortNameIn(name: Text, short: Text | undefined, lang: Lang): string {
  if (short !== undefined && hasTextIn(short, lang)) return textIn(short, lang)
  if (hasTextIn(name, lang)) return textIn(name, lang)
  return textIn(short ?? name, lang)
}
