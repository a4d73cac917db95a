// The committed example briefs (examples/briefs/) are what the brief functions give today (the
// html one through the CLI, as `npm run briefs` writes it), and the example brief as a
// whole-output snapshot in both languages (contract §6).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURES, ROOT, runCli, scratchDir } from '../helpers/run-cli.js'
// @ts-expect-error: a plain ES module script without type declarations
import { BRIEFS, briefArgs } from '../../examples/briefs/generate.mjs'

type Entry = { meeting: string; lang: string; format: string; file: string }
const scratch = scratchDir()
afterAll(() => scratch.cleanup())

describe('examples/briefs', () => {
  it('lists markdown, HTML and Word in both languages', () => {
    expect((BRIEFS as Entry[]).map((b) => b.file)).toEqual(['en', 'zh'].flatMap((lang) => ['md', 'html', 'docx'].map((ext) => `2022-12-07-textile-garment.${lang}.${ext}`)))
  })

  for (const brief of BRIEFS as Entry[]) {
    it(`${brief.file} equals the output of \`chainchief ${briefArgs(brief).join(' ')}\` (run npm run briefs after a change)`, () => {
      const committed = readFileSync(join(ROOT, 'examples/briefs', brief.file))
      if (brief.format === 'docx') {
        const out = join(scratch.dir, brief.file)
        const run = runCli(briefArgs(brief, out))
        expect(run.stderr.endsWith(` ${out}\n`)).toBe(true) // "wrote <file>" in the brief's language
        expect(run.code).toBe(0)
        expect(readFileSync(out).equals(committed)).toBe(true)
        return
      }
      const run = runCli(briefArgs(brief))
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.stdout).toBe(committed.toString('utf8'))
    })
  }
})

describe('the example brief, whole output', () => {
  for (const lang of ['en', 'zh']) {
    for (const [format, ext] of [['markdown', 'md'], ['html', 'html']]) {
      it(`${format}, ${lang}`, async () => {
        const run = runCli(['brief', '2022-12-07-textile-garment', '-w', join(FIXTURES, 'good'), '--lang', lang, '--format', format!])
        expect(run.code).toBe(0)
        await expect(run.stdout).toMatchFileSnapshot(`__snapshots__/2022-12-07-textile-garment.${lang}.${ext}`)
      })
    }
  }
})
