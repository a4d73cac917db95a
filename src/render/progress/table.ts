// ProgressReport → a terminal table (contract §5): chain rows with a total row, or task rows
// with overdue and due-soon tasks marked in words (which survive without colour) and in
// colour (when the edge allows it). Fits `width` by wrapping text columns, then by narrowing
// the progress bar.
import type { ChainRow, Counts, ProgressReport } from '../../report/progress.js'
import type { TaskRow } from '../../report/task-rows.js'
import { terminalInline } from '../escape.js'
import { noticeTable } from '../notice.js'
import { CHAIN_COLUMNS, formatChange, formatProgress, header, heading, noTasksLine, taskStatusText, taskSummary, TASK_COLUMNS } from './labels.js'
import type { ProgressRenderOptions } from './options.js'
import type { Style } from '../style.js'
import { drawTable, type Cell, type Column, type DrawnTable } from '../table.js'
import { displayWidth, padStart } from '../width.js'

const BAR_WIDTHS = [10, 5, 0]
/** No value: an em dash, or a hyphen with --ascii (the em dash is ambiguous-width, PITFALLS §4). */
const none = (ascii: boolean) => (ascii ? '-' : '—')

function bar(progress: number | null, width: number, ascii: boolean): string {
  const figure = progress === null ? none(ascii) : `${formatProgress(progress)}%`
  if (width === 0 || progress === null) return figure
  const filled = Math.round((progress / 100) * width)
  const [full, empty] = ascii ? ['#', '.'] : ['█', '░']
  return `${full.repeat(filled)}${empty.repeat(width - filled)} ${padStart(figure, 5)}`
}

