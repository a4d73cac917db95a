// duplicate-id (contract §4): two records of one namespace with the same id. Organizations
// and people share a namespace; every later use names the first place.
import type { IdSite } from '../../model/types.js'
import type { Rule } from './rule.js'

export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  check({ model }, report) {
    const first = new Map<string, IdSite>()
    for (const site of model.ids) {
      const key = `${site.namespace}\u0000${site.id}`
      const earlier = first.get(key)
      if (!earlier) {
        first.set(key, site)
        continue
      }
      report(
        { file: site.origin.file, path: site.origin.path },
        'duplicate',
        { kind: site.kind, id: site.id },
        { file: earlier.origin.file, path: earlier.origin.path },
      )
    }
  },
}
