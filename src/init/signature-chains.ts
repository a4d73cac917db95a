// The 11 signature industrial chains (标志性产业链) of Shandong, 2022–2024 (DOMAIN.md §1), as
// `chainchief init` writes them (contract §7): ids as DOMAIN.md suggests, names only.
export interface ChainSeed {
  id: string
  name: { zh: string; en: string }
}

export const SIGNATURE_CHAINS: readonly ChainSeed[] = [
  { id: 'new-generation-it', name: { zh: '新一代信息技术', en: 'New-generation Information Technology' } },
  { id: 'high-end-equipment', name: { zh: '高端装备', en: 'High-end Equipment' } },
  { id: 'new-energy-equipment', name: { zh: '新能源装备', en: 'New-energy Equipment' } },
  { id: 'advanced-materials', name: { zh: '先进材料', en: 'Advanced Materials' } },
  { id: 'ships-offshore', name: { zh: '船舶和海工装备', en: 'Ships and Offshore Equipment' } },
  { id: 'high-end-chemicals', name: { zh: '高端化工', en: 'High-end Chemicals' } },
  { id: 'agricultural-machinery', name: { zh: '农机装备', en: 'Agricultural Machinery' } },
  { id: 'pharmaceuticals', name: { zh: '医药', en: 'Pharmaceuticals' } },
  { id: 'construction-machinery', name: { zh: '工程机械', en: 'Construction Machinery' } },
  { id: 'light-industry', name: { zh: '轻工', en: 'Light Industry' } },
  { id: 'textile-garment', name: { zh: '纺织服装', en: 'Textiles and Garments' } },
]

export const SYSTEM_NAME = { zh: '山东省标志性产业链链长制', en: 'Shandong Chain Chief System' }
