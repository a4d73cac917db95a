// `chainchief problem add` and `problem resolve` as plans (SPEC §9). A new problem goes at
// the end of its chain's problem list, open, with the first free id `<chain>-p<n>` unless
// one is given; resolving sets `status: resolved` and the `resolved` date after it. A
// problem resolved already is left as it is.
import type { IsoDate, Model, Text } from '../model/types.js'
import type { Plain } from '../workspace/edit/yaml-edit.js'
import { found, requireUnique } from './find-target.js'
import type { WritePlan } from './plan.js'

export interface ProblemAddRequest {
  chain: string
  text: Text
  id?: string
  task?: string
  owner?: string
  raisedBy?: string
  raised: IsoDate
}

export interface ProblemResolveRequest {
  problem: string
  date: IsoDate
}

/** The first `<chain>-p<n>`, n from 1, that no problem of the workspace uses. */
export function nextProblemId(model: Model, chain: string): string {
  const used = new Set(model.ids.filter((s) => s.namespace === 'problem').map((s) => s.id))
  let n = 1
  while (used.has(`${chain}-p${n}`)) n++
  return `${chain}-p${n}`
}

export function planProblemAdd(model: Model, request: ProblemAddRequest): WritePlan {
  const chain = found(model.chainsById.get(request.chain), requireUnique(model, 'chain', request.chain))
  const id = request.id ?? nextProblemId(model, chain.id)
  // The fields in the order of the contract's table (§2).
  const problem: Record<string, Plain> = { id, text: request.text as Plain, raised: request.raised }
  if (request.raisedBy !== undefined) problem.raised_by = request.raisedBy
  if (request.task !== undefined) problem.task = request.task
  if (request.owner !== undefined) problem.owner = request.owner
  problem.status = 'open'
  const file = chain.origin.file
  return {
    edits: [{ file, kind: 'chain', edits: [{ op: 'append', path: ['problems'], value: problem }] }],
    creates: [],
    recorded: [{ kind: 'problem-added', file, problem: id, chain: chain.id, raised: request.raised }],
  }
}

export function planProblemResolve(model: Model, request: ProblemResolveRequest): WritePlan {
  const problem = found(model.problemsById.get(request.problem), requireUnique(model, 'problem', request.problem))
  const file = problem.origin.file
  if (problem.status === 'resolved') {
    return { edits: [], creates: [], recorded: [{ kind: 'unchanged', file, what: 'problem-resolved', id: problem.id, date: problem.resolved ?? '' }] }
  }
  const path = problem.origin.path
  return {
    edits: [
      {
        file,
        kind: 'chain',
        edits: [
          { op: 'set', path: [...path, 'status'], value: 'resolved' },
          { op: 'set', path: [...path, 'resolved'], value: request.date, after: 'status' },
        ],
      },
    ],
    creates: [],
    recorded: [{ kind: 'problem-resolved', file, problem: problem.id, date: request.date }],
  }
}
