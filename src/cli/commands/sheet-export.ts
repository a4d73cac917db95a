// `chainchief sheet export -o <file.xlsx>` (contract §9): load → check → the sheets' content
// as of the date → the owners' workbook → written atomically to -o. Exit 1 on data errors,
// 2 for an unknown chain or owner (naming the closest id), a missing -o, or an -o that names
// a file the workspace reads.
import { closest } from '../../check/closest.js'
import { UsageError } from '../../findings/index.js'
import type { Model } from '../../model/types.js'
import { renderSheetExport } from '../../render/sheet/xlsx.js'
import { buildSheetExport } from '../../report/sheet-export.js'
import { loadCheckedModel } from '../checked-model.js'
import type { WorkspaceFlags } from '../options.js'
import { decideOutput } from '../output.js'
import { didYouMean, say } from '../words.js'
import { writeBinaryOutput } from '../write-output-file.js'

export interface SheetExportFlags extends WorkspaceFlags {
  chain?: string[]
  owner?: string[]
}

function checkIds(model: Model, flags: SheetExportFlags): void {
  const unknown = (key: 'id.no-chain' | 'id.no-owner', id: string, ids: Iterable<string>) => new UsageError(say(key, { id, hint: didYouMean(closest(id, ids)) }))
  for (const id of flags.chain ?? []) if (!model.chainsById.has(id)) throw unknown('id.no-chain', id, model.chainsById.keys())
  for (const id of flags.owner ?? []) if (!model.parties.has(id)) throw unknown('id.no-owner', id, model.parties.keys())
}

export async function runSheetExport(flags: SheetExportFlags): Promise<number> {
  const output = decideOutput(flags)
  if (output.file === undefined) throw new UsageError(say('sheet-export.needs-output'))
  const checked = await loadCheckedModel(flags, output)
  if (!checked.ok) return checked.exitCode
  const { model, asOf, lang, root } = checked.result
  checkIds(model, flags)
  const data = buildSheetExport(model, { asOf, lang, chains: flags.chain, owners: flags.owner })
  writeBinaryOutput(await renderSheetExport(data), output.file, root)
  const rows = data.chains.reduce((n, chain) => n + chain.rows.length, 0)
  // Said on stderr, as every command that writes a file says so (stdout stays empty).
  process.stderr.write(say('sheet-export.wrote', { file: output.file, sheets: data.chains.length, rows, date: asOf }) + '\n')
  return 0
}
