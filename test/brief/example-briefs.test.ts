// The committed example briefs (examples/briefs/) are what the brief functions give today (the
// html one through the CLI, as `npm run briefs` writes it), and the example brief as a
// whole-output snapshot in both languages (contract §6).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { briefRun } from '../helpers/in-process.js'
import { FIXTURES, ROOT, runCli } from '../helpers/run-cli.js'
// @ts-expect-error: a plain ES module script without type declarations
import { BRIEFS, briefArgs } from '../../examples/briefs/generate.mjs'

type Entry = { meeting: string; lang: string; format: string; file: string }

describe('examples/briefs', () => {
  it('lists the en and zh markdown and one html page', () => {
    expect((BRIEFS as Entry[]).map((b) => b.file)).toEqual([
      '2022-12-07-textile-garment.en.md',
      '2022-12-07-textile-garment.zh.md',
      '2022-12-07-textile-garment.zh.html',
    ])
  })

  for (const brief of BRIEFS as Entry[]) {
    it(`${brief.file} equals the output of \`chainchief ${briefArgs(brief).join(' ')}\` (run npm run briefs after a change)`, () => {
      const committed = readFileSync(join(ROOT, 'examples/briefs', brief.file), 'utf8')
      const args = briefArgs(brief) as string[]
      expect(args.slice(2)).toEqual(['-w', 'examples/shandong', '--lang', brief.lang, '--format', brief.format])
      expect(briefRun(join(ROOT, args[3]!), brief.meeting, { lang: brief.lang as 'en' | 'zh', format: brief.format as 'markdown' | 'html' })).toBe(committed)
      if (brief.format === 'html') {
        const run = runCli(args)
        expect(run.stderr).toBe('')
        expect(run.code).toBe(0)
        expect(run.stdout).toBe(committed)
      }
    })
  }
})

describe('the example brief, whole output', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`markdown, ${lang}`, async () => {
      const markdown = briefRun(join(FIXTURES, 'good'), '2022-12-07-textile-garment', { lang })
      await expect(markdown).toMatchFileSnapshot(`__snapshots__/2022-12-07-textile-garment.${lang}.md`)
    })
  }
})
