// leader-type (contract §4): a chain leader enterprise (链主企业) should be an enterprise.
import type { Rule } from './rule.js'

export const leaderType: Rule = {
  id: 'leader-type',
  defaultSeverity: 'warn',
  check({ model }, report) {
    for (const ref of model.refs) {
      if (ref.field !== 'leader_enterprises') continue
      const party = model.parties.get(ref.id)
      if (party?.kind === 'organization' && party.type !== 'enterprise') {
        report({ file: ref.origin.file, path: ref.origin.path }, 'not-enterprise', { id: ref.id, type: party.type })
      }
    }
  },
}
