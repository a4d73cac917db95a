// The rule ids of `check` and their severities (contract §4): the vocabulary every stage
// shares. A leaf: imports nothing of ours.

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
  // Extensions of the contract.
  'missing-translation',
] as const
export type RuleId = (typeof RULE_IDS)[number]

export type Severity = 'error' | 'warning'
/** A severity as written in chainchief.yaml `rules:`. */
export type SeveritySetting = 'error' | 'warn' | 'off'

/** Never lowered (contract §4): whether a file can be read at all (PITFALLS §2, spectral#2149), and
 * the schema, since a record that breaks it would otherwise vanish from every report unsaid. */
export const UNLOWERABLE: ReadonlySet<RuleId> = new Set(['yaml-syntax', 'encoding', 'file-read', 'schema'])
