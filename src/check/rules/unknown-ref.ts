// unknown-ref (contract §4): a ref that resolves to nothing, or to a record of the wrong kind
// (a person where an organization is wanted). Suggests the closest id of the right kind.
import type { IdSite, Namespace, RefKind } from '../../model/types.js'
import { ClosestIndex } from '../closest.js'
import { suggestByName } from '../ref-names.js'
import type { Rule } from './rule.js'

const NAMESPACE: Record<RefKind, Namespace> = {
  organization: 'party', person: 'party', party: 'party', chain: 'chain', task: 'task', problem: 'problem',
}

const NONE: readonly IdSite[] = []

function fits(kind: RefKind, site: IdSite): boolean {
  return kind === 'party' ? site.namespace === 'party' : site.kind === kind
}

export const unknownRef: Rule = {
  id: 'unknown-ref',
  defaultSeverity: 'error',
  check({ model }, report) {
    const byId = new Map<string, IdSite[]>()
    for (const site of model.ids) {
      const sites = byId.get(site.id)
      if (sites) sites.push(site)
      else byId.set(site.id, [site])
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
      // The first site of the ref's namespace, unless one fits (a loop: most refs fit, and
      // a list filtered for each of them was most of this rule's time, issue #15).
      let actual: IdSite | undefined
      let fit = false
      for (const site of byId.get(ref.id) ?? NONE) {
        if (site.namespace !== namespace) continue
        if (fits(ref.kind, site)) {
          fit = true
          break
        }
        actual ??= site
      }
      if (fit) continue
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