/** Colours the filled part of a bar green and the rest dim. */
function paintBar(style: Style): (line: string) => string {
  return (line) => line.replace(/[█#]+/, (m) => style.ok(m)).replace(/[░.]+(?= )/, (m) => style.dim(m))
}

function progressCell(progress: number | null, barWidth: number, options: ProgressRenderOptions): Cell {
  return { text: bar(progress, barWidth, options.ascii), paint: paintBar(options.style) }
}

const num = (n: number, paint?: (s: string) => string): Cell => ({ text: String(n), paint: n > 0 ? paint : undefined })

function chainCells(row: ChainRow | (Counts & { name: string; chiefName: string | null }), barWidth: number, options: ProgressRenderOptions, total: boolean): Cell[] {
  const s = options.style
  return [
    { text: terminalInline(row.name), paint: total ? s.bold : undefined },
    { text: total ? '' : terminalInline(row.chiefName ?? none(options.ascii)) },
    num(row.tasks),
    num(row.done),
    num(row.inProgress),
    num(row.blocked, s.warning),
    num(row.overdue, s.error),
    progressCell(row.progress, barWidth, options),
    ...changeCell(row.change, options),
  ]
}

/** The change column of `--since`, only when the report has a since date. */
function changeCell(change: number | null, options: ProgressRenderOptions & { since?: boolean }): Cell[] {
  if (!options.since) return []
  return [{ text: change === null ? none(options.ascii) : formatChange(change), paint: change !== null && change < 0 ? options.style.warning : undefined }]
}

function taskCells(row: TaskRow, barWidth: number, options: ProgressRenderOptions): Cell[] {
  const s = options.style
  const flag = row.overdue ? s.error : row.dueSoon ? s.warning : undefined
  return [
    { text: terminalInline(row.chainName) },
    { text: terminalInline(row.id), paint: s.dim },
    { text: terminalInline(row.title) },
    { text: terminalInline(row.ownerName) },
    { text: row.due, paint: flag },
    { text: taskStatusText(row, options.lang), paint: flag ?? (row.status === 'done' ? s.ok : row.status === 'blocked' ? s.warning : undefined) },
    progressCell(row.progress, barWidth, options),
    ...changeCell(row.change, options),
  ]
}

/** The widest word of a header: number columns wrap their headers at spaces first, never inside a word. */
const longestWord = (text: string) => Math.max(...text.split(' ').map(displayWidth))

const changeColumn = (lang: ProgressRenderOptions['lang']): Column => ({ header: header('change', lang), align: 'right', shrink: 0, min: 6, fixedData: true })

function chainColumns(lang: ProgressRenderOptions['lang'], since: boolean): Column[] {
  return [...CHAIN_COLUMNS.map((key): Column => {
    const text = header(key, lang)
    if (key === 'chain') return { header: text, shrink: 1, rank: 1, min: 10 }
    if (key === 'chief') return { header: text, shrink: 1, rank: 2, min: 6 }
    if (key === 'progress') return { header: text, align: 'right', shrink: 3, fixedData: true }
    return { header: text, align: 'right', shrink: 0, min: Math.max(3, longestWord(text)), fixedData: true }
  }), ...(since ? [changeColumn(lang)] : [])]
}

function taskColumns(lang: ProgressRenderOptions['lang'], since: boolean): Column[] {
  const shrink: Partial<Record<(typeof TASK_COLUMNS)[number], Column>> = {
    // When space is short the title keeps the most room; the id gives way first.
    title: { header: '', shrink: 1, rank: 1, min: 12, hardMin: 8 },
    owner: { header: '', shrink: 1, rank: 2, min: 8, hardMin: 8 },
    status: { header: '', shrink: 1, rank: 3, min: 8, hardMin: 8 },
    chain: { header: '', shrink: 1, rank: 4, min: 8, hardMin: 8 },
    id: { header: '', shrink: 1, rank: 5, min: 8, hardMin: 6, wrap: 'id' },
  }
  const progress: Column = { header: '', shrink: 3, fixedData: true, align: 'right' }
  const due: Column = { header: '', shrink: 3, fixedData: true }
  const columns = TASK_COLUMNS.map((key) => ({ ...(key === 'progress' ? progress : key === 'due' ? due : (shrink[key] ?? {})), header: header(key, lang) }))
  return since ? [...columns, changeColumn(lang)] : columns
}

/**
 * Picks the bar width: the widest bar with which the table fits and keeps its words whole;
 * else, of the layouts that fit with comfortable column minimums, the one that cuts the fewest
 * words, then the one with the fewest lines (text first, the bar is a garnish); else no bar and columns of a few characters.
 */
function fit(draw: (barWidth: number, comfortable: boolean) => DrawnTable): string[] {
  // The widest bar that fits with every word whole wins: the narrower ones are drawn only
  // when it does not (a cold start drew all three for a pipe, where the first always wins).
  const widest = draw(BAR_WIDTHS[0]!, true)
  if (widest.fits && widest.wholeWords) return widest.lines
  const fitting = [widest, ...BAR_WIDTHS.slice(1).map((w) => draw(w, true))].filter((t) => t.fits)
  const whole = fitting.find((t) => t.wholeWords)
  if (whole) return whole.lines
  if (fitting.length === 0) return draw(0, false).lines
  const fewest = Math.min(...fitting.map((t) => t.cutWords))
  const least = fitting.filter((t) => t.cutWords === fewest)
  const shortest = Math.min(...least.map((t) => t.height))
  return least.find((t) => t.height === shortest)!.lines
}

export function renderProgressTable(report: ProgressReport, renderOptions: ProgressRenderOptions): string {
  const options = { ...renderOptions, since: report.since !== null }
  const { lang, style } = options
  const tableOptions = { width: options.width, ascii: options.ascii, style }
  let lines: string[]
  let footer: string[] = []
  if (options.tasks && report.tasks.length === 0) {
    lines = [noTasksLine(lang)]
  } else if (options.tasks) {
    const columns = taskColumns(lang, options.since)
    lines = fit((barWidth, comfortable) =>
      drawTable(columns, report.tasks.map((row) => taskCells(row, barWidth, options)), { ...tableOptions, comfortable, captionSeparator: lang === 'zh' ? '：' : ': ' }),
    )
    footer = [taskSummary(report)]
  } else {
    const columns = chainColumns(lang, options.since)
    const totalRow = { ...report.total, name: header('total', lang), chiefName: null }
    lines = fit((barWidth, comfortable) =>
      drawTable(
        columns,
        [...report.chains.map((row) => chainCells(row, barWidth, options, false)), chainCells(totalRow, barWidth, options, true)],
        { ...tableOptions, comfortable, footerRule: true, captionSeparator: lang === 'zh' ? '：' : ': ' },
      ),
    )
  }
  return [...noticeTable(report.notice, style), style.bold(heading(report, options.tasks)), ...lines, ...footer].join('\n') + '\n'
}
