// A write of SPEC §9 as data: which files change by which edits, which files are new, and
// what was recorded (for the message that says so). Plans of several records merge into one
// (a sheet import records many updates in one write). Nothing here touches a file.
import type { YamlEdit } from '../workspace/edit/yaml-edit.js'
import type { FileKind } from '../workspace/source.js'
import type { IsoDate, TaskStatus } from '../model/types.js'

export interface FileEdits {
  /** Workspace-relative, '/' separators. */
  file: string
  kind: FileKind
  edits: YamlEdit[]
}

export interface NewFile {
  file: string
  kind: FileKind
  text: string
}

/** What a plan records, for the words that confirm it (render/record/). */
export type Recorded =
  | { kind: 'update'; file: string; task: string; date: IsoDate; from: number; progress: number; fromStatus: TaskStatus; status: TaskStatus }
  | { kind: 'problem-added'; file: string; problem: string; chain: string; raised: IsoDate }
  | { kind: 'problem-resolved'; file: string; problem: string; date: IsoDate }
  | { kind: 'decision-done'; file: string; decision: string; date: IsoDate }
  | { kind: 'meeting-new'; file: string; meeting: string; attendees: number; problems: number }
  /** Nothing to write: the record says so already (e.g. a problem resolved before). */
  | { kind: 'unchanged'; file: string; what: 'problem-resolved' | 'decision-done'; id: string; date: IsoDate }

export interface WritePlan {
  edits: FileEdits[]
  creates: NewFile[]
  recorded: Recorded[]
}

export const EMPTY_PLAN: WritePlan = { edits: [], creates: [], recorded: [] }

/** One plan of several: edits of one file gathered in order, so the file is written once. */
export function mergePlans(plans: readonly WritePlan[]): WritePlan {
  const byFile = new Map<string, FileEdits>()
  const creates: NewFile[] = []
  const recorded: Recorded[] = []
  for (const plan of plans) {
    for (const e of plan.edits) {
      const seen = byFile.get(e.file)
      if (seen) seen.edits.push(...e.edits)
      else byFile.set(e.file, { file: e.file, kind: e.kind, edits: [...e.edits] })
    }
    creates.push(...plan.creates)
    recorded.push(...plan.recorded)
  }
  return { edits: [...byFile.values()], creates, recorded }
}

/** Every file a plan writes, in a stable order. */
export function plannedFiles(plan: WritePlan): string[] {
  return [...new Set([...plan.edits.map((e) => e.file), ...plan.creates.map((c) => c.file)])].sort()
}
