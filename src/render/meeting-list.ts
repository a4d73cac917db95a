// `chainchief brief` with no meeting id: the meetings it can brief, by date (contract §6),
// one line each, `date  id  title`, with the line that says how to write one.
import type { Lang, Meeting } from '../model/types.js'
import { textIn } from '../model/text.js'
import { terminalInline } from './escape.js'
import { padEnd } from './width.js'

const HEAD = {
  en: { none: 'The workspace has no meetings yet (meetings/<meeting-id>.yaml).', some: 'Meetings (chainchief brief <meeting-id> writes the brief of one):' },
  zh: { none: '工作区中还没有会议（meetings/<会议标识>.yaml）。', some: '会议（chainchief brief <会议标识> 生成其中一次的会议纪要）：' },
}

export function renderMeetingList(meetings: readonly Meeting[], lang: Lang): string {
  if (meetings.length === 0) return `${HEAD[lang].none}\n`
  const sorted = [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const idWidth = Math.max(...sorted.map((m) => m.id.length))
  const lines = sorted.map((m) => `  ${m.date}  ${padEnd(m.id, idWidth)}  ${terminalInline(textIn(m.title, lang))}`.trimEnd())
  return [HEAD[lang].some, ...lines].join('\n') + '\n'
}
