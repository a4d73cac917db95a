// The fast way to a file's data (issue #5): js-yaml 4 with the YAML 1.2 core schema of the
// `yaml` package, about ten times faster than `yaml`'s parser. The `yaml` package stays the
// judge (parse-yaml.ts): a file goes to it whenever js-yaml fails, or holds anything on which
// the two could judge differently (anchors, aliases, tags, directives, several documents,
// merge keys, complex or null keys, tabs); its document and line counter, which only positions
// need, are parsed on first use. test/workspace/parse-differential.test.ts proves that both
// ways give the same data and findings, over the YAML test suite and our fixtures.
import { FAILSAFE_SCHEMA, Type, load, type EventType, type State } from 'js-yaml'
import type { Document, LineCounter } from 'yaml'
import type { Finding } from '../findings/index.js'
import { nodeTree, walkFast, walkSlice, type FastTree } from './fast-positions.js'
import { parseYaml } from './parse-yaml.js'
import { RecentStrings } from './recent-strings.js'
import type { SourceFile } from './source.js'

/**
 * A plain scalar that may be a number: it starts with a digit, a sign or a dot (what
 * /^[-+.0-9]/ matches, by character code: js-yaml asks this of every plain scalar).
 */
const numericStart = (s: string): boolean => {
  const c = s.charCodeAt(0)
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46
}
// The expressions are made once here, not at every call (a literal in a function body is a
// new RegExp object each time it runs).
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
const INT = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/
// floatNaN, floatExp and float of yaml's core schema, as one expression
const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/
const NAN = /^\.(?:nan|NaN|NAN)$/
const INF = /^[-+]?\.(?:inf|Inf|INF)$/

/** `yaml`'s core schema tags (yaml/dist/schema/core), resolved the same way, in its order. */
const CORE_TYPES = [
  new Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: (s: string) => s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL',
    construct: () => null,
  }),
  new Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (s: string) => s.length >= 4 && s.length <= 5 && BOOL.test(s),
    construct: (s: string) => s[0] === 't' || s[0] === 'T',
  }),
  new Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (s: string) => numericStart(s) && INT.test(s),
    construct: (s: string) =>
      s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10),
  }),
  new Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (s: string) => numericStart(s) && FLOAT.test(s),
    construct: (s: string) =>
      NAN.test(s) ? NaN : INF.test(s) ? (s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY) : parseFloat(s),
  }),
]
export const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: CORE_TYPES })

/**
 * Text that only the `yaml` package may judge: node properties (`&anchor`, `*alias`, `!tag`)
 * at a token start, directives and document markers, `<<` merge keys, `?` complex keys, empty,
 * null, quoted or collection keys, a comment touching a value, tabs, control characters, and
 * a block scalar beside a line of spaces only (yaml-test-suite S98Z). Over-broad on purpose:
 * a false alarm costs speed, never a different judgement. Split so that each regular
 * expression scans fast: the rare characters first, the rest only when one is there.
 */
