// The Word brief (contract §6 docx): a package Word opens without repair — every XML part well
// formed, the parts Word needs, every relationship resolving — with the East Asian font slot,
// zh-CN / en-US, A4 and the GB/T 9704 margins, page numbers in the footer, bordered tables
// whose header row repeats; the same brief gives the same bytes; hostile text stays text.
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { checkWorkspace } from '../../src/check/run-checks.js'
import { buildBrief } from '../../src/report/brief/index.js'
import { renderBrief } from '../../src/render/brief/index.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { FIXTURES } from '../helpers/run-cli.js'

const good = checkWorkspace(loadWorkspace(join(FIXTURES, 'good')), { asOf: '2026-11-27' }).model
const hostile = checkWorkspace(loadWorkspace(join(FIXTURES, 'brief')), { asOf: '2026-01-01' }).model

/** A small well-formedness check: tags nest and close, attributes are quoted, no bare & or <. */
function wellFormed(xml: string): string | undefined {
  const body = xml.replace(/^<\?xml[^?]*\?>/, '')
  const stack: string[] = []
  const re = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(body))) {
    if (m[6]) return `stray < at ${m.index}`
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(m[5])) return `bare & at ${m.index}`
      continue
    }
    if (m[4]) continue
    if (m[1]) {
      if (stack.pop() !== m[2]) return `</${m[2]}> closes the wrong element at ${m.index}`
    } else stack.push(m[2]!)
  }
  return stack.length === 0 ? undefined : `unclosed ${stack.join(', ')}`
}

async function parts(lang: 'en' | 'zh', model = good, meeting = '2022-12-07-textile-garment') {
  const bytes = await renderBrief(buildBrief(model, meeting, { lang }), { format: 'docx' })
  return { bytes, files: unzipSync(bytes) }
}

describe('brief --format docx', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: every part is well-formed XML and every relationship resolves`, async () => {
      const { files } = await parts(lang)
      const names = Object.keys(files)
      for (const required of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']) {
        expect(names).toContain(required)
      }
      for (const name of names.filter((n) => /\.(xml|rels)$/.test(n))) {
        expect(wellFormed(strFromU8(files[name]!)), name).toBeUndefined()
      }
      for (const rels of names.filter((n) => n.endsWith('.rels'))) {
        const base = rels.replace(/_rels\/[^/]*\.rels$/, '')
        for (const [, target, mode] of strFromU8(files[rels]!).matchAll(/Target="([^"]+)"(?: TargetMode="(\w+)")?/g)) {
          if (mode === 'External') continue
          const path = target!.startsWith('/') ? target!.slice(1) : base + target
          expect(names, `${rels} → ${target}`).toContain(path.replace(/[^/]+\/\.\.\//g, ''))
        }
      }
      const types = strFromU8(files['[Content_Types].xml']!)
      for (const name of names.filter((n) => n.endsWith('.xml') && n !== '[Content_Types].xml')) {
        const ext = types.includes(`PartName="/${name}"`) || types.includes('Extension="xml"')
        expect(ext, name).toBe(true)
      }
      for (const [, part] of types.matchAll(/PartName="\/([^"]+)"/g)) expect(names, `[Content_Types].xml names ${part}`).toContain(part)
    })
  }

  it('zh: East Asian font slot, zh-CN, A4 with the GB/T 9704 margins, page numbers, bordered tables with a repeating header', async () => {
    const { files } = await parts('zh')
    const styles = strFromU8(files['word/styles.xml']!)
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="FangSong"/)
    // Chinese text zh-CN, Latin text en-US (with zh-CN there, LibreOffice breaks English words anywhere)
    expect(styles).toMatch(/<w:lang [^>]*w:val="en-US"[^>]*w:eastAsia="zh-CN"/)
    expect(strFromU8(files['docProps/core.xml']!)).toContain('<dc:language>zh-CN</dc:language>')
    expect(styles).toContain('<w:sz w:val="32"/>')
    const doc = strFromU8(files['word/document.xml']!)
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588"/)
    expect(doc).toContain('<w:tblHeader/>')
    expect(doc).toContain('<w:cantSplit/>')
    expect(doc).toMatch(/<w:tblBorders><w:top w:val="single"/)
    expect(doc).toContain('<w:color w:val="C00000"/>')
    expect(doc).toContain('会议听取了纺织服装产业链秘书处关于')
    const footer = Object.keys(files).find((n) => /^word\/footer\d*\.xml$/.test(n))!
    expect(strFromU8(files[footer]!)).toMatch(/— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —/s)
  })

  it('en: en-US with the East Asian slot kept for Chinese names', async () => {
    const { files } = await parts('en')
    expect(strFromU8(files['word/styles.xml']!)).toMatch(/<w:lang [^>]*w:val="en-US"[^>]*w:eastAsia="zh-CN"/)
    expect(strFromU8(files['docProps/core.xml']!)).toContain('<dc:language>en-US</dc:language>')
  })

  it('the Chinese title breaks between words, never inside “链长制”; the date sits at the right margin', async () => {
    const doc = strFromU8((await parts('zh')).files['word/document.xml']!)
    const title = /<w:p><w:pPr><w:spacing w:after="400" w:line="640" w:lineRule="exact"\/><w:jc w:val="center"\/><\/w:pPr>(.*?)<\/w:p>/.exec(doc)![1]!
    const lines = title.split('<w:r><w:br/></w:r>').map((l) => [...l.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    expect(lines).toEqual(['全省纺织服装产业链', '&quot;链长制&quot;专题推进会议纪要'])
    // the text is 210 - 28 - 26 mm wide: 8844 twips
    expect(doc).toContain('<w:tabs><w:tab w:val="right" w:pos="8844"/></w:tabs>')
  })

  it('every table\'s columns add up to the width of the text', async () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const [model, meeting] of [[good, '2022-12-07-textile-garment'], [hostile, '2024-06-01-alpha'], [hostile, '2024-04-01-alpha']] as const) {
        const doc = strFromU8((await parts(lang, model, meeting)).files['word/document.xml']!)
        for (const [, grid] of doc.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)) {
          const cols = [...grid!.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]))
          expect(Math.abs(cols.reduce((a, b) => a + b, 0) - 8844), `${lang} ${meeting}`).toBeLessThanOrEqual(3)
        }
      }
    }
  })

  it('the same brief gives the same bytes; the package carries no clock', async () => {
    const a = await parts('zh')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const b = await parts('zh')
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true)
    expect(strFromU8(a.files['docProps/core.xml']!)).not.toMatch(/dcterms:(created|modified)/)
  })

  it('hostile text stays text: <, &, ]]>, controls and newlines never break the XML', async () => {
    const { files } = await parts('en', hostile, '2024-04-01-alpha')
    const doc = strFromU8(files['word/document.xml']!)
    expect(wellFormed(doc)).toBeUndefined()
    expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt; task')
    expect(doc).toContain('+ plus &amp; &amp;amp; entity')
    expect(doc).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    expect(doc).toContain('Pipe | task with newline') // the newline in the title became a space
  })
})
