// `chainchief progress` (contract §5): load → check → report → render → write. Flags that
// name ids are checked against the data (unknown: exit 2, naming the closest id). A workbook
// (xlsx) goes to -o only (else exit 2), atomically.
import { closest } from '../../check/closest.js'
import { TASK_STATUSES, type Model, type TaskStatus } from '../../model/types.js'
import { PROGRESS_RENDERERS } from '../../render/progress/index.js'
import type { ProgressFormat } from '../../render/progress/options.js'
import { buildProgressReport } from '../../report/progress.js'
import { loadCheckedModel } from '../checked-model.js'
import type { WorkspaceFlags } from '../options.js'
import { decideOutput, makeStyle, writeOutput } from '../output.js'
import { xlsxNeedsOutput } from '../view-command.js'
import { UsageError } from '../../findings/index.js'
import { sinceDate } from '../view-ids.js'
import { didYouMean, say } from '../words.js'

export interface ProgressFlags extends WorkspaceFlags {
  format?: ProgressFormat
  tasks?: boolean
  chain?: string[]
  owner?: string[]
  status?: string[]
  overdue?: boolean
  dueSoon?: boolean
  window?: number
  ascii?: boolean
  bom?: boolean // commander's --no-bom sets false
  since?: string
}

function unknown(key: 'id.no-chain' | 'id.no-owner', id: string, candidates: Iterable<string>): UsageError {
  return new UsageError(say(key, { id, hint: didYouMean(closest(id, candidates)) }))
}

/** Statuses are known without the data, so a typo is reported before the workspace is read. */
function parseStatuses(values: readonly string[] = []): TaskStatus[] {
  return values.map((value) => {
    if ((TASK_STATUSES as readonly string[]).includes(value)) return value as TaskStatus
    throw new UsageError(say('id.bad-status', { value, statuses: TASK_STATUSES.join(', '), hint: didYouMean(closest(value, TASK_STATUSES)) }))
  })
}

function checkIds(model: Model, flags: ProgressFlags): void {
  for (const id of flags.chain ?? []) {
    if (!model.chainsById.has(id)) throw unknown('id.no-chain', id, model.chainsById.keys())
  }
  for (const id of flags.owner ?? []) {
    if (!model.parties.has(id)) throw unknown('id.no-owner', id, model.parties.keys())
  }
}

export async function runProgress(flags: ProgressFlags): Promise<number> {
  const statuses = parseStatuses(flags.status)
  const output = decideOutput(flags)
  const format = flags.format ?? 'table'
  // A workbook needs a file: said before the workspace is read.
  if (format === 'xlsx' && output.file === undefined) throw xlsxNeedsOutput()
  const checked = await loadCheckedModel(flags, output)
  if (!checked.ok) return checked.exitCode
  const { model, asOf, lang } = checked.result
  checkIds(model, flags)
  const since = flags.since === undefined ? undefined : sinceDate(model, flags.since, lang)

  const report = buildProgressReport(model, {
    asOf,
    lang,
    since,
    window: flags.window,
    filter: { chains: flags.chain, owners: flags.owner, statuses, overdue: flags.overdue, dueSoon: flags.dueSoon },
  })
  if (format === 'xlsx') {
    if (output.file === undefined) throw xlsxNeedsOutput()
    const { renderProgressXlsx } = await import('../../render/progress/xlsx.js')
    writeOutput(await renderProgressXlsx(report, flags.tasks === true), output)
    return 0
  }
  const text = PROGRESS_RENDERERS[format](report, {
    lang,
    style: await makeStyle(format === 'table' && output.color),
    width: output.width,
    ascii: flags.ascii === true,
    tasks: flags.tasks === true,
    bom: flags.bom !== false,
  })
  writeOutput(text, output, format)
  return 0
}
