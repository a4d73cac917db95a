// What every view command of contract §10 does around its own report: load and check the
// workspace (broken data: the errors, exit 1), decide the output once, render in the chosen
// format and write to stdout or -o. A workbook (xlsx) goes to -o only (else exit 2).
import { UsageError } from '../findings/index.js'
import type { IsoDate, Lang, Model } from '../model/types.js'
import type { ViewFormat } from '../render/formats.js'
import type { ViewRenderer, ViewRenderOptions } from '../render/view-options.js'
import { loadCheckedModel } from './checked-model.js'
import type { WorkspaceFlags } from './options.js'
import { decideOutput, makeStyle, writeOutput } from './output.js'

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
  /** The workbook, for views that have one. */
  xlsx?: (report: R) => Promise<Uint8Array>
}

export function xlsxNeedsOutput(lang: Lang): UsageError {
  return new UsageError(
    lang === 'zh' ? '--format xlsx 生成的是工作簿文件，请用 -o <文件.xlsx> 指定写入位置' : '--format xlsx writes a workbook: give the file with -o <file.xlsx>',
  )
}

export async function runView<R>(flags: ViewFlags, view: View<R>): Promise<number> {
  const format = flags.format ?? 'table'
  const output = decideOutput(flags)
  const checked = await loadCheckedModel(flags, output)
  if (!checked.ok) return checked.exitCode
  const { model, asOf, lang } = checked.result
  if (format === 'xlsx' && output.file === undefined) throw xlsxNeedsOutput(lang)
  const report = view.build({ model, asOf, lang })
  if (format === 'xlsx') {
    if (!view.xlsx) throw new UsageError(lang === 'zh' ? '该视图暂不支持 --format xlsx' : 'this view has no xlsx format yet')
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
