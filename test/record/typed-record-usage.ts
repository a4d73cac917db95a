// Compiled by test/record/library.test.ts with tsc --noEmit against the built package's
// declarations: the record API of SPEC §9 is typed, and misuse is a type error.
import {
  editYaml, judgePlan, loadWorkspace, checkWorkspace, mergePlans, planProblemAdd, planUpdate, recordInWorkspace, updateProblems,
  type JudgedPlan, type RecordOutcome, type UpdateProblem, type WritePlan, type YamlEdit,
} from 'chainchief'

const loaded = loadWorkspace('examples/shandong')
const before = checkWorkspace(loaded)
const plan: WritePlan = mergePlans([
  planUpdate(before.model, { task: 'tg-luthai-smart-factory', progress: 80, date: '2026-11-30' }),
  planProblemAdd(before.model, { chain: 'textile-garment', text: { zh: '问题', en: 'A problem' }, raised: '2026-11-30' }),
])
const judged: JudgedPlan = judgePlan(loaded, before, plan)
const problems: UpdateProblem[] = updateProblems(before.model.tasksById.get('tg-luthai-smart-factory')!, { progress: 80, date: '2026-11-30' })
const outcome: RecordOutcome = recordInWorkspace('examples/shandong', ({ model, today }) => planUpdate(model, { task: 'x', progress: 1, date: today }), { dryRun: true })
const edit: YamlEdit = { op: 'append', path: ['tasks', 0, 'updates'], value: { date: '2026-11-30', progress: 80 } }
const text: string = editYaml('a: 1\n', [edit])
// @ts-expect-error: progress is a number
planUpdate(before.model, { task: 'x', progress: '80', date: '2026-11-30' })
// @ts-expect-error: an edit is set or append
editYaml('a: 1\n', [{ op: 'delete', path: ['a'] }])
export { judged, problems, outcome, text }
