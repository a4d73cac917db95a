// A finding is data (STYLE "A finding is data"): where, which rule, which message and its
// arguments. Words come last (check/messages.ts), positions are resolved once
// (workspace/source.ts). A leaf: imports nothing of ours but the rule ids beside it.
import type { RuleId, Severity } from './rules.js'

/** Where inside a parsed file: JSON-pointer-like segments, e.g. ['tasks', 2, 'due']. */
export type Path = ReadonlyArray<string | number>

/** 1-based line and column of a start and an end (just past the offending text). */
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
  message: string // message id inside the rule, see check/messages.ts
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
