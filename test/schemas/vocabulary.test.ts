// The schema script (scripts/build-schemas.mjs) enumerates what src/ defines: statuses,
// organization types, categories, meeting formats, rule ids, the rules that cannot be
// lowered and each rule's default severity. This holds the two equal.
import { describe, expect, it } from 'vitest'
import { VOCABULARY } from '../../scripts/build-schemas.mjs'
import { DEFAULT_SEVERITY } from '../../src/check/rules/index.js'
import { RULE_IDS, UNLOWERABLE } from '../../src/findings/index.js'
import { CATEGORIES, MEETING_FORMATS, MEETING_STATUSES, ORG_TYPES, POINT_KINDS, TASK_STATUSES } from '../../src/model/types.js'

describe('the schema script speaks the vocabulary of src/', () => {
  it('statuses, organization types, categories and meeting formats', () => {
    expect(VOCABULARY.TASK_STATUSES).toEqual([...TASK_STATUSES])
    expect(VOCABULARY.ORG_TYPES).toEqual([...ORG_TYPES])
    expect(VOCABULARY.CATEGORIES).toEqual([...CATEGORIES])
    expect(VOCABULARY.MEETING_FORMATS).toEqual([...MEETING_FORMATS])
    expect(VOCABULARY.POINT_KINDS).toEqual([...POINT_KINDS])
    expect(VOCABULARY.MEETING_STATUSES).toEqual([...MEETING_STATUSES])
  })

  it('rule ids, in order, and the rules that cannot be lowered', () => {
    expect(VOCABULARY.RULES).toEqual([...RULE_IDS])
    expect([...VOCABULARY.UNLOWERABLE].sort()).toEqual([...UNLOWERABLE].sort())
  })

  it("each rule's help text names its default severity", () => {
    for (const rule of RULE_IDS) {
      const help = (VOCABULARY.RULE_HELP as Record<string, string>)[rule]
      if (UNLOWERABLE.has(rule)) expect(help, rule).toMatch(/always an error/)
      else expect(help, rule).toContain(`default ${DEFAULT_SEVERITY[rule]}`)
    }
  })
})
