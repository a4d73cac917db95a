// Contract §10 `chainchief roster`: who leads each chain — chief, service officer, lead
// department, secretariat, chain leader enterprises, special team — in the official chain
// order, names in the chosen language.
import { textIn } from '../model/text.js'
import type { Chain, Lang, Model } from '../model/types.js'

export interface RosterParty {
  id: string
  /** The full name in the chosen language (the id when it names nothing). */
  name: string
  /** An organization's short name, else the name: for tables. */
  short: string
  /** A person's title, else null. */
  title: string | null
}

export interface RosterChain {
  id: string
  name: string
  chief: RosterParty | null
  serviceOfficer: RosterParty | null
  leadDepartment: RosterParty | null
  secretariat: RosterParty | null
  leaderEnterprises: RosterParty[]
  specialTeam: RosterParty[]
}

export interface RosterReport {
  lang: Lang
  notice: string | null
  chains: RosterChain[]
}

export interface RosterOptions {
  lang: Lang
  /** Only these chains (empty or absent: all). */
  chains?: readonly string[]
}

export function rosterParty(model: Model, id: string, lang: Lang): RosterParty {
  const party = model.parties.get(id)
  if (!party) return { id, name: id, short: id, title: null }
  const name = textIn(party.name, lang) || id
  if (party.kind === 'organization') return { id, name, short: textIn(party.short, lang) || name, title: null }
  return { id, name, short: name, title: textIn(party.title, lang) || null }
}

function rosterChain(model: Model, chain: Chain, lang: Lang): RosterChain {
  const one = (id: string | undefined) => (id === undefined ? null : rosterParty(model, id, lang))
  const many = (ids: readonly string[]) => [...new Set(ids)].map((id) => rosterParty(model, id, lang))
  return {
    id: chain.id,
    name: textIn(chain.name, lang) || chain.id,
    chief: one(chain.chief),
    serviceOfficer: one(chain.serviceOfficer),
    leadDepartment: one(chain.leadDepartment),
    secretariat: one(chain.secretariat),
    leaderEnterprises: many(chain.leaderEnterprises),
    specialTeam: many(chain.specialTeam),
  }
}

/** The roster of a model's chains (contract §10 `roster`). */
export function buildRosterReport(model: Model, options: RosterOptions): RosterReport {
  const wanted = options.chains && options.chains.length > 0 ? new Set(options.chains) : undefined
  return {
    lang: options.lang,
    notice: textIn(model.manifest?.notice, options.lang) || null,
    chains: model.chains.filter((c) => !wanted || wanted.has(c.id)).map((c) => rosterChain(model, c, options.lang)),
  }
}
