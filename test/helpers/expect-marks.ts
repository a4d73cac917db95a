// Reads what a fixture expects: `# expect: <rule-id>[, <rule-id>]` at the end of the line
// where a finding must be, or, for files that cannot hold a comment (a broken link), lines
// `<file>:<line> <rule-id>` in a file named `expect` at the fixture's root.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Expected {
  file: string
  line: number
  rule: string
}

function walk(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name
    if (entry.isDirectory()) return walk(root, rel)
    return /\.ya?ml$/.test(entry.name) && !lstatSync(join(root, rel)).isSymbolicLink() ? [rel] : []
  })
}

export function expectedFindings(root: string): Expected[] {
  const out: Expected[] = []
  for (const file of walk(root)) {
    // latin1 keeps every byte, so marks are found in files that are not UTF-8 too.
    readFileSync(join(root, file), 'latin1')
      .split('\n')
      .forEach((text, i) => {
        const m = /# expect: ([a-z-]+(?:\s*,\s*[a-z-]+)*)\s*$/.exec(text)
        if (m) for (const rule of m[1]!.split(',')) out.push({ file, line: i + 1, rule: rule.trim() })
      })
  }
  const list = join(root, 'expect')
  if (existsSync(list)) {
    for (const line of readFileSync(list, 'utf8').split('\n').filter(Boolean)) {
      const m = /^(\S+):(\d+) ([a-z-]+)$/.exec(line)
      if (m) out.push({ file: m[1]!, line: Number(m[2]), rule: m[3]! })
    }
  }
  return out
}

export const key = (f: Expected) => `${f.file}:${f.line} ${f.rule}`
