// unknown-ref (contract §4): a ref that resolves to nothing, or to a record of the wrong kind
// (a person where an organization is wanted). Suggests the closest id of the right kind.
import type { IdSite, Namespace, RefKind } from '../../model/types.js'
import { ClosestIndex } from '../closest.js'
import { suggestByName } from '../ref-names.js'
import type { Rule } from './rule.js'

const NAMESPACE: Record<RefKind, Namespace> = {
  organization: 'party', person: 'party', party: 'party', chain: 'chain', task: 'task', problem: 'problem',
}

function fits(kind: RefKind, site: IdSite): boolean {
  return kind === 'party' ? site.namespace === 'party' : site.kind === kind
}

/**
 * True when one of an id's sites fits a ref of `kind`, else the first site of the ref's
 * namespace, if any (a loop: most refs fit, and a list filtered for each of them was most
 * of this rule's time, issue #15).
 */
function resolve(sites: IdSite | IdSite[] | undefined, namespace: Namespace, kind: RefKind): IdSite | true | undefined {
  if (sites === undefined) return undefined
  if (!Array.isArray(sites)) return sites.namespace !== namespace ? undefined : fits(kind, sites) || sites
  let actual: IdSite | undefined
  for (const site of sites) {
    if (site.namespace !== namespace) continue
    if (fits(kind, site)) return true
    actual ??= site
  }
  return actual
}

export const unknownRef: Rule = {
  id: 'unknown-ref',
  defaultSeverity: 'error',
  check({ model }, report) {
    // An id's site, or its sites when it is declared more than once (a list for every id was
    // a tenth of this rule's time on 11×5000, issue #15).
    const byId = new Map<string, IdSite | IdSite[]>()
    for (const site of model.ids) {
      const sites = byId.get(site.id)
      if (sites === undefined) byId.set(site.id, site)
      else if (Array.isArray(sites)) sites.push(site)
      else byId.set(site.id, [sites, site])
    }
    // One index of candidate ids per kind of ref, built when first needed (a broken workspace
    // has an unknown ref on every task: issue #16), each asked once per distinct id.
    const indexes = new Map<RefKind, ClosestIndex>()
    const indexFor = (kind: RefKind) => {
      let index = indexes.get(kind)
      if (!index) indexes.set(kind, (index = new ClosestIndex(model.ids.filter((s) => fits(kind, s)).map((s) => s.id))))
      return index
    }
    for (const ref of model.refs) {
      const namespace = NAMESPACE[ref.kind]
      const actual = resolve(byId.get(ref.id), namespace, ref.kind)
      if (actual === true) continue
      const where = { file: ref.origin.file, path: ref.origin.path }
      if (actual) {
        report(where, 'wrong-kind', { field: ref.field, id: ref.id, actual: actual.kind, expected: ref.kind })
        continue
      }
      if (model.incomplete.has(namespace)) continue // its file could not be read: the id may exist
      const suggestion = indexFor(ref.kind).find(ref.id) ?? suggestByName(ref.id, ref.kind, model) ?? ''
      report(where, 'unknown', { field: ref.field, id: ref.id, expected: ref.kind, suggestion })
    }
  },
}