const RARE = /[&*!?<%~\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0085\u2028\u2029\ufeff]/
const RARE_CONSTRUCT = new RegExp(
  [
    String.raw`(?:^|[\s\[{,])(?:[&*]\S|!)`, // anchor, alias, tag
    String.raw`(?:^[ \t]*|[:?-][ \t]+|[\[{,][ \t]*)[&*](?:\s|$)`, // a lone & or * where a node starts ("R & D" is text)
    String.raw`(?:^|[\s\[{,])\?(?:[ \t]|$)`, // explicit key
    String.raw`^%`, // directive
    String.raw`<<`, // merge key (js-yaml merges; we parse YAML 1.2 without merge)
    String.raw`~[ \t]*:(?:[ \t]|$)`, // null key
    String.raw`[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0085\u2028\u2029\ufeff]`,
  ].join('|'),
  'm',
)
const ALWAYS = [
  /^(?:---|\.\.\.)/m, // document start or end
  // empty, collection or quoted key; a comment touching a value (SU5Z). No `[ \t]*` before
  // the colon: the class holds space and tab already, so it matches the same texts, and
  // without it every run of indentation was scanned once per space (issue #15).
  /[\s\[{,\-\]}"']:(?:[ \t]|$)|^:|[\]}"']#/m,
  /(?:null|Null|NULL)[ \t]*:(?:[ \t]|$)/m, // null key
]
const BLOCK_SCALAR = /[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/m
const SPACES_LINE = [/\n +\r?\n/, /^ +\r?(?:\n|$)/, /\n +$/]

export function needsYaml(text: string): boolean {
  if (RARE.test(text) && RARE_CONSTRUCT.test(text)) return true
  if (ALWAYS.some((re) => re.test(text))) return true
  return BLOCK_SCALAR.test(text) && SPACES_LINE.some((re) => re.test(text))
}

/** Lookups in one file answered from slices before its whole tree is read. */
const SLICE_LOOKUPS = 16

export interface FastParsed {
  data: unknown
  /** The text, as the string to keep for it (fastData: js-yaml's copy); absent: the text given. */
  text?: string
  ok: boolean
  findings: Finding[]
  /** Set when the `yaml` package parsed the file: its document and line counter. */
  doc?: Document.Parsed
  lineCounter?: LineCounter
}

/**
 * js-yaml's data when it may be trusted to equal the `yaml` package's, else undefined; `text`
 * is the same text as the one given, as part of js-yaml's own copy of it.
 *
 * The data is kept for as long as positions may be asked for, so it is read compactly (issue
 * #15, 11×5000: 73 → 36 MiB of data, and one copy of the text instead of two), by a listener
 * that sees each node as js-yaml closes it:
 * - js-yaml reads a copy of the text (with a NUL appended), and the longer strings of its data
 *   are slices of that copy, so the copy lives as long as the data does; keeping it as the
 *   file's text instead of the string read from disk holds one copy of every file, not two;
 * - a list is copied to its exact length (a list built by pushing keeps room for 17 items);
 * - a short string that occurs again is, mostly, the string read before (the same value:
 *   recent-strings.ts).
 */
export function fastData(text: string): { data: unknown; text: string } | undefined {
  if (needsYaml(text)) return undefined
  let input: string | undefined
  const strings = new RecentStrings()
  const listener = function (this: State, event: EventType, state: State): void {
    if (event === 'open') {
      input ??= state.input
      return
    }
    const result: unknown = state.result
    if (typeof result === 'string') {
      state.result = strings.share(result)
    } else if (Array.isArray(result) && result.length > 0) {
      state.result = result.slice()
    }
  }
  try {
    // `yaml` gives null for an empty document, js-yaml undefined.
    const data: unknown = load(text, { schema: SCHEMA, json: false, listener }) ?? null
    // js-yaml drops a leading BOM from its copy (ours never has one: read-file.ts drops it).
    const same = input !== undefined && text.charCodeAt(0) !== 0xfeff && input.length > text.length
    return { data, text: same ? input!.slice(0, text.length) : text }
  } catch {
    return undefined // a syntax error, or one js-yaml alone sees: `yaml` judges and words it
  }
}

/** Data and findings of one file, by the fast path where it is safe, else by parseYaml. */
export function parseYamlFast(file: Pick<SourceFile, 'path' | 'text'>): FastParsed {
  const fast = fastData(file.text)
  if (fast) return { data: fast.data, text: fast.text, ok: true, findings: [] }
  const parsed = parseYaml(file)
  return { data: parsed.data, ok: parsed.ok, findings: parsed.findings, doc: parsed.doc, lineCounter: parsed.lineCounter }
}

/**
 * Gives `file` what positions need: the document and line counter the `yaml` package parsed,
 * or, for a file the fast path read, its node tree by a second js-yaml pass on first use
 * (fast-positions.ts; only files with a finding to place need it), with the `yaml` package's
 * document parsed on first use for the few paths the tree cannot place.
 */
export function attachPositions(file: SourceFile, parsed: FastParsed): SourceFile {
  if (parsed.lineCounter) {
    file.doc = parsed.doc
    file.lineCounter = parsed.lineCounter
    return file
  }
  // A few lookups read only the part of the file they need; a file with many findings has
  // its whole tree read once instead.
  let tree: FastTree | undefined | null = null
  let slices = 0
  file.fastLocate = (path) => {
    if (tree === null && slices++ < SLICE_LOOKUPS) {
      const found = walkSlice(file.text, file.data, path, SCHEMA)
      if (found) return found
    }
    if (tree === null) tree = nodeTree(file.text, SCHEMA)
    return tree ? walkFast(tree, path) : undefined
  }
  let precise: ReturnType<typeof parseYaml> | undefined
  const get = () => (precise ??= parseYaml({ path: file.path, text: file.text }))
  Object.defineProperty(file, 'doc', { enumerable: true, configurable: true, get: () => get().doc, set: (doc) => Object.defineProperty(file, 'doc', { value: doc, writable: true, enumerable: true }) })
  return file // no line counter: source.ts counts lines of the text itself, to the same answer
}
