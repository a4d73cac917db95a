// Each `--format` of `chainchief progress` and the one pure function that renders it
// (contract §5). The command picks from this map; renderers never print. The workbook (xlsx)
// is bytes, made by progress/xlsx.ts, which the command imports only for that format.
import type { ProgressReport } from '../../report/progress.js'
import { renderProgressCsv } from './csv.js'
import { renderProgressJson } from './json.js'
import { renderProgressMarkdown } from './markdown.js'
import type { ProgressFormat } from '../formats.js'
import type { ProgressRenderOptions } from './options.js'
import { renderProgressTable } from './table.js'

export type ProgressRenderer = (report: ProgressReport, options: ProgressRenderOptions) => string

export const PROGRESS_RENDERERS = {
  table: renderProgressTable,
  json: renderProgressJson,
  csv: renderProgressCsv,
  markdown: renderProgressMarkdown,
} satisfies Record<Exclude<ProgressFormat, 'xlsx'>, ProgressRenderer>
