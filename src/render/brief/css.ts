// The style sheet of the printable brief (contract §6): A4 with margins, a serif font stack
// that has Chinese glyphs on Linux, macOS and Windows, rows that never split across pages and
// table headers repeated on each page. No url(), no @import: the page fetches nothing.
export const BRIEF_CSS = `@page {
  size: A4;
  margin: 20mm 18mm 20mm 18mm;
}
html {
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", SimSun, "Noto Serif", "Times New Roman", serif;
  font-size: 10.5pt;
  line-height: 1.55;
  color: #000;
  background: #fff;
}
body {
  margin: 0 auto;
  max-width: 174mm;
}
@media screen {
  body { padding: 12mm 8mm; }
}
header { text-align: center; margin-bottom: 6mm; }
h1 { font-size: 17pt; line-height: 1.35; margin: 0 0 2mm; font-weight: bold; }
.subtitle { margin: 0; font-size: 11pt; }
h2 {
  font-size: 13pt;
  margin: 6mm 0 2mm;
  padding-bottom: 1mm;
  border-bottom: 0.75pt solid #000;
  break-after: avoid;
  page-break-after: avoid;
}
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
p { margin: 1.5mm 0; orphans: 2; widows: 2; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 2mm 0; }
dt { font-weight: bold; }
dd { margin: 0; }
ol.items { list-style: none; padding: 0; margin: 2mm 0; }
ol.items li { margin: 0 0 2mm; break-inside: avoid; page-break-inside: avoid; }
ol.items li p { margin: 0.5mm 0; }
.no { font-weight: bold; }
.tasks, .meta, .note { font-size: 9.5pt; }
.decisions .meta { padding-left: 2em; }
.label { font-weight: bold; }
table {
  width: 100%;
  border-collapse: collapse;
  margin: 2mm 0 3mm;
  font-size: 9.5pt;
  line-height: 1.4;
}
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td {
  border: 0.5pt solid #444;
  padding: 1.2mm 1.8mm;
  text-align: left;
  vertical-align: top;
  overflow-wrap: break-word;
}
th { background: #eee; font-weight: bold; word-break: keep-all; }
/* Status words stay whole: 未解决 never breaks into one character per line. */
td.status { word-break: keep-all; }
.num { text-align: right; }
td.num, td.date { white-space: nowrap; }
table.tasks td:first-child, table.deadlines td:first-child, table.problems td:first-child { width: 32%; }
.overdue { font-weight: bold; }
table.summary { width: auto; }
@media print {
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
