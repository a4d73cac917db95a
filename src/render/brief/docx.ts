// Contract §6 `--format docx`: the same ten parts as markdown and HTML, from prose.ts, as a
// Word document: A4 with the GB/T 9704 margins, FangSong at 16 pt with the East Asian font slot
// set, the title at 22 pt (a Chinese one broken into lines where title-lines.ts says, never
// inside “链长制”), the head in red over a red rule, page numbers "— 1 —" in the footer, tables
// with borders whose header row repeats, language zh-CN or en-US (docx-package.ts). The
// WordprocessingML is written here as text, every data string through escape.ts's `wordText`;
// docx-package.ts adds the fixed parts and fixed-zip.ts zips them with a fixed date, so the
// same brief gives the same bytes. Loaded only when asked for (render/brief/index.ts).
import type { Brief, BriefChain, DeadlineTask } from '../../report/brief/index.js'
import type { Lang } from '../../model/types.js'
import { wordText } from '../escape.js'
import { writeZip } from '../fixed-zip.js'
import { briefTitle, chainProgressHeading, formatChange, formatDate, formatDays, formatPercent, label, statusCell } from './labels.js'
import {
  attendanceLines, chainSummary, decisionParagraphs, distributionText, followUpParagraphs, leadParagraph, pointParagraphs,
  problemParagraphs, reportParagraphs, type Paragraph,
} from './prose.js'
import { DOCUMENT_START, PAGE, packageParts, sectionProps, type Fonts } from './docx-package.js'
import { titleLines } from './title-lines.js'

/** Text for one run: XML-safe (escape.ts), and a line break in a name made a space, so a run is one line. */
const runText = (text: string): string => wordText(text).replace(/\s+/g, ' ')

const RED = 'C00000'
const BLACK = '000000'
const pt = (n: number) => n * 2 // half-points
/** The width of the text between the margins, in twips: what the tables' grids divide. */
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right

function fonts(): Record<'title' | 'heading', Fonts> {
  const latin = 'Times New Roman'
  return {
    title: { ascii: latin, hAnsi: latin, eastAsia: 'SimSun', cs: latin },
    heading: { ascii: latin, hAnsi: latin, eastAsia: 'SimHei', cs: latin },
  }
}
const FONTS = fonts()

// —— WordprocessingML, element by element, in the schema's order ——————————————————————

interface RunStyle {
  bold?: boolean
  color?: string
  /** Half-points. */
  size?: number
  font?: Fonts
}

interface Border {
  color: string
  size: number
  space?: number
}

interface ParaStyle {
  keepNext?: boolean
  keepLines?: boolean
  pageBreakBefore?: boolean
  border?: { top?: Border; bottom?: Border }
  /** A right tab stop at this position (twips). */
  rightTab?: number
  spacing?: { after?: number; before?: number; line?: number; lineRule?: 'auto' | 'exact' }
  firstLine?: number
  align?: 'left' | 'center' | 'right' | 'both'
}

const attr = (name: string, value: string | number | undefined) => (value === undefined ? '' : ` w:${name}="${value}"`)

function runProps(s: RunStyle): string {
  let out = ''
  if (s.font) out += `<w:rFonts w:ascii="${s.font.ascii}" w:cs="${s.font.cs}" w:eastAsia="${s.font.eastAsia}" w:hAnsi="${s.font.hAnsi}"/>`
  if (s.bold) out += '<w:b/><w:bCs/>'
  if (s.color) out += `<w:color w:val="${s.color}"/>`
  if (s.size) out += `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>`
  return out === '' ? '' : `<w:rPr>${out}</w:rPr>`
}

/** One run of data text (escaped here). */
function run(text: string, s: RunStyle = {}): string {
  return `<w:r>${runProps(s)}<w:t xml:space="preserve">${runText(text)}</w:t></w:r>`
}

