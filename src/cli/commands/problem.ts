// `chainchief problem add <chain-id> --text <text>` and `problem resolve <problem-id>`
// (SPEC §9): a problem appended to the chain's list, open; or marked resolved on a date.
import { planProblemAdd, planProblemResolve } from '../../record/problem.js'
import { runRecord, type RecordFlags } from '../record-write.js'

export interface ProblemAddFlags extends RecordFlags {
  text: string
  id?: string
  task?: string
  owner?: string
  raisedBy?: string
  raised?: string
}

export interface ProblemResolveFlags extends RecordFlags {
  date?: string
}

export function runProblemAdd(chainId: string, flags: ProblemAddFlags): Promise<number> {
  return runRecord(flags, ({ model, today }) =>
    planProblemAdd(model, {
      chain: chainId, text: flags.text, id: flags.id, task: flags.task, owner: flags.owner,
      raisedBy: flags.raisedBy, raised: flags.raised ?? today,
    }),
  )
}

export function runProblemResolve(problemId: string, flags: ProblemResolveFlags): Promise<number> {
  return runRecord(flags, ({ model, today }) => planProblemResolve(model, { problem: problemId, date: flags.date ?? today }))
}
