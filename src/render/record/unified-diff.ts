// `--dry-run` of the record commands (SPEC §9): each change as a unified diff, as git shows
// it (`--- a/file`, `+++ b/file`, hunks with three lines of context; a new file against
// /dev/null), coloured only where the style says so. Lines from data files are shown with
// their controls escaped, and no line can pass for a CI workflow command (contract §8).
import { defuseWorkflowCommands } from '../escape.js'
import type { Style } from '../style.js'
import { diffLines, splitLines, type DiffOp } from './line-diff.js'

export interface DiffInput {
  file: string
  /** null: a new file. */
  before: string | null
  after: string
}

const CONTEXT = 3

// Controls but tab, and the bidi overrides (the line end is cut off before this applies).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

function shown(line: string): string {
  const body = line.replace(/\r?\n$/, '')
  const cr = line.endsWith('\r\n') ? '\r' : ''
  const safe = body.replace(CONTROL, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`)
  // A context line starts with a space: text that would then start with "::" is broken up.
  return defuseWorkflowCommands(safe.replace(/^(\s*)::/, '$1:\u200b:')) + cr
}

interface Hunk {
  ops: DiffOp[]
  oldStart: number
  newStart: number
}

function hunks(ops: DiffOp[]): Hunk[] {
  const changed = ops.flatMap((o, i) => (o.op === ' ' ? [] : [i]))
  const out: Hunk[] = []
  let i = 0
  while (i < changed.length) {
    let from = Math.max(0, changed[i]! - CONTEXT)
    let to = changed[i]! + CONTEXT
    while (i + 1 < changed.length && changed[i + 1]! - CONTEXT <= to + 1) to = changed[++i]! + CONTEXT
    to = Math.min(ops.length - 1, to)
    let oldLine = 0
    let newLine = 0
    for (let j = 0; j < from; j++) {
      if (ops[j]!.op !== '+') oldLine++
      if (ops[j]!.op !== '-') newLine++
    }
    out.push({ ops: ops.slice(from, to + 1), oldStart: oldLine, newStart: newLine })
    from = to + 1
    i++
  }
  return out
}

const range = (start: number, count: number) => `${count === 0 ? start : start + 1}${count === 1 ? '' : `,${count}`}`

/** The unified diff of one file; '' when nothing changes. */
export function renderUnifiedDiff(change: DiffInput, style: Style): string {
  const before = change.before === null ? [] : splitLines(change.before)
  const after = splitLines(change.after)
  const ops = diffLines(before, after)
  const parts: string[] = []
  const found = hunks(ops)
  if (found.length === 0) return ''
  parts.push(style.bold(change.before === null ? '--- /dev/null' : `--- a/${change.file}`) + '\n')
  parts.push(style.bold(`+++ b/${change.file}`) + '\n')
  for (const hunk of found) {
    const oldCount = hunk.ops.filter((o) => o.op !== '+').length
    const newCount = hunk.ops.filter((o) => o.op !== '-').length
    parts.push(style.accent(`@@ -${range(hunk.oldStart, oldCount)} +${range(hunk.newStart, newCount)} @@`) + '\n')
    for (const { op, line } of hunk.ops) {
      const text = op + shown(line)
      parts.push((op === '-' ? style.error(text) : op === '+' ? style.ok(text) : text) + '\n')
      if (!line.endsWith('\n')) parts.push('\\ No newline at end of file\n')
    }
  }
  return parts.join('')
}

/** The diffs of every change of a write, one after the other. */
export function renderDiffs(changes: readonly DiffInput[], style: Style): string {
  return changes.map((c) => renderUnifiedDiff(c, style)).join('')
}
