// A finding is data (STYLE "A finding is data"): where, which rule, which message and its
// arguments. Words come last (messages.ts), positions are resolved once (workspace/source.ts).
import type { Path } from '../workspace/source.js'

export const RULE_IDS = [
  'yaml-syntax',
  'encoding',
  'file-read',
  'schema',
  'file-name',
  'duplicate-id',
  'unknown-ref',
  'chain-count',
  'date-order',
  'status-progress',
  'last-update',
  'resolved-date',
  'leader-type',
  'future-date',
  'progress-decrease',
] as const
export type RuleId = (typeof RULE_IDS)[number]

export type Severity = 'error' | 'warning'
/** A severity as written in chainchief.yaml `rules:`. */
export type SeveritySetting = 'error' | 'warn' | 'off'

/** Rules that judge whether a file can be read at all: never lowered (PITFALLS §2, spectral#2149). */
export const UNLOWERABLE: ReadonlySet<RuleId> = new Set(['yaml-syntax', 'encoding', 'file-read'])

export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** Where a finding is: a path inside a parsed file, or an explicit span (parser and decoder errors). */
export type Location =
  | { file: string; path: Path; on?: 'key' | 'value' }
  | { file: string; span: Span }

export type Args = Record<string, string | number>

export interface Finding {
  rule: RuleId
  message: string // message id inside the rule, see messages.ts
  args: Args
  at: Location
  /** Another place the message names (duplicate-id: the first use); resolved into args.other. */
  related?: Location
}

export interface Diagnostic extends Span {
  file: string // workspace-relative, '/' separators
  severity: Severity
  rule: RuleId
  message: string
}
