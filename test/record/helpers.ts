// A scratch copy of examples/shandong for the record commands, the CLI run in it, and the
// expected text of a written file made from the original by exact, unique replacements.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { EXAMPLE, runCli, scratchCopy, type CliResult } from '../helpers/run-cli.js'

export const TEXTILE = 'chains/textile-garment.yaml'
export const MEETING = 'meetings/2022-12-07-textile-garment.yaml'

export interface Scratch {
  dir: string
  read(file: string): string
  original(file: string): string
  run(args: string[], env?: Record<string, string>): CliResult
  cleanup(): void
}

export function scratchExample(): Scratch {
  const { dir, cleanup } = scratchCopy(EXAMPLE)
  return {
    dir,
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    original: (file) => readFileSync(join(EXAMPLE, file), 'utf8'),
    run: (args, env = {}) => runCli([...args, '-w', dir], { env }),
    cleanup,
  }
}

/** `text` with `from` (which must occur exactly once) replaced by `to`. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from)
  expect(at, `not found: ${JSON.stringify(from)}`).toBeGreaterThanOrEqual(0)
  expect(text.indexOf(from, at + 1), `more than once: ${JSON.stringify(from)}`).toBe(-1)
  return text.slice(0, at) + to + text.slice(at + from.length)
}

/** The workspace passes `check` (exit 0, no error). */
export function expectCheckPasses(scratch: Scratch): void {
  const check = scratch.run(['check', '--format', 'json'])
  const report = JSON.parse(check.stdout) as { errors: number; diagnostics: unknown[] }
  expect(report.diagnostics.filter((d) => (d as { severity: string }).severity === 'error')).toEqual([])
  expect(check.code).toBe(0)
}
