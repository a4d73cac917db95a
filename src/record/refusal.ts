// Why a record cannot be planned at all (SPEC §9: exit 2): a target id that does not exist
// (with the closest ids), a file that already exists, an id written twice. Data, worded in
// either language by messages.ts; its English words are the error's message too.
import { editDistance } from '../check/closest.js'
import { UsageError } from '../findings/index.js'
import { refusalMessage, type RefusalArgs, type RefusalCode } from './messages.js'

export type { RefusalArgs, RefusalCode }

/** A UsageError (exit 2) that keeps its reason as data, for words in either language. */
export class RecordRefusal extends UsageError {
  override name = 'RecordRefusal'
  constructor(
    readonly code: RefusalCode,
    readonly args: RefusalArgs,
  ) {
    super(refusalMessage(code, args, 'en'))
  }
}

/**
 * Up to three ids nearest to `id` by edit distance, nearest first, then by id: the nearest
 * always, the others while they are within a quarter of the id's length of it.
 */
export function closestIds(id: string, ids: Iterable<string>, count = 3): string[] {
  const ranked = [...new Set(ids)]
    .map((candidate) => ({ candidate, d: editDistance(id, candidate) }))
    .sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : 1))
  const near = Math.max(2, Math.floor(id.length / 4))
  return ranked.filter((x, i) => i === 0 || x.d <= near).slice(0, count).map((x) => x.candidate)
}
