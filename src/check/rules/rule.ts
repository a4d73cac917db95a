// What a cross-file rule is: an id, a default severity, and a check over the model that
// reports findings by message id and arguments. Rules never throw, read files or word text.
import type { Args, Location, RuleId } from '../../findings/index.js'
import type { IsoDate, Model, Origin } from '../../model/types.js'

export interface RuleContext {
  model: Model
  /** The as-of date (contract §3), for future-date. Reading it may cost a time-zone lookup. */
  readonly asOf: IsoDate
  /** A date certainly on or before `asOf`, known for free: compare with it first. */
  asOfAtLeast: IsoDate
}

export type Report = (at: Location, message: string, args?: Args, related?: Location) => void

export interface Rule {
  id: RuleId
  defaultSeverity: 'error' | 'warn'
  check(context: RuleContext, report: Report): void
}

/** The location of a field of a record, e.g. at(task, 'due') or at(task, 'updates', 2, 'date'). */
export function at(record: { origin: Origin }, ...path: Array<string | number>): Location {
  return { file: record.origin.file, path: [...record.origin.path, ...path] }
}
