// chain-count (contract §4): the workspace holds as many chains as chainchief.yaml says, and
// every id of its `order` names a chain file. An id of `order` with no file is reported here,
// once for the list (not also as unknown-ref), naming the files `order` leaves out, since one
// of those is usually the chain meant; leaving a chain out of `order` is allowed.
import type { Rule } from './rule.js'

const stem = (path: string): string => path.replace(/^.*\//, '').replace(/\.ya?ml$/, '')

export const chainCount: Rule = {
  id: 'chain-count',
  defaultSeverity: 'error',
  check({ model }, report) {
    const manifest = model.manifest
    if (!manifest) return
    const expected = manifest.chains
    const actual = model.chainFiles.length
    if (Number.isInteger(expected) && actual !== expected) {
      report({ file: manifest.origin.file, path: ['chains'] }, 'count', { actual, expected })
    }
    // A chain file that could not be read still counts as a file: its id is its name.
    const files = new Set([...model.chainFiles.map(stem), ...model.chains.map((c) => c.id)])
    const missing = manifest.order.filter((id) => !files.has(id))
    if (missing.length === 0) return
    const named = new Set(manifest.order)
    const leftOut = [...new Set(model.chainFiles.map(stem))].filter((id) => !named.has(id)).sort()
    const first = manifest.order.indexOf(missing[0]!)
    report({ file: manifest.origin.file, path: ['order', first] }, leftOut.length > 0 ? 'order-missing' : 'order-missing-none-left', {
      missing: missing.join(', '),
      leftOut: leftOut.join(', '),
    })
  },
}
