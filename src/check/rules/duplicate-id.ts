// duplicate-id (contract §4): two records of one namespace with the same id. Organizations
// and people share a namespace. A diagnostic at each place, each naming the other (the first
// place names the second), so a pull request's annotation lands on the file it changed.
import type { IdSite } from '../../model/types.js'
import type { Rule } from './rule.js'

export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  check({ model }, report) {
    const sites = new Map<string, IdSite[]>()
    for (const site of model.ids) {
      const key = `${site.namespace}\u0000${site.id}`
      const list = sites.get(key)
      if (list) list.push(site)
      else sites.set(key, [site])
    }
    for (const list of sites.values()) {
      if (list.length < 2) continue
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
