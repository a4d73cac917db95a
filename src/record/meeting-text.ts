// The text of a new meeting file (SPEC §9 `meeting new`): title, date and chains; organizer,
// chair and attendees from the chains' roles; the problems open that day; then commented,
// empty places for the reports, points and decisions that the secretariat fills in after the
// meeting. Valid as written: `check` passes on it before anything is filled in.
import type { Chain, IsoDate, Lang, Text } from '../model/types.js'
import { textIn } from '../model/text.js'
import { pairLines, type Layout, type Plain } from '../workspace/edit/render-value.js'

export interface MeetingDraft {
  id: string
  title: Text
  date: IsoDate
  chains: string[]
  organizer?: string
  chair?: string
  attendees: string[]
  problems: string[]
}

const LAYOUT: Layout = { indent: 2, seqIndent: 2, itemGap: 2, flowPadding: false }

/** The meeting's title in both languages, from the chains' names. */
export function meetingTitle(chains: readonly Chain[]): Text {
  const zh = chains.map((c) => textIn(c.name, 'zh')).join('、')
  const names = chains.map((c) => textIn(c.name, 'en'))
  const en = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
  return { zh: `${zh}产业链“链长制”工作调度会议`, en: `Scheduling meeting of the ${en} chain${chains.length > 1 ? 's' : ''}` }
}

const TEMPLATES: Record<Lang, { reports: string; points: string; decisions: string }> = {
  en: {
    reports: '# Reports heard, in agenda order: fill in, then remove the leading "# ".',
    points: '# What the meeting noted, stressed and required, in order (kind: noted, stressed or required).',
    decisions: '# Decisions (arrangements for the next key tasks); an id lets `chainchief decision done <id>` record them.',
  },
  zh: {
    reports: '# 会议听取的汇报，按议程顺序：填写后删去行首的“# ”。',
    points: '# 会议指出、强调和要求的事项，按顺序（kind：noted 指出、stressed 强调、required 要求）。',
    decisions: '# 议定事项（下步重点任务安排）；写明 id 后可用 `chainchief decision done <id>` 记录落实。',
  },
}

function commented(lines: string[]): string[] {
  return lines.map((line) => `# ${line}`)
}

/**
 * The file's lines: `schemaLine` (the editor's `$schema` comment, as the chain files have
 * it) first where there is one. `example` names a party and tasks for the commented places.
 */
export function meetingText(draft: MeetingDraft, options: { lang: Lang; schemaLine?: string; reporter?: string }): string {
  const fields: Array<[string, Plain | undefined]> = [
    ['id', draft.id],
    ['title', draft.title as Plain],
    ['date', draft.date],
    ['chains', draft.chains],
    ['organizer', draft.organizer],
    ['chair', draft.chair],
    ['attendees', draft.attendees.length > 0 ? draft.attendees : undefined],
    ['problems', draft.problems.length > 0 ? draft.problems : undefined],
  ]
  const lines: string[] = options.schemaLine ? [options.schemaLine] : []
  for (const [key, value] of fields) {
    if (value === undefined) continue
    // A short list of chains reads best on one line, as in the example meeting.
    if (key === 'chains') lines.push(`chains: [${draft.chains.join(', ')}]`)
    else lines.push(...pairLines(key, value, 0, LAYOUT))
  }
  const words = TEMPLATES[options.lang]
  const id = `${draft.id}-d1`.length <= 64 ? `${draft.id}-d1` : 'd1'
  lines.push(
    '',
    words.reports,
    ...commented(['reports:', `  - by: ${options.reporter ?? '<party id>'}`, '    topic:', '      zh:', '      en:', '    tasks: []']),
    '',
    words.points,
    ...commented(['points:', '  - kind: noted', '    text:', '      zh:', '      en:']),
    '',
    words.decisions,
    ...commented(['decisions:', `  - id: ${id}`, '    text:', '      zh:', '      en:', '    owner:', '    due:']),
  )
  return lines.join('\n') + '\n'
}
