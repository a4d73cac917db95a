// Ids given on the command line of a view (contract §10, §5 `--since`), checked against the
// data: an unknown chain, party, task or meeting is a usage error (exit 2) that names the
// closest ids, as `brief` does, in the output language, in the words of the tool's catalogue.
import { editDistance } from '../check/closest.js'
import { UsageError } from '../findings/index.js'
import { isIsoDate } from '../model/dates.js'
import type { IsoDate, Lang, Model } from '../model/types.js'
import { sayIn } from './words.js'

type Kind = 'chain' | 'party' | 'task' | 'meeting'

/** Up to three candidates nearest to `id` by edit distance (ties by id), for the message. */
export function nearestIds(id: string, candidates: Iterable<string>): string[] {
  const limit = Math.max(8, id.length)
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, d: editDistance(id, candidate, limit) }))
    .sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.candidate)
}

/** The message of an unknown id, from the tool's words (words/en.ts, words/zh.ts) in `lang`. */
export function unknownId(kind: Kind, id: string, candidates: Iterable<string>, lang: Lang, flag?: string): UsageError {
  const near = nearestIds(id, candidates)
  const message = near.length > 0
    ? sayIn(lang, `view-id.${kind}`, { id, closest: near.join(sayIn(lang, 'view-id.list')) })
    : sayIn(lang, `view-id.${kind}-none`, { id })
  return new UsageError(flag ? sayIn(lang, 'view-id.flag', { flag, message }) : message)
}

function index(model: Model, kind: Kind): ReadonlyMap<string, unknown> {
  return kind === 'chain' ? model.chainsById : kind === 'party' ? model.parties : kind === 'task' ? model.tasksById : model.meetingsById
}

/** Throws for the first id of `ids` that names no record of `kind`. */
export function checkIds(model: Model, kind: Kind, ids: readonly string[] | undefined, lang: Lang, flag: string): void {
  const known = index(model, kind)
  for (const id of ids ?? []) if (!known.has(id)) throw unknownId(kind, id, known.keys(), lang, flag)
}

/** `--since <date | meeting-id>`: a date as it is, a meeting id as its date. */
export function sinceDate(model: Model, value: string, lang: Lang): IsoDate {
  if (isIsoDate(value)) return value
  const meeting = model.meetingsById.get(value)
  if (meeting) return meeting.date
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value)) {
    throw new UsageError(sayIn(lang, 'view.since-bad-date', { value }))
  }
  throw unknownId('meeting', value, model.meetingsById.keys(), lang, '--since')
}
