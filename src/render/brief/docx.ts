// Contract §6 `--format docx`: the same ten parts as markdown and HTML, from prose.ts, as a
// Word document: A4 with the GB/T 9704 margins, FangSong at 16 pt with the East Asian font slot
// set, the title at 22 pt, the head in red over a red rule, page numbers "— 1 —" in the footer,
// tables with borders whose header row repeats, language zh-CN or en-US. The docx package is
// loaded only here, only when asked for; the package is re-zipped by fixed-zip.ts with a fixed
// date and docProps/core.xml carries no clock, so the same brief gives the same bytes.
import type { IParagraphOptions, IRunOptions, Paragraph as DocxParagraph, Table as DocxTable } from 'docx'
import type { Brief, BriefChain, DeadlineTask } from '../../report/brief/index.js'
import type { Lang } from '../../model/types.js'
import { wordText as wordSafe } from '../escape.js'
import { readZip, writeZip } from '../fixed-zip.js'
import { briefTitle, formatChange, formatDate, formatDays, formatPercent, label, statusCell } from './labels.js'
import {
  attendanceLines, chainSummary, decisionParagraphs, distributionText, followUpParagraphs, leadParagraph, pointParagraphs,
  problemParagraphs, reportParagraphs, type Paragraph,
} from './prose.js'

type Docx = typeof import('docx')

/** Text for one run: XML-safe (escape.ts), and a line break in a name made a space, so a run is one line. */
const wordText = (text: string): string => wordSafe(text).replace(/\s+/g, ' ')

const MM = 56.7 // twips per millimetre
const RED = 'C00000'
const pt = (n: number) => n * 2 // half-points

function fonts(lang: Lang) {
  const latin = 'Times New Roman'
  return {
    body: { ascii: latin, hAnsi: latin, eastAsia: 'FangSong', cs: latin },
    title: { ascii: latin, hAnsi: latin, eastAsia: 'SimSun', cs: latin },
    heading: lang === 'zh' ? { ascii: latin, hAnsi: latin, eastAsia: 'SimHei', cs: latin } : { ascii: latin, hAnsi: latin, eastAsia: 'SimHei', cs: latin },
  }
}

class Builder {
  readonly f: ReturnType<typeof fonts>
  constructor(private d: Docx, private lang: Lang) {
    this.f = fonts(lang)
  }

  run(text: string, opts: IRunOptions = {}) {
    return new this.d.TextRun({ ...opts, text: wordText(text) })
  }

  para(runs: ReturnType<Builder['run']>[], opts: IParagraphOptions = {}): DocxParagraph {
    return new this.d.Paragraph({ ...opts, children: runs })
  }

  /** A paragraph of the minutes: first line indented by two characters, exact 28.9 pt lines (22 a page). */
  prose(p: Paragraph): DocxParagraph {
    return this.para(p.map((r) => this.run(r.text, r.strong ? { bold: true } : {})), {
      indent: { firstLine: 640 },
      alignment: this.d.AlignmentType.JUSTIFIED,
    })
  }

  heading(text: string, opts: IParagraphOptions = {}): DocxParagraph {
    return this.para([this.run(text, { bold: true, font: this.f.heading })], { keepNext: true, indent: this.lang === 'zh' ? { firstLine: 640 } : undefined, ...opts })
  }

  cell(lines: string[], opts: { header?: boolean; right?: boolean; width?: number } = {}) {
    const { d } = this
    return new d.TableCell({
      children: lines.map((l) => this.para([this.run(l, { bold: opts.header, size: pt(12) })], {
        alignment: opts.header ? d.AlignmentType.CENTER : opts.right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        spacing: { line: 300, lineRule: d.LineRuleType.AUTO },
      })),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(opts.width ? { width: { size: opts.width, type: d.WidthType.PERCENTAGE } } : {}),
    })
  }

  table(header: string[], rows: string[][][], right: boolean[], widths: number[]): DocxTable {
    const { d } = this
    const border = { style: d.BorderStyle.SINGLE, size: 6, color: '000000' }
    return new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [
        new d.TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => this.cell([h], { header: true, width: widths[i] })) }),
        ...rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((c, i) => this.cell(c, { right: right[i], width: widths[i] })) })),
      ],
    })
  }
}

function chainTable(b: Builder, chain: BriefChain, lang: Lang): DocxTable {
  const prev = chain.previousMeeting
  const header = [label('task', lang), label('owner', lang), label('due', lang), label('status', lang), label('progress', lang)]
  if (prev) header.push(label('change', lang, { date: formatDate(prev.date, lang) }))
  const rows = chain.tasks.map((t) => {
    const row = [[t.title], [t.owner.short], [formatDate(t.due, lang)], statusCell(t, lang), [formatPercent(t.progress)]]
    if (prev) row.push([formatChange(t.change)])
    return row
  })
  const widths = prev ? [30, 18, 20, 12, 9, 11] : [34, 20, 22, 14, 10]
  return b.table(header, rows, [false, false, false, false, true, true], widths)
}

function deadlineTable(b: Builder, tasks: DeadlineTask[], overdue: boolean, brief: Brief): DocxTable {
  const { lang } = brief
  const many = brief.chains.length > 1
  const header = [label('task', lang), ...(many ? [label('chain', lang)] : []), label('owner', lang), label('due', lang), label('progress', lang), label('days', lang)]
  const rows = tasks.map((t) => [[t.title], ...(many ? [[t.chain]] : []), [t.owner.short], [formatDate(t.due, lang)], [formatPercent(t.progress)], [formatDays(t.days, overdue, lang)]])
  const widths = many ? [30, 14, 16, 16, 10, 14] : [38, 18, 18, 10, 16]
  return b.table(header, rows, [false, ...(many ? [false] : []), false, false, true, false], widths)
}

