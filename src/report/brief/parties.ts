// Brief step "parties" (contract §6): how the minutes name a party (a person with their title
// and organization), and the attendees grouped by organization type.
import { textIn } from '../../model/text.js'
import type { Lang, Meeting, Model, OrgType, Party } from '../../model/types.js'
import type { AttendeeGroup, BriefParty } from './types.js'

/** Attendee groups in the order real minutes list them: departments, enterprises, associations, academia (DOMAIN §2). */
export const ATTENDEE_ORDER: readonly OrgType[] = ['government', 'enterprise', 'association', 'alliance', 'university', 'college', 'institute', 'other']

export function briefParty(model: Model, id: string, lang: Lang): BriefParty {
  const p: Party | undefined = model.parties.get(id)
  if (!p) return { id, kind: 'organization', name: id, short: id }
  const name = textIn(p.name, lang) || id
  if (p.kind === 'organization') return { id, kind: p.kind, name, short: textIn(p.short, lang) || name }
  const org = p.organization ? model.parties.get(p.organization) : undefined
  const organization = org ? textIn(org.kind === 'organization' ? (org.short ?? org.name) : org.name, lang) : undefined
  const title = textIn(p.title, lang)
  return { id, kind: p.kind, name, short: name, ...(title ? { title } : {}), ...(organization ? { organization } : {}) }
}

/** The organization type a party is grouped under: its own, or its organization's; else other. */
function partyType(model: Model, id: string): OrgType {
  const p = model.parties.get(id)
  if (!p) return 'other'
  if (p.kind === 'organization') return p.type
  const org = p.organization ? model.parties.get(p.organization) : undefined
  return org?.kind === 'organization' ? org.type : 'other'
}

/** The meeting's attendees, once each, grouped by type in ATTENDEE_ORDER. */
export function attendeeGroups(model: Model, meeting: Meeting, lang: Lang): AttendeeGroup[] {
  const seen = new Set<string>()
  const byType = new Map<OrgType, BriefParty[]>()
  for (const id of meeting.attendees) {
    if (seen.has(id)) continue
    seen.add(id)
    const type = partyType(model, id)
    const group = byType.get(type)
    if (group) group.push(briefParty(model, id, lang))
    else byType.set(type, [briefParty(model, id, lang)])
  }
  return ATTENDEE_ORDER.flatMap((type) => {
    const parties = byType.get(type)
    return parties ? [{ type, parties }] : []
  })
}
