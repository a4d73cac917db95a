// `chainchief meeting new <chain-id…> --date <date>` (SPEC §9): a new meeting file, filled in
// from the chains' roles and open problems, with commented places for what the meeting says.
import { planMeetingNew } from '../../record/meeting.js'
import { runRecord, type RecordFlags } from '../record-write.js'

export interface MeetingNewFlags extends RecordFlags {
  date: string
  id?: string
}

export function runMeetingNew(chainIds: string[], flags: MeetingNewFlags): Promise<number> {
  return runRecord(flags, ({ model, loaded, lang }) =>
    planMeetingNew(model, loaded.files, { chains: chainIds, date: flags.date, id: flags.id, lang }),
  )
}
