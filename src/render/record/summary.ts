// What a record command says it did (SPEC §9), one line per record, in English or Chinese:
// the file written, the record, the figures before and after. Also the lines that close a
// dry run and a refused write.
import type { Lang } from '../../model/types.js'
import type { Recorded } from '../../record/plan.js'
import { terminalInline } from '../escape.js'
import { statusLabel } from '../labels.js'

function line(r: Recorded, lang: Lang): string {
  const zh = lang === 'zh'
  switch (r.kind) {
    case 'update': {
      const status = r.fromStatus === r.status ? statusLabel(r.status, lang) : `${statusLabel(r.fromStatus, lang)} → ${statusLabel(r.status, lang)}`
      return zh
        ? `${r.file}：任务 ${r.task} 进度 ${r.from}% → ${r.progress}%，${status}；已记录 ${r.date} 的进展`
        : `${r.file}: task ${r.task} ${r.from}% → ${r.progress}%, ${status}; update of ${r.date} recorded`
    }
    case 'problem-added':
      return zh ? `${r.file}：已新增问题 ${r.problem}（${r.raised} 提出，未解决）` : `${r.file}: problem ${r.problem} added (raised ${r.raised}, open)`
    case 'problem-resolved':
      return zh ? `${r.file}：问题 ${r.problem} 已于 ${r.date} 解决` : `${r.file}: problem ${r.problem} resolved on ${r.date}`
    case 'decision-done':
      return zh ? `${r.file}：议定事项 ${r.decision} 已于 ${r.date} 落实` : `${r.file}: decision ${r.decision} done on ${r.date}`
    case 'meeting-new':
      return zh
        ? `${r.file}：已新建会议，出席 ${r.attendees} 个单位和人员，未解决问题 ${r.problems} 个；请在会后填写汇报、会议要点和议定事项`
        : `${r.file}: meeting written with ${r.attendees} attendees and ${r.problems} open problems; fill in the reports, points and decisions after the meeting`
    case 'unchanged':
      return r.what === 'problem-resolved'
        ? zh ? `${r.file}：问题 ${r.id} 已于 ${r.date} 解决，无需写入` : `${r.file}: problem ${r.id} was resolved on ${r.date} already; nothing to write`
        : zh ? `${r.file}：议定事项 ${r.id} 已于 ${r.date} 落实，无需写入` : `${r.file}: decision ${r.id} was done on ${r.date} already; nothing to write`
  }
}

/** One line per record, ids and file names shown inert. */
export function renderRecorded(recorded: readonly Recorded[], lang: Lang): string {
  return recorded.map((r) => terminalInline(line(r, lang)) + '\n').join('')
}

export function renderDryRunEnd(files: number, lang: Lang): string {
  return lang === 'zh' ? `（试运行：${files} 个文件将被修改，未写入任何内容）\n` : `(dry run: ${files} file${files === 1 ? '' : 's'} would change; nothing was written)\n`
}

export function renderRefused(errors: number, lang: Lang): string {
  return lang === 'zh'
    ? `✖ 写入后将新增 ${errors} 个错误，未写入任何内容\n`
    : `✖ the write would add ${errors} error${errors === 1 ? '' : 's'}; nothing was written\n`
}

export function renderAddedWarnings(warnings: number, lang: Lang): string {
  return lang === 'zh' ? `（已写入，新增 ${warnings} 个警告，见上）\n` : `(written with ${warnings} new warning${warnings === 1 ? '' : 's'}, shown above)\n`
}
