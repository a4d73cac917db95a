#!/usr/bin/env node
// `npm run briefs`: writes the example briefs of examples/shandong into this folder with the
// real CLI (run `npm run build` first; the npm script does). test/brief/example-briefs.test.ts
// fails when these files and the CLI's output disagree.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('./', import.meta.url))
const root = fileURLToPath(new URL('../../', import.meta.url))

/** Each committed brief: the meeting, its language and format, and the file it goes to. */
export const BRIEFS = ['en', 'zh'].flatMap((lang) => [
  { meeting: '2022-12-07-textile-garment', lang, format: 'markdown', file: `2022-12-07-textile-garment.${lang}.md` },
  { meeting: '2022-12-07-textile-garment', lang, format: 'html', file: `2022-12-07-textile-garment.${lang}.html` },
  { meeting: '2022-12-07-textile-garment', lang, format: 'docx', file: `2022-12-07-textile-garment.${lang}.docx` },
])

/** The arguments that produce one brief, from the repository root; a Word document goes to `out` (-o). */
export function briefArgs(brief, out) {
  const args = ['brief', brief.meeting, '-w', 'examples/shandong', '--lang', brief.lang, '--format', brief.format]
  return brief.format === 'docx' ? [...args, '-o', out ?? `examples/briefs/${brief.file}`] : args
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const brief of BRIEFS) {
    const run = spawnSync(process.execPath, [`${root}bin/chainchief.js`, ...briefArgs(brief)], { cwd: root, encoding: 'utf8' })
    if (run.status !== 0) {
      process.stderr.write(run.stderr)
      process.exit(run.status ?? 1)
    }
    if (brief.format !== 'docx') writeFileSync(`${here}${brief.file}`, run.stdout)
    process.stdout.write(`wrote examples/briefs/${brief.file}\n`)
  }
}