function body(d: Docx, b: Builder, brief: Brief): Array<DocxParagraph | DocxTable> {
  const { lang, head } = brief
  const out: Array<DocxParagraph | DocxTable> = []
  const center = d.AlignmentType.CENTER
  if (head.notice) out.push(b.para([b.run(head.notice, { size: pt(12) })], { alignment: center, border: { top: { style: d.BorderStyle.SINGLE, size: 6, color: '000000' }, bottom: { style: d.BorderStyle.SINGLE, size: 6, color: '000000' } }, spacing: { after: 200 } }))
  if (head.issuer) out.push(b.para([b.run(head.issuer.name, { bold: true, color: RED, size: pt(26), font: b.f.title })], { alignment: center, spacing: { before: 200, after: 200 } }))
  out.push(b.para([b.run(head.number ?? ''), new d.TextRun({ children: [new d.Tab()] }), b.run(formatDate(brief.date, lang))], {
    tabStops: [{ type: d.TabStopType.RIGHT, position: d.TabStopPosition.MAX }],
    border: { bottom: { style: d.BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
    spacing: { after: 400 },
  }))
  out.push(b.para([b.run(briefTitle(head.title, lang), { bold: true, size: pt(22), font: b.f.title })], { alignment: center, spacing: { after: 400, line: 640, lineRule: d.LineRuleType.EXACT } }))
  out.push(b.prose(leadParagraph(brief)))
  const part = (heading: string, paragraphs: Paragraph[]) => {
    if (paragraphs.length === 0) return
    out.push(b.heading(heading), ...paragraphs.map((p) => b.prose(p)))
  }
  part(label('reports', lang), reportParagraphs(brief))
  part(label('points', lang), pointParagraphs(brief))
  part(label('followUp', lang), followUpParagraphs(brief))
  part(label('problems', lang), problemParagraphs(brief))
  part(label('nextTasks', lang), decisionParagraphs(brief))
  const colon = lang === 'zh' ? '：' : ': '
  attendanceLines(brief).forEach((l, i) => out.push(b.para([b.run(l.label, { bold: true }), b.run(colon + l.text)], { spacing: { before: i === 0 ? 400 : 0 } })))
  out.push(b.heading(label('attachment', lang), { pageBreakBefore: true, indent: undefined }))
  for (const chain of brief.chains) {
    out.push(b.para([b.run(label('chainProgress', lang, { chain: chain.name }), { bold: true })], { alignment: center, keepNext: true }))
    out.push(b.prose([{ text: chainSummary(chain, brief) }]))
    if (chain.tasks.length > 0) out.push(chainTable(b, chain, lang))
  }
  out.push(b.para([b.run(label('deadlines', lang, { window: brief.window }), { bold: true })], { alignment: center, keepNext: true, spacing: { before: 200 } }))
  if (brief.overdue.length === 0 && brief.dueSoon.length === 0) {
    out.push(b.prose([{ text: label('noDeadlines', lang, { date: formatDate(brief.asOf, lang), window: brief.window }) }]))
  }
  if (brief.overdue.length > 0) out.push(deadlineTable(b, brief.overdue, true, brief))
  if (brief.dueSoon.length > 0) out.push(deadlineTable(b, brief.dueSoon, false, brief))
  if (brief.distribution.length > 0) {
    const rule = { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 2 }
    out.push(b.para([b.run(label('distribution', lang), { bold: true, size: pt(14) }), b.run(colon + distributionText(brief), { size: pt(14) })], { border: { top: rule, bottom: rule }, spacing: { before: 600 }, keepLines: true }))
  }
  return out
}

/** docProps/core.xml with the title and no dates: the package carries no clock. */
function coreXml(title: string): string {
  const escaped = wordText(title).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escaped}</dc:title><dc:creator>chainchief</dc:creator></cp:coreProperties>`
}

/** The brief as a Word document (.docx bytes); the same brief gives the same bytes. */
export async function renderBriefDocx(brief: Brief): Promise<Uint8Array> {
  const d: Docx = await import('docx')
  const { lang } = brief
  const b = new Builder(d, lang)
  const title = briefTitle(brief.head.title, lang)
  const footer = new d.Footer({
    children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: ['— ', d.PageNumber.CURRENT, ' —'], size: pt(14) })] })],
  })
  const draft = brief.head.draft
    ? new d.Header({ children: [b.para([b.run(label('draft', lang), { bold: true, color: RED, size: pt(14) })], { alignment: d.AlignmentType.RIGHT })] })
    : undefined
  const doc = new d.Document({
    title: wordText(title),
    creator: 'chainchief',
    styles: {
      default: {
        document: {
          run: { font: b.f.body, size: pt(16), language: { value: lang === 'zh' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: 578, lineRule: d.LineRuleType.EXACT } },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: 11906, height: 16838 },
          margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), header: Math.round(20 * MM), footer: Math.round(20 * MM) },
        },
      },
      footers: { default: footer },
      ...(draft ? { headers: { default: draft } } : {}),
      children: body(d, b, brief),
    }],
  })
  const packed = await d.Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title) }])
  return writeZip(readZip(new Uint8Array(packed)))
}
