// The package as a library (contract §7): `import { loadWorkspace, checkWorkspace,
// buildProgressReport, buildBrief, renderBrief } from 'chainchief'`, typed, giving the same
// results as the commands. Each function is pure over its inputs except loadWorkspace and
// findWorkspaceRoot, which read the disk; nothing here prints or exits.

// 1. Load: find the root, read and parse every file, keeping positions.
export { findWorkspaceRoot, MANIFEST } from './workspace/find-root.js'
export { loadWorkspace, type LoadedWorkspace } from './workspace/load-workspace.js'
export type { FileKind, SourceFile } from './workspace/source.js'
/** Thrown by findWorkspaceRoot when there is no workspace (the CLI's exit code 2). */
export { UsageError } from './findings/index.js'

// 2. Check: schemas and cross-file rules → diagnostics (what `check --format json` lists).
export { checkWorkspace, type CheckOptions, type CheckResult } from './check/run-checks.js'
export { RULE_IDS, type Diagnostic, type RuleId, type Severity, type SeveritySetting, type Span } from './findings/index.js'

// 3. The model: typed records with their origins.
export { buildModel } from './model/build-model.js'
export { textIn } from './model/text.js'
export {
  CATEGORIES, MEETING_FORMATS, ORG_TYPES, TASK_STATUSES,
  type Category, type Chain, type Decision, type IsoDate, type Lang, type Manifest, type Meeting,
  type MeetingFormat, type MeetingReport, type Milestone, type Model, type Organization, type OrgType,
  type Origin, type Party, type Person, type Problem, type Task, type TaskStatus, type Text, type Update,
} from './model/types.js'

// 4. Reports as data, as of a date.
export { taskStateAsOf, isOverdue, isDueSoon, isProblemOpen, type TaskState } from './report/as-of.js'
export {
  buildProgressReport, DEFAULT_WINDOW,
  type ChainRow, type Counts, type ProgressOptions, type ProgressReport, type TaskFilter, type TaskRow,
} from './report/progress.js'
export { buildBrief, type Brief, type BriefOptions } from './report/brief/index.js'

// 5. Render: the brief as markdown or a printable HTML page.
export { renderBrief, type BriefRenderOptions } from './render/brief/index.js'
export { renderBriefMarkdown } from './render/brief/markdown.js'

// 6. The views of contract §10: reports as data, and their renderers by format.
export { decisionStateAsOf, decisionStatusAsOf, problemDaysOpen, taskExistedOn, type DecisionState, type DecisionStatus } from './report/as-of.js'
export { buildProblemsReport, PROBLEM_STATUSES, type ProblemFilter, type ProblemRow, type ProblemsOptions, type ProblemsReport, type ProblemStatusFilter } from './report/problems.js'
export { buildRosterReport, type RosterChain, type RosterOptions, type RosterParty, type RosterReport } from './report/roster.js'
export { buildMeetingsReport, type MeetingRow, type MeetingsOptions, type MeetingsReport } from './report/meetings.js'
export { buildTaskCard, type TaskCard, type TaskCardOptions, type TaskDecision, type TaskMeeting, type TaskMilestone, type TaskProblem, type TaskUpdate } from './report/task.js'
export { PROBLEMS_RENDERERS } from './render/problems/index.js'
export { ROSTER_RENDERERS } from './render/roster/index.js'
export { MEETINGS_RENDERERS } from './render/meetings/index.js'
export { TASK_RENDERERS } from './render/task/index.js'
export type { ViewRenderOptions } from './render/view-options.js'
// Their workbooks (`--format xlsx`), through the one xlsx writer: .xlsx bytes.
export { renderProblemsXlsx } from './render/problems/xlsx.js'
export { renderRosterXlsx } from './render/roster/xlsx.js'
export { renderMeetingsXlsx } from './render/meetings/xlsx.js'
export { renderTaskXlsx } from './render/task/xlsx.js'
export { renderProgressXlsx } from './render/progress/xlsx.js'
export { renderGridsXlsx, gridXlsxTable } from './render/grid-xlsx.js'
export type { Grid, GridColumn, GridType, GridValue } from './render/grid.js'

// 7. Record progress (contract §9): writes planned from the model, judged on the would-be
// workspace, then written atomically; the YAML edit and safe-write layers beneath them.
export { planUpdate, updateProblems, defaultStatus, impliedStatus, type UpdateRequest, type UpdateProblem } from './record/update.js'
export { planProblemAdd, planProblemResolve, nextProblemId, type ProblemAddRequest, type ProblemResolveRequest } from './record/problem.js'
export { planDecisionDone, decisionsWithIds, type DecisionDoneRequest } from './record/decision.js'
export { planMeetingNew, type MeetingNewRequest } from './record/meeting.js'
export { mergePlans, plannedFiles, type FileEdits, type NewFile, type Recorded, type WritePlan } from './record/plan.js'
export { applyPlan, judgePlan, addedDiagnostics, type FileChange, type JudgedPlan } from './record/apply.js'
export { recordInWorkspace, type PlanContext, type RecordOptions, type RecordOutcome } from './record/commit.js'
export { RecordRefusal, closestIds, type RefusalArgs, type RefusalCode } from './record/refusal.js'
export { refusalMessage } from './record/messages.js'
export { editYaml, YamlEditError, type Plain, type YamlEdit, type YamlEditProblem, type YamlPath } from './workspace/edit/yaml-edit.js'
export { readSnapshot, replaceFile, ChangedError, type FileSnapshot } from './workspace/write-file.js'
export { lockFile, lockFiles, LockedError, type FileLock, type LockOptions } from './workspace/file-lock.js'

// 8. The owners' workbook (contract §9 "through a spreadsheet") and the shared xlsx writer
// (§10's `--format xlsx`): export as data → workbook bytes; workbook bytes → cells → the
// updates they ask for (record them with planUpdate and recordInWorkspace, as the CLI does).
export { buildSheetExport, type SheetChain, type SheetExport, type SheetExportOptions, type SheetRow } from './report/sheet-export.js'
export { renderSheetExport } from './render/sheet/xlsx.js'
export { statusFromLabel } from './render/sheet/labels.js'
export { rejectionWords } from './render/sheet/messages.js'
export { renderTablesXlsx, type XlsxColumn, type XlsxColumnType, type XlsxTable, type XlsxValue } from './render/xlsx.js'
export { readXlsx, WorkbookReadError, type CellValue, type SheetCells, type WorkbookCells } from './workspace/read-xlsx.js'
export { readSheetImport, type Rejection, type RejectReason, type SheetImport, type SheetImportOptions, type SheetUpdate } from './record/sheet-import.js'
export { workspaceIdentity } from './record/sheet-layout.js'