const TAB = '<w:r><w:tab/></w:r>'
const BREAK = '<w:r><w:br/></w:r>'
/** How many columns (title-lines.ts: a Chinese character is 2, an em) a line holds at `size` pt. */
const columns = (size: number) => (2 * TEXT_WIDTH) / (size * 20)
/** A name or title as one line of words, to be broken where title-lines.ts says. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

function border(side: 'top' | 'bottom', b: Border): string {
  return `<w:${side} w:val="single" w:color="${b.color}" w:sz="${b.size}"${b.space === undefined ? '' : ` w:space="${b.space}"`}/>`
}

function paraProps(s: ParaStyle): string {
  let out = ''
  if (s.keepNext) out += '<w:keepNext/>'
  if (s.keepLines) out += '<w:keepLines/>'
  if (s.pageBreakBefore) out += '<w:pageBreakBefore/>'
  if (s.border) out += `<w:pBdr>${s.border.top ? border('top', s.border.top) : ''}${s.border.bottom ? border('bottom', s.border.bottom) : ''}</w:pBdr>`
  if (s.rightTab !== undefined) out += `<w:tabs><w:tab w:val="right" w:pos="${s.rightTab}"/></w:tabs>`
  if (s.spacing) {
    const { after, before, line, lineRule } = s.spacing
    out += `<w:spacing${attr('after', after)}${attr('before', before)}${attr('line', line)}${attr('lineRule', lineRule)}/>`
  }
  if (s.firstLine !== undefined) out += `<w:ind w:firstLine="${s.firstLine}"/>`
  if (s.align) out += `<w:jc w:val="${s.align}"/>`
  return out === '' ? '' : `<w:pPr>${out}</w:pPr>`
}

/** A paragraph of runs made by `run` (already XML). */
function para(runs: string, s: ParaStyle = {}): string {
  return `<w:p>${paraProps(s)}${runs}</w:p>`
}

/**
 * A paragraph of the minutes: first line indented by two characters; Chinese justified as
 * printed minutes are, English ragged as in the HTML brief (justified without hyphenation, a
 * 156 mm line at 16 pt opens wide gaps between words).
 */
function prose(p: Paragraph, lang: Lang, s: ParaStyle = {}): string {
  return para(p.map((r) => run(r.text, r.strong ? { bold: true } : {})).join(''), { ...s, firstLine: 640, align: lang === 'zh' ? 'both' : 'left' })
}

function heading(text: string, lang: Lang, s: ParaStyle = {}): string {
  return para(run(text, { bold: true, font: FONTS.heading }), { keepNext: true, firstLine: lang === 'zh' ? 640 : undefined, ...s })
}

const CELL_MARGINS = '<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/></w:tcMar>'
const TABLE_BORDERS = '<w:tblBorders>' + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="${BLACK}" w:sz="6"/>`).join('') + '</w:tblBorders>'

/** A table cell: one paragraph a line, 12 pt; `width` in percent of the table. */
function cell(lines: string[], width: number, opts: { header?: boolean; right?: boolean } = {}): string {
  const align = opts.header ? 'center' : opts.right ? 'right' : 'left'
  const style: RunStyle = { bold: opts.header, size: pt(12) }
  const paragraphs = lines.map((l) => para(run(l, style), { spacing: { line: 300, lineRule: 'auto' }, align })).join('')
  return `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${width * 50}"/>${CELL_MARGINS}</w:tcPr>${paragraphs}</w:tc>`
}

/**
 * A bordered table the width of the text, columns in percent (`widths`), the header row repeated
 * on each page, no row split across pages. Written row by row into `out`.
 */
function table(out: string[], header: string[], rows: string[][][], right: boolean[], widths: number[]): void {
  const grid = widths.map((w) => `<w:gridCol w:w="${Math.round((w / 100) * TEXT_WIDTH)}"/>`).join('')
  out.push(`<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/>${TABLE_BORDERS}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>`)
  out.push(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${header.map((h, i) => cell([h], widths[i]!, { header: true })).join('')}</w:tr>`)
  for (const r of rows) out.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c, i) => cell(c, widths[i]!, { right: right[i] })).join('')}</w:tr>`)
  out.push('</w:tbl>')
}

