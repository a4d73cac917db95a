// Each `--format` of `chainchief progress` and the one pure function that renders it
// (contract §5). The command picks from this map; renderers never print.
import type { ProgressReport } from '../report/progress-report.js'
import { renderProgressCsv } from './progress-csv.js'
import { renderProgressJson } from './progress-json.js'
import { renderProgressMarkdown } from './progress-markdown.js'
import type { ProgressFormat, ProgressRenderOptions } from './progress-render-options.js'
import { renderProgressTable } from './progress-table.js'

export type ProgressRenderer = (report: ProgressReport, options: ProgressRenderOptions) => string

export const PROGRESS_FORMATS = ['table', 'json', 'csv', 'markdown'] as const satisfies readonly ProgressFormat[]

export const PROGRESS_RENDERERS = {
  table: renderProgressTable,
  json: renderProgressJson,
  csv: renderProgressCsv,
  markdown: renderProgressMarkdown,
} satisfies Record<ProgressFormat, ProgressRenderer>
