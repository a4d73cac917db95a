// The Word briefs read by a second program (PITFALLS §9): LibreOffice converts each example
// brief to text, and the text holds the head, the title, the parts and the tables' cells, in
// order. Skipped where LibreOffice is not installed (`apt-get install libreoffice-writer`).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/run-cli.js'

const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0)

describe.skipIf(soffice === undefined)('the example Word briefs in LibreOffice', () => {
  it('open and read as the minutes, in order, in both languages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chainchief-docx-'))
    try {
      const files = ['en', 'zh'].map((lang) => join(ROOT, `examples/briefs/2022-12-07-textile-garment.${lang}.docx`))
      const run = spawnSync(soffice!, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, ...files], { encoding: 'utf8', timeout: 120_000 })
      expect(run.status, run.stderr).toBe(0)
      const en = readFileSync(join(dir, '2022-12-07-textile-garment.en.txt'), 'utf8')
      const zh = readFileSync(join(dir, '2022-12-07-textile-garment.zh.txt'), 'utf8')
      const inOrder = (text: string, parts: string[]) => {
        let at = 0
        for (const part of parts) {
          const next = text.indexOf(part, at)
          expect(next, part).toBeGreaterThanOrEqual(0)
          at = next + part.length
        }
      }
      inOrder(en, ['Secretariat of the Textile', 'and Garment Chain', '7 December 2022', 'Minutes of the Special Meeting', 'Reports heard', 'Arrangements for the next stage', 'Present', 'Attachment', 'Textiles and Garments: key tasks', 'Lead unit', 'Compile the chain\'s "N lists"', 'Overdue tasks and tasks due within 30 days'])
      inOrder(zh, ['纺织服装产业链秘书处', '2022年12月7日', '全省纺织服装产业链', '"链长制"专题推进会议纪要', '会议听取', '下步工作安排', '出席', '附件', '纺织服装产业链重点任务推进情况', '牵头单位', '逾期及30天内到期任务'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)
})
