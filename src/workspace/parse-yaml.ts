// YAML 1.2 text → document with positions, plain data, and syntax findings (PITFALLS §2).
// Never throws: an alias bomb, a too-deep tree or a parser failure becomes a finding.
import type { Document, LineCounter } from 'yaml'
import { yamlLib } from './parse-yaml-lib.js'
import type { Finding } from '../findings/index.js'
import { spanOfOffsets, type SourceFile } from './source.js'
import { firstProblems } from './yaml-errors.js'

/** Aliases a file may expand: enough for real reuse, far too few for a billion laughs. */
export const MAX_ALIAS_COUNT = 100

export interface Parsed {
  doc?: Document.Parsed
  lineCounter: LineCounter
  data: unknown
  ok: boolean
  findings: Finding[]
}


export function parseYaml(file: Pick<SourceFile, 'path' | 'text'>): Parsed {
  const { LineCounter, parseDocument } = yamlLib()
  const lineCounter = new LineCounter()
  const findings: Finding[] = []
  let doc: Document.Parsed
  try {
    doc = parseDocument(file.text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      version: '1.2',
      merge: false,
      keepSourceTokens: false,
      logLevel: 'error', // no process warnings on stderr (e.g. for collection keys)
    })
  } catch (error) {
    return { lineCounter, data: undefined, ok: false, findings: [failure(file.path, error)] }
  }
  const source: SourceFile = { ...file, kind: 'chain', lineCounter, data: undefined, ok: true }
  findings.push(...repeatedYamlDirective(file))
  // One diagnostic where the problem starts: the errors after the first mostly follow from it.
  for (const problem of firstProblems([...doc.errors, ...doc.warnings], file.text)) {
    findings.push({
      rule: 'yaml-syntax',
      message: problem.message,
      args: problem.args,
      at: { file: file.path, span: spanOfOffsets(source, problem.start, problem.end) },
    })
  }
  if (file.text.includes('*')) findings.push(...unknownAnchors(doc, source))
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    findings.push(failure(file.path, error))
    return { doc, lineCounter, data: undefined, ok: false, findings }
  }
  return { doc, lineCounter, data, ok: findings.length === 0, findings }
}

/**
 * Aliases to an anchor that is not defined before them: toJS would throw (and the throw read as
 * an alias bomb at 1:1), so each is reported at the alias and replaced by an empty value.
 */
function unknownAnchors(doc: Document.Parsed, source: SourceFile): Finding[] {
  const { visit, Scalar } = yamlLib()
  const findings: Finding[] = []
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined
      const [start, end] = node.range ?? [0, 0]
      findings.push({ rule: 'yaml-syntax', message: 'unknown-anchor', args: { anchor: node.source }, at: { file: source.path, span: spanOfOffsets(source, start, end) } })
      const empty = new Scalar(null)
      empty.range = node.range
      return empty
    },
  })
  return findings
}

/** The parser's message without the position it appends (we give positions ourselves). */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
}

/**
 * YAML 1.2 allows one %YAML directive per document; the parser keeps the last silently
 * (yaml-test-suite SF5V), so a repeated one is reported here.
 */
function repeatedYamlDirective(file: Pick<SourceFile, 'path' | 'text'>): Finding[] {
  if (!file.text.startsWith('%') && !file.text.includes('\n%YAML')) return []
  let seen = false
  let offset = 0
  for (const line of file.text.split('\n')) {
    if (line.startsWith('---') || (!line.startsWith('%') && !line.startsWith('#') && line.trim() !== '')) break
    if (/^%YAML[ \t]/.test(line)) {
      if (seen) {
        const lineNo = file.text.slice(0, offset).split('\n').length
        const span = { line: lineNo, column: 1, endLine: lineNo, endColumn: line.length + 1 }
        return [{ rule: 'yaml-syntax', message: 'repeated-directive', args: {}, at: { file: file.path, span } }]
      }
      seen = true
    }
    offset += line.length + 1
  }
  return []
}

function failure(file: string, error: unknown): Finding {
  const text = error instanceof Error ? error.message : String(error)
  const message = /alias/i.test(text)
    ? 'alias-bomb'
    : error instanceof RangeError
      ? 'too-deep'
      : 'unreadable'
  return {
    rule: 'yaml-syntax',
    message,
    args: { detail: firstLine(text), limit: MAX_ALIAS_COUNT },
    at: { file, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
  }
}
