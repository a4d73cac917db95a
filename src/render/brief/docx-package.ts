// The fixed parts of the Word brief's package (contract §6 docx, PITFALLS §9): content types,
// relationships, styles (the document defaults: fonts with the East Asian slot, 16 pt, the
// languages, exact 28.9 pt lines), settings, footer and draft header, and docProps with the title
// and no clock. docx.ts writes the document itself; the parts come out in a fixed order, with
// relationship ids of their own, so the same brief gives the same package.
import type { Lang } from '../../model/types.js'
import type { ZipEntry } from '../fixed-zip.js'

/** The four font slots of a run: Latin (ascii, hAnsi), East Asian, complex script. */
export interface Fonts {
  ascii: string
  hAnsi: string
  eastAsia: string
  cs: string
}

const MM = 56.7 // twips per millimetre

/** A4 with the GB/T 9704 margins (37, 35, 28, 26 mm), header and footer 20 mm from the edge; twips. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), header: Math.round(20 * MM), footer: Math.round(20 * MM) },
} as const

const LATIN = 'Times New Roman'
const BODY_FONTS: Fonts = { ascii: LATIN, hAnsi: LATIN, eastAsia: 'FangSong', cs: LATIN }

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** The namespaces Word declares on a document it writes, the compatibility ones marked ignorable. */
const DOCUMENT_NAMESPACES = [
  'mc:Ignorable="w14 w15 wp14"',
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  `xmlns:r="${R}"`,
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:w10="urn:schemas-microsoft-com:office:word"',
  `xmlns:w="${W}"`,
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"',
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"',
  'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk"',
  'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex"',
  'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex"',
  'xmlns:cx2="http://schemas.microsoft.com/office/drawing/2015/10/21/chartex"',
  'xmlns:cx3="http://schemas.microsoft.com/office/drawing/2016/5/9/chartex"',
  'xmlns:cx4="http://schemas.microsoft.com/office/drawing/2016/5/10/chartex"',
  'xmlns:cx5="http://schemas.microsoft.com/office/drawing/2016/5/11/chartex"',
  'xmlns:cx6="http://schemas.microsoft.com/office/drawing/2016/5/12/chartex"',
  'xmlns:cx7="http://schemas.microsoft.com/office/drawing/2016/5/13/chartex"',
  'xmlns:cx8="http://schemas.microsoft.com/office/drawing/2016/5/14/chartex"',
  'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink"',
  'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d"',
  'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"',
  'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"',
  'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml"',
  'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash"',
  'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex"',
]

/** word/document.xml up to the first block of the body. */
export const DOCUMENT_START = `${XML}<w:document ${DOCUMENT_NAMESPACES.join(' ')}><w:body>`

// Relationship ids of word/document.xml: the styles and settings, then the header (a draft only)
// and the footer.
const STYLES_ID = 'rId1'
const SETTINGS_ID = 'rId5'
const headerId = () => 'rId6'
const footerId = (hasHeader: boolean) => (hasHeader ? 'rId7' : 'rId6')

/** The section's properties, last in the body: A4 portrait, the margins, the footer (and the draft header). */
export function sectionProps(hasHeader: boolean): string {
  const { width, height, margin: m } = PAGE
  return '<w:sectPr>'
    + (hasHeader ? `<w:headerReference w:type="default" r:id="${headerId()}"/>` : '')
    + `<w:footerReference w:type="default" r:id="${footerId(hasHeader)}"/>`
    + `<w:pgSz w:w="${width}" w:h="${height}" w:orient="portrait"/>`
    + `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>`
    + '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>'
}

const fontsXml = (f: Fonts) => `<w:rFonts w:ascii="${f.ascii}" w:cs="${f.cs}" w:eastAsia="${f.eastAsia}" w:hAnsi="${f.hAnsi}"/>`

