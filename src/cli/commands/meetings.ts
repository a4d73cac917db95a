// `chainchief meetings` (contract §10): every meeting by date, with its decisions as of the
// date. Unknown chain: exit 2.
import { MEETINGS_RENDERERS } from '../../render/meetings/index.js'
import { buildMeetingsReport } from '../../report/meetings.js'
import { checkIds } from '../view-ids.js'
import { runView, type ViewFlags } from '../view-command.js'

export interface MeetingsFlags extends ViewFlags {
  chain?: string[]
}

export async function runMeetings(flags: MeetingsFlags): Promise<number> {
  return runView(flags, {
    build({ model, asOf, lang }) {
      checkIds(model, 'chain', flags.chain, lang, '--chain')
      return buildMeetingsReport(model, { asOf, lang, chains: flags.chain })
    },
    renderers: MEETINGS_RENDERERS,
    xlsx: async (report) => (await import('../../render/meetings/xlsx.js')).renderMeetingsXlsx(report),
  })
}
