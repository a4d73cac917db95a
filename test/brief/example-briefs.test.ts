// The committed example briefs (examples/briefs/) are what the CLI writes today, and the
// example brief as a whole-output snapshot in both languages (contract §6).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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
      const run = runCli(briefArgs(brief))
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.stdout).toBe(readFileSync(join(ROOT, 'examples/briefs', brief.file), 'utf8'))
    })
  }
})

describe('the example brief, whole output', () => {
  for (const lang of ['en', 'zh']) {
    it(`markdown, ${lang}`, async () => {
      const run = runCli(['brief', '2022-12-07-textile-garment', '-w', join(FIXTURES, 'good'), '--lang', lang])
      expect(run.code).toBe(0)
      await expect(run.stdout).toMatchFileSnapshot(`__snapshots__/2022-12-07-textile-garment.${lang}.md`)
    })
  }
})
