// `chainchief problems` (contract §10): the problem list as of a date, filtered by chain,
// owner, task and status. Unknown ids: exit 2 with the closest ones.
import { UsageError } from '../../findings/index.js'
import { PROBLEMS_RENDERERS } from '../../render/problems/index.js'
import { buildProblemsReport, PROBLEM_STATUSES, type ProblemStatusFilter } from '../../report/problems.js'
import { checkIds } from '../view-ids.js'
import { runView, type ViewFlags } from '../view-command.js'
import { say } from '../words.js'

export interface ProblemsFlags extends ViewFlags {
  chain?: string[]
  owner?: string[]
  task?: string[]
  status?: string
}

function parseStatus(value: string | undefined): ProblemStatusFilter {
  if (value === undefined) return 'open'
  if ((PROBLEM_STATUSES as readonly string[]).includes(value)) return value as ProblemStatusFilter
  throw new UsageError(say('view.bad-problem-status', { value, statuses: PROBLEM_STATUSES.join(', ') }))
}

export async function runProblems(flags: ProblemsFlags): Promise<number> {
  const status = parseStatus(flags.status)
  return runView(flags, {
    build({ model, asOf, lang }) {
      checkIds(model, 'chain', flags.chain, lang, '--chain')
      checkIds(model, 'party', flags.owner, lang, '--owner')
      checkIds(model, 'task', flags.task, lang, '--task')
      return buildProblemsReport(model, { asOf, lang, filter: { chains: flags.chain, owners: flags.owner, tasks: flags.task, status } })
    },
    renderers: PROBLEMS_RENDERERS,
    xlsx: async (report) => (await import('../../render/problems/xlsx.js')).renderProblemsXlsx(report),
  })
}
