// Findings that only follow from a YAML syntax error (contract §4: one diagnostic where the
// problem starts): in a file that does not parse, only its syntax and reading findings stand
// (the schema and rule findings come from a half-read document); elsewhere, a broken
// reference to an id written in such a file stands down, since the id may well exist there.
import type { Finding } from '../findings/index.js'

const OWN = new Set(['yaml-syntax', 'encoding', 'file-read'])

export function dropFollowOn(findings: readonly Finding[], texts: ReadonlyMap<string, string>): Finding[] {
  const broken = new Set(findings.filter((f) => f.rule === 'yaml-syntax').map((f) => f.at.file))
  if (broken.size === 0) return [...findings]
  const brokenTexts = [...broken].map((file) => texts.get(file) ?? '')
  const writtenInBroken = (id: string) => {
    const word = new RegExp(`(^|[^a-z0-9-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9-])`, 'm')
    return brokenTexts.some((text) => word.test(text))
  }
  return findings.filter((f) => {
    if (broken.has(f.at.file)) return OWN.has(f.rule)
    if (f.rule === 'unknown-ref' && f.message === 'unknown' && typeof f.args.id === 'string') return !writtenInBroken(f.args.id)
    return true
  })
}
