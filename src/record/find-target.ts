// The record a command writes to, found by id among the model's id sites (SPEC §9: an
// unknown target is exit 2 with the closest ids; an id that two records carry is refused
// too, since either could be meant).
import type { IdSite, Model } from '../model/types.js'
import { closestIds, RecordRefusal, type RefusalCode } from './refusal.js'

const UNKNOWN: Record<'task' | 'problem' | 'chain', RefusalCode> = {
  task: 'unknown-task',
  problem: 'unknown-problem',
  chain: 'unknown-chain',
}

/** The one place a record of `namespace` declares the id; throws RecordRefusal unless there is exactly one. */
export function requireUnique(model: Model, namespace: 'task' | 'problem' | 'chain', id: string): IdSite {
  const sites = model.ids.filter((s) => s.namespace === namespace && s.id === id)
  if (sites.length === 0) {
    const ids = model.ids.filter((s) => s.namespace === namespace).map((s) => s.id)
    throw new RecordRefusal(UNKNOWN[namespace], { id, closest: closestIds(id, ids) })
  }
  if (sites.length > 1) {
    throw new RecordRefusal('duplicate-target', { id, files: [...new Set(sites.map((s) => s.origin.file))] })
  }
  return sites[0]!
}

/** The record, once it is known to be the only one: absent from the model when its fields are broken. */
export function found<T>(record: T | undefined, site: IdSite): T {
  if (record === undefined) {
    const file = site.origin.file
    throw new RecordRefusal('broken-target', { id: site.id, file })
  }
  return record
}
