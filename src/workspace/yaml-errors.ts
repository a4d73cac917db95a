// The yaml package's errors → our own yaml-syntax messages (contract §4, §7): one diagnostic
// where the problem starts (the first error; later ones mostly follow from it), worded by
// code and by what the text shows, never the parser's English (messages.ts has both
// languages). An unterminated quote is reported where it opens; an unquoted ": " inside a
// text says that the text needs quotes.
import type { YAMLError } from 'yaml'

export interface YamlProblem {
  /** A message id of rule yaml-syntax in src/check/messages.ts. */
  message: string
  args: Record<string, string>
  start: number
  end: number
}

/** The problems worth reporting: duplicate keys up to the first other error, then that one. */
export function firstProblems(errors: readonly YAMLError[], text: string): YamlProblem[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0])
  const out: YamlProblem[] = []
  for (const error of sorted) {
    out.push(describe(error, text))
    if (error.code !== 'DUPLICATE_KEY') break
  }
  return out
}

function lineAt(text: string, offset: number): { start: number; text: string } {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const end = text.indexOf('\n', offset)
  return { start, text: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '') }
}

/** `key: some text: more` on one line, the value plain (not quoted, not a flow collection). */
const UNQUOTED_COLON = /^(\s*(?:-\s+)?[^\s#'"[{][^:#]*:[ \t]+)([^\s'"[{|>&*!#%@`][^#]*?:[ \t][^#]*?)\s*(?:#.*)?$/

function describe(error: YAMLError, text: string): YamlProblem {
  const [start, end] = error.pos
  const code = String(error.code)
  const message = error.message.split('\n')[0] ?? ''
  const at = (id: string, args: Record<string, string> = {}, s = start, e = end): YamlProblem => ({ message: id, args, start: s, end: Math.max(e, s + 1) })

  if (['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BLOCK_IN_FLOW', 'MISSING_CHAR', 'UNEXPECTED_TOKEN'].includes(code)) {
    const line = lineAt(text, start)
    const m = UNQUOTED_COLON.exec(line.text)
    if (m && !/^\s*$/.test(m[2]!)) {
      const valueStart = line.start + m[1]!.length
      return at('needs-quotes', { key: m[1]!.trim().replace(/^-\s+/, '').replace(/:$/, '') }, valueStart, valueStart + m[2]!.length)
    }
  }
  if (code === 'MISSING_CHAR' && /^Missing closing ["']quote/.test(message)) {
    const quote = message.includes('"') ? '"' : "'"
    const open = unclosedQuote(text, quote)
    return open === undefined ? at('unclosed-quote', { quote }) : at('unclosed-quote', { quote }, open, open + 1)
  }
  switch (code) {
    case 'DUPLICATE_KEY':
    case 'TAB_AS_INDENT':
    case 'MULTIPLE_DOCS':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'ALIAS_PROPS':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'BLOCK_IN_FLOW':
    case 'BAD_DQ_ESCAPE':
    case 'KEY_OVER_1024_CHARS':
    case 'NON_STRING_KEY':
    case 'BAD_DIRECTIVE':
    case 'BAD_INDENT':
      return at(code)
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
      return at('PROPS')
    case 'TAG_RESOLVE_FAILED':
      return at(code, { tag: /Unresolved tag: (\S+)/.exec(message)?.[1] ?? '' })
    case 'BAD_ALIAS':
      return at(code, { anchor: /: (\S+)$/.exec(message)?.[1] ?? '' })
    case 'BAD_SCALAR_START':
      return at(code, { char: /start with (.+)$/.exec(message)?.[1] ?? '' })
    case 'RESOURCE_EXHAUSTION':
      return at('alias-bomb', { limit: '100' })
    case 'MISSING_CHAR':
      if (/Implicit map keys need to be followed by map values/.test(message)) return at('missing-colon')
      if (/Comments must be separated/.test(message)) return at('comment-space')
      if (/Missing (, or : |, )between/.test(message)) return at('missing-comma')
      if (/Missing space after :/.test(message)) return at('colon-space')
      if (/Sequence item without - indicator/.test(message)) return at('missing-dash')
      return at('MISSING_CHAR')
    case 'UNEXPECTED_TOKEN':
      return at(/Unexpected ,/.test(message) ? 'unexpected-comma' : 'UNEXPECTED_TOKEN')
    default:
      return at('unreadable')
  }
}

/**
 * Where the quote that never closes opens: scanning as YAML does, a quote that starts a value
 * (after `key: `, `- `, `[`, `{`, `,` or at a line's start) runs to its closing quote
 * (`\"` escapes inside "…", `''` inside '…'); comments outside quotes are skipped.
 */
export function unclosedQuote(text: string, quote: '"' | "'"): number | undefined {
  let i = 0
  let valueMayStart = true
  while (i < text.length) {
    const ch = text[i]!
    if (ch === '\n') {
      valueMayStart = true
      i++
      continue
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i)
      i = nl === -1 ? text.length : nl
      continue
    }
    if ((ch === '"' || ch === "'") && valueMayStart) {
      const close = closingQuote(text, i, ch)
      if (close === undefined) return ch === quote ? i : undefined
      i = close + 1
      valueMayStart = false
      continue
    }
    if (ch === ':' && /[\s]/.test(text[i + 1] ?? ' ')) valueMayStart = true
    else if (ch === '-' && /\s/.test(text[i + 1] ?? ' ') && /^\s*$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) valueMayStart = true
    else if (ch === '[' || ch === '{' || ch === ',') valueMayStart = true
    else if (!/\s/.test(ch)) valueMayStart = false
    i++
  }
  return undefined
}

function closingQuote(text: string, open: number, quote: string): number | undefined {
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j]
    if (quote === '"' && c === '\\') {
      j++
      continue
    }
    if (c === quote) {
      if (quote === "'" && text[j + 1] === "'") {
        j++
        continue
      }
      return j
    }
  }
  return undefined
}