/**
 * word/styles.xml: the document defaults every run and paragraph inherits, and the two default
 * styles. Chinese text is zh-CN (the East Asian slot), Latin text en-US in both languages, as
 * Word writes a Chinese document: with zh-CN in the Latin slot, LibreOffice breaks English
 * names in a Chinese paragraph anywhere ("Industria-l"). The brief's own language is the
 * package's (docProps/core.xml `dc:language`).
 */
function stylesXml(): string {
  return `${XML}<w:styles xmlns:w="${W}">`
    + '<w:docDefaults><w:rPrDefault><w:rPr>'
    + `${fontsXml(BODY_FONTS)}<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>`
    + '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="578" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + '<w:style w:type="table" w:styleId="TableNormal" w:default="1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    + '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    + '</w:styles>'
}

/** word/settings.xml: Word 2013+ layout (compatibility mode 15), half-inch default tab stops. */
const SETTINGS = `${XML}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/>`
  + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'

const headerFooter = (root: 'w:hdr' | 'w:ftr', paragraph: string) => `${XML}<${root} xmlns:w="${W}" xmlns:r="${R}">${paragraph}</${root}>`

/** docProps/core.xml with the title (already XML-escaped), the language and no dates: the package carries no clock. */
function coreXml(title: string, lang: Lang): string {
  return XML
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${title}</dc:title><dc:creator>chainchief</dc:creator><dc:language>${lang === 'zh' ? 'zh-CN' : 'en-US'}</dc:language></cp:coreProperties>`
}

const APP = `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>chainchief</Application></Properties>`

const relationships = (rels: Array<[id: string, type: string, target: string]>) => `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')
  + '</Relationships>'

const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml'

function contentTypes(hasHeader: boolean): string {
  const overrides: Array<[string, string]> = [
    ['/word/document.xml', `${WML}.document.main+xml`],
    ['/word/styles.xml', `${WML}.styles+xml`],
    ['/word/settings.xml', `${WML}.settings+xml`],
    ...(hasHeader ? [['/word/header1.xml', `${WML}.header+xml`] as [string, string]] : []),
    ['/word/footer1.xml', `${WML}.footer+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
  ]
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')
    + '</Types>'
}

export interface PackageInput {
  lang: Lang
  /** The document's title, XML-escaped. */
  title: string
  /** word/document.xml, whole. */
  document: string
  /** The footer's paragraph(s), and the draft header's, as WordprocessingML. */
  footer: string
  header?: string
}

/** Every part of the package, in the order they are zipped. */
export function packageParts(input: PackageInput): ZipEntry[] {
  const hasHeader = input.header !== undefined
  const parts: Array<[string, string]> = [
    ['[Content_Types].xml', contentTypes(hasHeader)],
    ['_rels/.rels', relationships([
      ['rId1', `${REL}/officeDocument`, 'word/document.xml'],
      ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      ['rId3', `${REL}/extended-properties`, 'docProps/app.xml'],
    ])],
    ['word/document.xml', input.document],
    ['word/_rels/document.xml.rels', relationships([
      [STYLES_ID, `${REL}/styles`, 'styles.xml'],
      [SETTINGS_ID, `${REL}/settings`, 'settings.xml'],
      ...(hasHeader ? [[headerId(), `${REL}/header`, 'header1.xml'] as [string, string, string]] : []),
      [footerId(hasHeader), `${REL}/footer`, 'footer1.xml'],
    ])],
    ['word/styles.xml', stylesXml()],
    ['word/settings.xml', SETTINGS],
    ...(input.header !== undefined ? [['word/header1.xml', headerFooter('w:hdr', input.header)] as [string, string]] : []),
    ['word/footer1.xml', headerFooter('w:ftr', input.footer)],
    ['docProps/core.xml', coreXml(input.title, input.lang)],
    ['docProps/app.xml', APP],
  ]
  return parts.map(([name, text]) => ({ name, data: new Uint8Array(Buffer.from(text, 'utf8')) }))
}
