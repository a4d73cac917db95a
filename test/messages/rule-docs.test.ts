// docs/rules/<rule-id>.md (one page per rule id) hold what scripts/build-rule-docs.mjs makes
// from the rule fixtures and the real output of the built CLI: when a message, a code frame or
// a fixture changes, this fails until `npm run docs` is run and the pages are committed.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULE_IDS } from '../../src/findings/index.js'
import { ROOT } from '../helpers/run-cli.js'
// @ts-expect-error: a plain .mjs script without type declarations
import { buildRuleDocs } from '../../scripts/build-rule-docs.mjs'

describe('docs/rules', async () => {
  const pages = (await buildRuleDocs()) as Map<string, string>

  it('has one page per rule id, and the index', () => {
    expect([...pages.keys()].sort()).toEqual(['docs/rules/README.md', ...RULE_IDS.map((r) => `docs/rules/${r}.md`)].sort())
    expect(readdirSync(join(ROOT, 'docs/rules')).sort()).toEqual(['README.md', ...RULE_IDS.map((r) => `${r}.md`)].sort())
  })

  it.each([...pages.keys()])('%s is up to date (npm run docs)', (path) => {
    expect(existsSync(join(ROOT, path))).toBe(true)
    expect(readFileSync(join(ROOT, path), 'utf8')).toBe(pages.get(path))
  })

  it.each(RULE_IDS.map((r) => [r]))('%s: the page shows a broken example and check output naming the rule in both languages', (rule) => {
    const page = pages.get(`docs/rules/${rule}.md`)!
    for (const heading of ['## What it finds', '## Why', '## How to fix it', '## Example']) expect(page).toContain(heading)
    const blocks = [...page.matchAll(/```text\n([\s\S]*?)\n```/g)].map((m) => m[1]!)
    expect(blocks).toHaveLength(2)
    for (const block of blocks) {
      expect(block).toMatch(new RegExp(`^\\S+:\\d+:\\d+  \\S+  .+  ${rule}$`, 'm'))
      expect(block).not.toContain(ROOT) // paths are workspace-relative
    }
    expect(blocks[1]).toMatch(/[错警]/u)
  })
})
