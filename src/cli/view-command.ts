// What every view command of contract §10 does around its own report: load and check the
// workspace (broken data: the errors, exit 1), decide the output once, render in the chosen
// format and write to stdout or -o. A workbook (xlsx) goes to -o only (else exit 2), written
// atomically and never over a file of the workspace, as every -o file.
import { UsageError } from '../findings/index.js'
import type { IsoDate, Lang, Model } from '../model/types.js'
import type { ViewFormat } from '../render/formats.js'
import type { ViewRenderer, ViewRenderOptions } from '../render/view-options.js'
import { loadCheckedModel } from './checked-model.js'
import type { WorkspaceFlags } from './options.js'
import { decideOutput, makeStyle, writeOutput } from './output.js'
import { say } from './words.js'

export interface ViewFlags extends WorkspaceFlags {
  format?: ViewFormat
  ascii?: boolean
  bom?: boolean // commander's --no-bom sets false
}

export interface ViewContext {
  model: Model
  asOf: IsoDate
  lang: Lang
}

export interface View<R> {
  build(context: ViewContext): R
  renderers: Record<Exclude<ViewFormat, 'xlsx'>, ViewRenderer<R>>
  /**
   * The workbook. Import its renderer inside (`await import(…)`), so that the other formats
   * never load the xlsx writer.
   */
  xlsx: (report: R) => Promise<Uint8Array>
}

/** `--format xlsx` without `-o <file>`: exit 2, in the tool's language (before any data is read). */
export function xlsxNeedsOutput(): UsageError {
  return new UsageError(say('view.xlsx-needs-output'))
}

export async function runView<R>(flags: ViewFlags, view: View<R>): Promise<number> {
  const format = flags.format ?? 'table'
  const output = decideOutput(flags)
  // A workbook needs a file: said before the workspace is read.
  if (format === 'xlsx' && output.file === undefined) throw xlsxNeedsOutput()
  const checked = await loadCheckedModel(flags, output)
  if (!checked.ok) return checked.exitCode
  const { model, asOf, lang } = checked.result
  const report = view.build({ model, asOf, lang })
  if (format === 'xlsx') {
    if (output.file === undefined) throw xlsxNeedsOutput()
    writeOutput(await view.xlsx(report), output)
    return 0
  }
  const options: ViewRenderOptions = {
    lang,
    style: await makeStyle(format === 'table' && output.color),
    width: output.width,
    ascii: flags.ascii === true,
    bom: flags.bom !== false,
  }
  writeOutput(view.renderers[format](report, options), output, format)
  return 0
}
