// The style sheet of the printable brief (contract §6, GB/T 9704): A4 with margins of 37 mm top,
// 35 mm bottom, 28 mm left and 26 mm right; body in a FangSong stack at 16 pt (三号) falling back
// to a CJK serif every system has; title at 22 pt (二号) in a bold serif stack; the head in red
// over a red rule; page numbers "— 1 —" in 14 pt (四号) through CSS page-margin boxes, so the
// browser prints no header or footer of its own; header rows repeated and rows kept whole.
// No url(), no @import: the page fetches nothing. Every string in here is ours.
import type { Lang } from '../../model/types.js'

const CJK_SERIF = '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", STSong, SimSun, "Noto Serif SC"'
const FANGSONG = `"FangSong_GB2312", "仿宋_GB2312", FangSong, "仿宋", STFangsong, ${CJK_SERIF}, serif`
const TITLE = `"FZXiaoBiaoSong-B05S", "方正小标宋简体", ${CJK_SERIF}, serif`
const LATIN = '"Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif"'

function pageRule(lang: Lang, draft: boolean): string {
  const mark = draft ? `\n  @top-right { content: "${lang === 'zh' ? '征求意见稿' : 'DRAFT'}"; font: bold 14pt ${TITLE}; color: #c00; vertical-align: bottom; padding-bottom: 6mm; }` : ''
  return `@page {
  size: A4;
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font: 14pt ${LATIN}, ${CJK_SERIF}, serif; vertical-align: top; padding-top: 7mm; }${mark}
}`
}

/** The style sheet for a brief in `lang`; a draft adds its mark to every page. */
export function briefCss(lang: Lang, draft: boolean): string {
  const body = lang === 'zh' ? FANGSONG : `${LATIN}, ${FANGSONG}`
  const title = lang === 'zh' ? TITLE : `${LATIN}, ${TITLE}`
  return `${pageRule(lang, draft)}
html {
  font-family: ${body};
  font-size: 16pt;
  /* 22 lines to the 225 mm text block in Chinese (GB/T 9704); Latin text needs less lead. */
  line-height: ${lang === 'zh' ? '28.9pt' : '24pt'};
  color: #000;
  background: #fff;
}
body { margin: 0 auto; max-width: 156mm; }
@media screen {
  body { padding: 20mm 8mm; }
  .draft-screen { display: block; }
}
.draft-screen { display: none; text-align: right; color: #c00; font-weight: bold; }
.notice { margin: 0 0 4mm; font-size: 12pt; line-height: 1.5; text-align: center; border: 0.75pt solid #000; padding: 1mm 3mm; }
.issuer { margin: 0; text-align: center; color: #c00; font: bold 26pt/1.3 ${title}; letter-spacing: 0.05em; text-wrap: balance; }
.number-date { display: flex; justify-content: space-between; margin: 3mm 0 0; }
.red-rule { border: 0; border-top: 1.5pt solid #c00; margin: 2mm 0 8mm; }
h1 { font: bold 22pt/1.45 ${title}; text-align: center; margin: 0 0 8mm; text-wrap: balance; }
.keep { white-space: nowrap; }
h2 { font-size: 16pt; font-weight: bold; margin: 0; ${lang === 'zh' ? 'text-indent: 2em; font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif;' : ''} break-after: avoid; page-break-after: avoid; }
h3 { font-size: 16pt; font-weight: bold; margin: 4mm 0 0; text-align: center; break-after: avoid; page-break-after: avoid; }
/* Chinese lines are justified as printed minutes are; English is set ragged, since without
   hyphenation a justified 156 mm line at 16 pt opens wide gaps. */
p { margin: 0; orphans: 2; widows: 2; text-align: ${lang === 'zh' ? 'justify' : 'left'}; text-indent: 2em; }
section + section { margin-top: 0; }
.attendance { margin-top: 8mm; }
.attendance p { text-indent: ${lang === 'zh' ? '-3em' : '-2em'}; padding-left: ${lang === 'zh' ? '3em' : '2em'}; text-align: left; }
.attachment { break-before: page; page-break-before: always; }
.attachment > h2 { text-indent: 0; font-family: inherit; }
.attachment p { text-indent: 2em; }
table {
  width: 100%;
  table-layout: fixed;
  border-collapse: collapse;
  margin: 3mm 0 5mm;
  font-size: 12pt;
  line-height: 1.45;
  text-indent: 0;
}
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td {
  border: 0.75pt solid #000;
  padding: 1mm 1.5mm;
  text-align: left;
  vertical-align: top;
  overflow-wrap: anywhere;
}
th { font-weight: bold; text-align: center; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.date { white-space: nowrap; }
td.status span { display: block; white-space: nowrap; }
td.status .mark { font-weight: bold; }
/* Fixed column widths: a date or a status word never wraps or runs into its neighbour. */
col.title { width: ${lang === 'zh' ? '34%' : '28%'}; }
col.owner { width: ${lang === 'zh' ? '21%' : '20%'}; }
col.date { width: ${lang === 'zh' ? '19%' : '22%'}; }
col.status { width: ${lang === 'zh' ? '12%' : '16%'}; }
col.days { width: ${lang === 'zh' ? '14%' : '16%'}; }
.distribution { margin-top: 10mm; border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; padding: 1mm 0; break-inside: avoid; page-break-inside: avoid; }
.distribution p { text-indent: 0; padding-left: 1em; font-size: 14pt; line-height: 1.6; }
strong { font-weight: bold; }
`
}
