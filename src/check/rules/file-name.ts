// file-name (contract §4): a chain's or meeting's id must equal its file name.
import { at, type Rule } from './rule.js'

export const fileName: Rule = {
  id: 'file-name',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const record of [...model.chains, ...model.meetings]) {
      if (record.id !== record.fileStem) {
        report(at(record, 'id'), 'mismatch', { id: record.id, stem: record.fileStem })
      }
    }
  },
}
