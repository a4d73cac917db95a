// Brief step "parties" (contract §6): how the minutes name a party (a person with their title
// and organization; a name with no text in the language by the name rule of model/text.ts),
// and parties grouped by organization type, chain leader enterprises first among enterprises.
import { nameIn, shortNameIn, textIn } from '../../model/text.js'
import type { Lang, Meeting, Model, OrgType } from '../../model/types.js'
import type { AttendeeGroup, BriefParty } from './types.js'

/** Groups in the order real minutes list them: departments, enterprises, associations, academia (DOMAIN §2). */
export const ATTENDEE_ORDER: readonly OrgType[] = ['government', 'enterprise', 'association', 'alliance', 'university', 'college', 'institute', 'other']

/** The type a party is grouped under: its own, or its organization's; else other. */
function partyType(model: Model, id: string): OrgType {
  const p = model.parties.get(id)
  if (!p) return 'other'
  if (p.kind === 'organization') return p.type
  const org = p.organization ? model.parties.get(p.organization) : undefined
  return org?.kind === 'organization' ? org.type : 'other'
}

/** The leader enterprises of the meeting's chains, for naming them 链主企业. */
export function leaderIds(model: Model, meeting: Meeting): ReadonlySet<string> {
  return new Set(meeting.chains.flatMap((id) => model.chainsById.get(id)?.leaderEnterprises ?? []))
}

export function briefParty(model: Model, id: string, lang: Lang, leaders: ReadonlySet<string> = new Set()): BriefParty {
  const p = model.parties.get(id)
  const type = partyType(model, id)
  if (!p) return { id, kind: 'organization', name: id, short: id, type }
  if (p.kind === 'organization') {
    const leader = leaders.has(id) && p.type === 'enterprise'
    return { id, kind: p.kind, name: nameIn(p.name, p.short, lang) || id, short: shortNameIn(p.name, p.short, lang) || id, type, ...(leader ? { leader } : {}) }
  }
  const name = nameIn(p.name, undefined, lang) || id
  const org = p.organization ? model.parties.get(p.organization) : undefined
  const organization = org ? (org.kind === 'organization' ? shortNameIn(org.name, org.short, lang) : nameIn(org.name, undefined, lang)) : undefined
  const title = textIn(p.title, lang)
  return { id, kind: p.kind, name, short: name, type, ...(title ? { title } : {}), ...(organization ? { organization } : {}) }
}

/** Parties once each, grouped by type in ATTENDEE_ORDER, leader enterprises before other enterprises. */
export function groupParties(parties: readonly BriefParty[]): AttendeeGroup[] {
  const seen = new Set<string>()
  const groups = new Map<string, AttendeeGroup>()
  for (const party of parties) {
    if (seen.has(party.id)) continue
    seen.add(party.id)
    const key = party.leader ? 'leader' : party.type
    const group = groups.get(key)
    if (group) group.parties.push(party)
    else groups.set(key, { type: party.type, ...(party.leader ? { leader: true } : {}), parties: [party] })
  }
  return ATTENDEE_ORDER.flatMap((type) => [type === 'enterprise' ? groups.get('leader') : undefined, groups.get(type)]).filter((g): g is AttendeeGroup => g !== undefined)
}

export function briefParties(model: Model, ids: readonly string[], lang: Lang, leaders: ReadonlySet<string>): BriefParty[] {
  return [...new Set(ids)].map((id) => briefParty(model, id, lang, leaders))
}
