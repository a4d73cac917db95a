// Picks a text's string in a language, falling back to the other (contract §2 "text").
import type { Lang, Text } from './types.js'

export function textIn(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return (lang === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh)) ?? ''
}
