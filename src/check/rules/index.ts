// The cross-file rules, in the contract's order (§4), then the extensions. yaml-syntax, encoding, file-read and
// schema are found while loading and validating, before the model exists.
import type { RuleId } from '../../findings/index.js'
import { chainCount } from './chain-count.js'
import { dateOrder } from './date-order.js'
import { duplicateId } from './duplicate-id.js'
import { fileName } from './file-name.js'
import { futureDate } from './future-date.js'
import { lastUpdate } from './last-update.js'
import { leaderType } from './leader-type.js'
import { missingTranslation } from './missing-translation.js'
import { progressDecrease } from './progress-decrease.js'
import { resolvedDate } from './resolved-date.js'
import type { Rule } from './rule.js'
import { statusProgress } from './status-progress.js'
import { unknownRef } from './unknown-ref.js'

export const RULES: readonly Rule[] = [
  fileName,
  duplicateId,
  unknownRef,
  chainCount,
  dateOrder,
  statusProgress,
  lastUpdate,
  resolvedDate,
  leaderType,
  futureDate,
  progressDecrease,
  missingTranslation,
]

/** Default severity of every rule id, the loading ones included. */
export const DEFAULT_SEVERITY: Record<RuleId, 'error' | 'warn'> = {
  'yaml-syntax': 'error',
  encoding: 'error',
  'file-read': 'error',
  schema: 'error',
  ...Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity])),
} as Record<RuleId, 'error' | 'warn'>
