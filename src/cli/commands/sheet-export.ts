// `chainchief sheet export -o <file.xlsx>` (contract §9): load → check → the sheets' content
// as of the date → the owners' workbook → written atomically to -o. Exit 1 on data errors,
// 2 for an unknown chain or owner (naming the closest id), a missing -o, or an -o that names
// a file the workspace reads.
import { closest } from '../../check/closest.js'
import { UsageError } from '../../findings/index.js'
import type { Lang, Model } from '../../model/types.js'
import { renderSheetExport } from '../../render/sheet/xlsx.js'
import { buildSheetExport } from '../../report/sheet-export.js'
import { loadCheckedModel } from '../checked-model.js'
import type { WorkspaceFlags } from '../options.js'
import { decideOutput } from '../output.js'
import { sheetMessage } from '../../render/sheet/messages.js'
import { writeBinaryOutput } from '../write-output-file.js'

export interface SheetExportFlags extends WorkspaceFlags {
  chain?: string[]
  owner?: string[]
}

function checkIds(model: Model, flags: SheetExportFlags, lang: Lang): void {
  const unknown = (flag: string, what: 'chain' | 'party', value: string, ids: Iterable<string>) => {
    const near = closest(value, ids)
    return new UsageError(sheetMessage(lang, what === 'chain' ? 'unknown-chain' : 'unknown-owner', { flag, value, near: near ?? '' }))
  }
  for (const id of flags.chain ?? []) if (!model.chainsById.has(id)) throw unknown('--chain', 'chain', id, model.chainsById.keys())
  for (const id of flags.owner ?? []) if (!model.parties.has(id)) throw unknown('--owner', 'party', id, model.parties.keys())
}

export async function runSheetExport(flags: SheetExportFlags): Promise<number> {
  const output = decideOutput(flags)
  const checked = await loadCheckedModel(flags, output)
  if (!checked.ok) return checked.exitCode
  const { model, asOf, lang, root } = checked.result
  if (output.file === undefined) throw new UsageError(sheetMessage(lang, 'export-needs-output', {}))
  checkIds(model, flags, lang)
  const data = buildSheetExport(model, { asOf, lang, chains: flags.chain, owners: flags.owner })
  const bytes = await renderSheetExport(data)
  writeBinaryOutput(bytes, output.file, root, lang)
  const rows = data.chains.reduce((n, chain) => n + chain.rows.length, 0)
  process.stdout.write(sheetMessage(lang, 'exported', { file: output.file, sheets: data.chains.length, rows, asOf }) + '\n')
  return 0
}
