// `chainchief task <task-id>` (contract §10): one task in full as of a date. Unknown task:
// exit 2 with the closest ids.
import { TASK_RENDERERS } from '../../render/task/index.js'
import { buildTaskCard } from '../../report/task.js'
import { unknownId } from '../view-ids.js'
import { runView, type ViewFlags } from '../view-command.js'

export interface TaskFlags extends ViewFlags {
  window?: number
}

export async function runTask(taskId: string, flags: TaskFlags): Promise<number> {
  return runView(flags, {
    build({ model, asOf, lang }) {
      const card = buildTaskCard(model, taskId, { asOf, lang, window: flags.window })
      if (!card) throw unknownId('task', taskId, model.tasksById.keys(), lang)
      return card
    },
    renderers: TASK_RENDERERS,
    xlsx: async (report) => (await import('../../render/task/xlsx.js')).renderTaskXlsx(report),
  })
}
