// missing-translation (an extension of contract §4): a person or organization whose name has no
// text in the workspace `language`. Output in that language then shows the short name or the
// other language's name (contract §6), so the secretariat is told where to fill one in.
import { hasTextIn } from '../../model/text.js'
import { at, type Rule } from './rule.js'

export const missingTranslation: Rule = {
  id: 'missing-translation',
  defaultSeverity: 'warn',
  check({ model }, report) {
    const lang = model.manifest?.language
    if (!lang) return
    for (const party of [...model.organizations, ...model.people]) {
      if (!hasTextIn(party.name, lang)) report(at(party, 'name'), 'name', { id: party.id, lang })
    }
  },
}
