// duplicate-id (contract §4): two records of one namespace with the same id. Organizations
// and people share a namespace. A diagnostic at each place, each naming the other (the first
// place names the second), so a pull request's annotation lands on the file it changed.
import type { IdSite, Namespace } from '../../model/types.js'
import type { Rule } from './rule.js'

export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  check({ model }, report) {
    // Per namespace, the first site of each id; a list only for an id declared again. (A key
    // string and a list for each of the 11×5000 workspace's 60,000 ids were most of this
    // rule's time, issue #15.)
    const first = new Map<Namespace, Map<string, IdSite>>()
    const again = new Map<IdSite, IdSite[]>()
    for (const site of model.ids) {
      let ids = first.get(site.namespace)
      if (!ids) first.set(site.namespace, (ids = new Map()))
      const earlier = ids.get(site.id)
      if (earlier === undefined) ids.set(site.id, site)
      else {
        const list = again.get(earlier)
        if (list) list.push(site)
        else again.set(earlier, [earlier, site])
      }
    }
    for (const list of again.values()) {
      list.forEach((site, i) => {
        // each later place names the first; the first names the second
        const other = i === 0 ? list[1]! : list[0]!
        report(
          { file: site.origin.file, path: site.origin.path },
          'duplicate',
          { kind: site.kind, id: site.id },
          { file: other.origin.file, path: other.origin.path },
        )
      })
    }
  },
}
