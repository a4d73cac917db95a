// `chainchief decision done <decision-id>` (SPEC §9): the date a meeting's decision was
// carried out, written into its meeting file.
import { planDecisionDone } from '../../record/decision.js'
import { runRecord, type RecordFlags } from '../record-write.js'

export interface DecisionDoneFlags extends RecordFlags {
  date?: string
}

export function runDecisionDone(decisionId: string, flags: DecisionDoneFlags): Promise<number> {
  return runRecord(flags, ({ model, today }) => planDecisionDone(model, { decision: decisionId, date: flags.date ?? today }))
}