/**
 * Column widths in percent of the text width, per language. A column must hold its longest
 * word at 12 pt, or LibreOffice (which lays a table out by its grid) breaks the word: a date
 * 2022年12月31日 with the space put between Chinese and digits takes 24 %; "Progress" in bold
 * 12 %, "September" and "Association" 14 %, a chain's name such as "Pharmaceuticals" 20 %.
 */
const WIDTHS: Record<Lang, Record<'chain' | 'chainWithChange' | 'deadlines' | 'deadlinesOfChains', number[]>> = {
  zh: {
    chain: [31, 20, 25, 14, 10], // task, lead unit, due, status, progress
    chainWithChange: [26, 17, 25, 12, 9, 11], // … change
    deadlines: [31, 18, 25, 10, 16], // task, lead unit, due, progress, days (逾期671天)
    deadlinesOfChains: [22, 13, 14, 25, 10, 16], // task, chain, lead unit, due, progress, days
  },
  en: {
    chain: [29, 19, 24, 15, 13],
    chainWithChange: [26, 16, 18, 13, 13, 14],
    deadlines: [34, 18, 22, 13, 13],
    deadlinesOfChains: [24, 20, 15, 15, 13, 13],
  },
}

function chainTable(out: string[], chain: BriefChain, lang: Lang): void {
  const prev = chain.previousMeeting
  const header = [label('task', lang), label('owner', lang), label('due', lang), label('status', lang), label('progress', lang)]
  if (prev) header.push(label('change', lang, { date: formatDate(prev.date, lang) }))
  const rows = chain.tasks.map((t) => {
    const row = [[t.title], [t.owner.short], [formatDate(t.due, lang)], statusCell(t, lang), [formatPercent(t.progress)]]
    if (prev) row.push([formatChange(t.change)])
    return row
  })
  table(out, header, rows, [false, false, false, false, true, true], WIDTHS[lang][prev ? 'chainWithChange' : 'chain'])
}

function deadlineTable(out: string[], tasks: DeadlineTask[], overdue: boolean, brief: Brief): void {
  const { lang } = brief
  const many = brief.chains.length > 1
  const header = [label('task', lang), ...(many ? [label('chain', lang)] : []), label('owner', lang), label('due', lang), label('progress', lang), label('days', lang)]
  const rows = tasks.map((t) => [[t.title], ...(many ? [[t.chain]] : []), [t.owner.short], [formatDate(t.due, lang)], [formatPercent(t.progress)], [formatDays(t.days, overdue, lang)]])
  table(out, header, rows, [false, ...(many ? [false] : []), false, false, true, false], WIDTHS[lang][many ? 'deadlinesOfChains' : 'deadlines'])
}

