// chain-count (contract §4): the workspace holds as many chains as chainchief.yaml says.
import type { Rule } from './rule.js'

export const chainCount: Rule = {
  id: 'chain-count',
  defaultSeverity: 'error',
  check({ model }, report) {
    const expected = model.manifest?.chains
    if (expected === undefined || !Number.isInteger(expected)) return
    const actual = model.chainFiles.length
    if (actual !== expected) {
      report({ file: model.manifest!.origin.file, path: ['chains'] }, 'count', { actual, expected })
    }
  },
}
