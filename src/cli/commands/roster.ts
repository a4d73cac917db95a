// `chainchief roster` (contract §10): who leads each chain. Unknown chain: exit 2.
import { ROSTER_RENDERERS } from '../../render/roster/index.js'
import { buildRosterReport } from '../../report/roster.js'
import { checkIds } from '../view-ids.js'
import { runView, type ViewFlags } from '../view-command.js'

export interface RosterFlags extends ViewFlags {
  chain?: string[]
}

export async function runRoster(flags: RosterFlags): Promise<number> {
  return runView(flags, {
    build({ model, lang }) {
      checkIds(model, 'chain', flags.chain, lang, '--chain')
      return buildRosterReport(model, { lang, chains: flags.chain })
    },
    renderers: ROSTER_RENDERERS,
    xlsx: async (report) => (await import('../../render/roster/xlsx.js')).renderRosterXlsx(report),
  })
}
