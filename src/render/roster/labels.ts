// The words of the roster (contract §10 `roster`, DOMAIN.md §2) in each output language.
import type { Lang } from '../../model/types.js'

export const HEADERS = {
  chain: { en: 'Chain', zh: '产业链' },
  role: { en: 'Role', zh: '职责' },
  name: { en: 'Name', zh: '名称' },
  title: { en: 'Title', zh: '职务' },
} as const satisfies Record<string, Record<Lang, string>>

export const ROLES = {
  chief: { en: 'Chain chief', zh: '链长' },
  serviceOfficer: { en: 'Service officer', zh: '产业链服务员' },
  leadDepartment: { en: 'Lead department', zh: '牵头部门' },
  secretariat: { en: 'Secretariat', zh: '秘书处' },
  leaderEnterprises: { en: 'Leader enterprise', zh: '链主企业' },
  specialTeam: { en: 'Special team', zh: '工作专班' },
} as const satisfies Record<string, Record<Lang, string>>

export type RoleKey = keyof typeof ROLES
export const ROLE_ORDER: readonly RoleKey[] = ['chief', 'serviceOfficer', 'leadDepartment', 'secretariat', 'leaderEnterprises', 'specialTeam']

export function heading(lang: Lang): string {
  return lang === 'zh' ? '产业链链长及工作力量' : 'Who leads each chain'
}

export function emptyLine(lang: Lang): string {
  return lang === 'zh' ? '没有产业链。' : 'No chains.'
}
