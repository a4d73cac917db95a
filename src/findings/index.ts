// The shared vocabulary of every stage (STYLE "Our shape", step 0): rule ids, severities,
// Path, Span, Finding, Diagnostic, UsageError. Imports nothing of ours outside this folder.
export { RULE_IDS, UNLOWERABLE, type RuleId, type Severity, type SeveritySetting } from './rules.js'
export type { Args, Diagnostic, Finding, Location, Path, Span } from './finding.js'
export { UsageError, type UsageWords } from './usage-error.js'
export { INVISIBLE, MAX_QUOTED, quotable, showInvisible } from './characters.js'
