// Ids given on the command line of a view (contract §10, §5 `--since`), checked against the
// data: an unknown chain, party, task or meeting is a usage error (exit 2) that names the
// closest ids, as `brief` does, in the output language.
import { editDistance } from '../check/closest.js'
import { UsageError } from '../findings/index.js'
import { isIsoDate } from '../model/dates.js'
import type { IsoDate, Lang, Model } from '../model/types.js'

type Kind = 'chain' | 'party' | 'task' | 'meeting'

const WHAT: Record<Kind, Record<Lang, string>> = {
  chain: { en: 'chain', zh: '产业链' },
  party: { en: 'organization or person', zh: '单位或人员' },
  task: { en: 'task', zh: '任务' },
  meeting: { en: 'meeting', zh: '会议' },
}

/** Up to three candidates nearest to `id` by edit distance (ties by id), for the message. */
export function nearestIds(id: string, candidates: Iterable<string>): string[] {
  const limit = Math.max(8, id.length)
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, d: editDistance(id, candidate, limit) }))
    .sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.candidate)
}

export function unknownId(kind: Kind, id: string, candidates: Iterable<string>, lang: Lang, flag?: string): UsageError {
  const near = nearestIds(id, candidates)
  const what = WHAT[kind][lang]
  const prefix = flag ? `${flag}: ` : ''
  if (lang === 'zh') {
    return new UsageError(`${prefix}没有${what}“${id}”${near.length > 0 ? `；最接近的是：${near.join('、')}` : `；工作区中没有${what}`}`)
  }
  return new UsageError(`${prefix}no ${what} "${id}"${near.length > 0 ? `; closest: ${near.join(', ')}` : `; the workspace has no ${what}s`}`)
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
    throw new UsageError(lang === 'zh' ? `--since：“${value}”不是 YYYY-MM-DD 格式的有效日期` : `--since: "${value}" is not a real date written YYYY-MM-DD`)
  }
  throw unknownId('meeting', value, model.meetingsById.keys(), lang, '--since')
}