/** The body of word/document.xml: the ten parts, in chunks. */
function body(brief: Brief): string[] {
  const { lang, head } = brief
  const out: string[] = []
  const thin = { color: BLACK, size: 6 }
  if (head.notice) out.push(para(titleLines(oneLine(head.notice), columns(12)).map((line) => run(line, { size: pt(12) })).join(BREAK), { align: 'center', border: { top: thin, bottom: thin }, spacing: { after: 200, line: 300, lineRule: 'auto' } }))
  if (head.issuer) {
    const issuerStyle: RunStyle = { bold: true, color: RED, size: pt(26), font: FONTS.title }
    const lines = titleLines(oneLine(head.issuer.name), columns(26))
    out.push(para(lines.map((line) => run(line, issuerStyle)).join(BREAK), { align: 'center', spacing: { before: 200, after: 200 } }))
  }
  out.push(para(run(head.number ?? '') + TAB + run(formatDate(brief.date, lang)), {
    rightTab: TEXT_WIDTH,
    border: { bottom: { color: RED, size: 18, space: 4 } },
    spacing: { after: 400 },
  }))
  const titleStyle: RunStyle = { bold: true, size: pt(22), font: FONTS.title }
  const title = titleLines(oneLine(briefTitle(head.title, lang)), columns(22))
  out.push(para(title.map((line) => run(line, titleStyle)).join(BREAK), { align: 'center', spacing: { after: 400, line: 640, lineRule: 'exact' } }))
  out.push(prose(leadParagraph(brief), lang))
  const part = (title: string, paragraphs: Paragraph[]) => {
    if (paragraphs.length === 0) return
    out.push(heading(title, lang), ...paragraphs.map((p) => prose(p, lang)))
  }
  part(label('reports', lang), reportParagraphs(brief))
  part(label('points', lang), pointParagraphs(brief))
  part(label('followUp', lang), followUpParagraphs(brief))
  part(label('problems', lang), problemParagraphs(brief))
  part(label('nextTasks', lang), decisionParagraphs(brief))
  const colon = lang === 'zh' ? '：' : ': '
  attendanceLines(brief).forEach((l, i) => out.push(para(run(l.label, { bold: true }) + run(colon + l.text), { spacing: { before: i === 0 ? 400 : 0 } })))
  out.push(heading(label('attachment', lang), lang, { pageBreakBefore: true, firstLine: undefined }))
  for (const chain of brief.chains) {
    out.push(para(run(chainProgressHeading(chain.name, lang), { bold: true }), { align: 'center', keepNext: true }))
    // the summary stays on the page of its table's first rows
    out.push(prose([{ text: chainSummary(chain, brief) }], lang, { keepNext: chain.tasks.length > 0 }))
    if (chain.tasks.length > 0) chainTable(out, chain, lang)
  }
  out.push(para(run(label('deadlines', lang, { window: brief.window }), { bold: true }), { align: 'center', keepNext: true, spacing: { before: 200 } }))
  if (brief.overdue.length === 0 && brief.dueSoon.length === 0) {
    out.push(prose([{ text: label('noDeadlines', lang, { date: formatDate(brief.asOf, lang), window: brief.window }) }], lang))
  }
  if (brief.overdue.length > 0) deadlineTable(out, brief.overdue, true, brief)
  if (brief.dueSoon.length > 0) deadlineTable(out, brief.dueSoon, false, brief)
  if (brief.distribution.length > 0) {
    const rule = { color: BLACK, size: 6, space: 2 }
    out.push(para(run(label('distribution', lang), { bold: true, size: pt(14) }) + run(colon + distributionText(brief), { size: pt(14) }), { keepLines: true, border: { top: rule, bottom: rule }, spacing: { before: 600 } }))
  }
  return out
}

/** The brief as a Word document (.docx bytes); the same brief gives the same bytes. */
export async function renderBriefDocx(brief: Brief): Promise<Uint8Array> {
  const { lang } = brief
  const draft = brief.head.draft ? para(run(label('draft', lang), { bold: true, color: RED, size: pt(14) }), { align: 'right' }) : undefined
  const footer = para(['— ', PAGE_FIELD, ' —'].map((t) => (t === PAGE_FIELD ? t : run(t, { size: pt(14) }))).join(''), { align: 'center' })
  const document = DOCUMENT_START + body(brief).join('') + sectionProps(draft !== undefined) + '</w:body></w:document>'
  return writeZip(packageParts({ lang, title: runText(briefTitle(brief.head.title, lang)), document, footer, header: draft }))
}

/** The page number as a field: what Word and LibreOffice fill in on each page. */
const PAGE_FIELD = ['<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve">PAGE</w:instrText>', '<w:fldChar w:fldCharType="separate"/>', '<w:fldChar w:fldCharType="end"/>']
  .map((x) => `<w:r>${runProps({ size: pt(14) })}${x}</w:r>`)
  .join('')
