// `chainchief sheet import <file.xlsx>` (contract §9): read the owners' workbook → the rows it
// asks to record → one plan of `update`s, written as every record command writes (cli/
// record-write.ts: judged on the would-be workspace, locked, atomic; --dry-run: the diff).
// All or nothing: a rejected row (`sheet!cell: reason`) stops every row, exit 1. Nothing new
// to record (a workbook imported before): says so, exit 0. A workbook that `sheet export` did
// not make, or made for another workspace: exit 2.
import { readFileSync } from 'node:fs'
import { UsageError } from '../../findings/index.js'
import type { IsoDate, Lang } from '../../model/types.js'
import { textIn } from '../../model/text.js'
import { mergePlans, plannedFiles } from '../../record/plan.js'
import { readSheetImport, type Rejection, type SheetImport } from '../../record/sheet-import.js'
import { workspaceIdentity } from '../../record/sheet-layout.js'
import { planUpdate } from '../../record/update.js'
import { terminalInline } from '../../render/escape.js'
import { statusFromLabel } from '../../render/sheet/labels.js'
import { rejectionWords } from '../../render/sheet/messages.js'
import { readXlsx, READ_LIMITS, WorkbookReadError, type WorkbookCells } from '../../workspace/read-xlsx.js'
import { runRecord, type RecordFlags } from '../record-write.js'
import { say, sayIn } from '../words.js'

export interface SheetImportFlags extends RecordFlags {
  /** The date of rows whose date cell is empty (default: today in the workspace zone). */
  date?: IsoDate
}

/** Ends the command before anything is written: rows rejected (exit 1), or nothing new (exit 0). */
class ImportStop extends Error {
  constructor(
    readonly exitCode: 0 | 1,
    readonly text: string,
  ) {
    super('sheet import stopped')
  }
}

function unreadable(file: string, reason: string): UsageError {
  return new UsageError(say('sheet-import.not-a-workbook', { file, reason }))
}

async function readWorkbookFile(file: string): Promise<WorkbookCells> {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    throw new UsageError(say('sheet-import.cannot-read', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }))
  }
  if (bytes.length > READ_LIMITS.bytes) throw unreadable(file, say('sheet-import.too-large', { size: READ_LIMITS.bytes / 2 ** 20 }))
  try {
    return await readXlsx(bytes)
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error
    const { reason, args } = error
    const words =
      reason === 'too-large' || reason === 'inflates-too-much' ? say(`sheet-import.${reason}`, { size: args.size ?? '' })
      : reason === 'too-many-cells' ? say('sheet-import.too-many-cells', { rows: args.rows ?? '', columns: args.columns ?? '' })
      : reason === 'unreadable' ? say('sheet-import.unreadable', { detail: args.detail ?? '' })
      : say('sheet-import.not-zip')
    throw unreadable(file, words)
  }
}

function rejectionText(rejections: readonly Rejection[], file: string, lang: Lang): string {
  const lines = rejections.map((r) => `${terminalInline(r.at)}: ${terminalInline(rejectionWords(lang, r.reason, r.args))}`)
  return [...lines, sayIn(lang, 'sheet-import.rejected', { count: rejections.length, file })].join('\n') + '\n'
}

export async function runSheetImport(file: string, flags: SheetImportFlags): Promise<number> {
  const cells = await readWorkbookFile(file)
  let read: Extract<SheetImport, { kind: 'rows' }> | undefined
  let lang: Lang = flags.lang ?? 'en'
  let files: string[] = []
  try {
    const code = await runRecord(flags, ({ model, lang: chosen, today }) => {
      lang = chosen
      const here = model.manifest?.name
      const result = readSheetImport(cells, model, { today: flags.date ?? today, workspace: workspaceIdentity(here), statusFromText: statusFromLabel })
      if (result.kind === 'foreign') {
        throw new UsageError(result.why === 'format' ? sayIn(lang, 'sheet-import.foreign-format', { file, format: result.format ?? '' }) : sayIn(lang, 'sheet-import.foreign', { file }))
      }
      if (result.kind === 'other-workspace') {
        throw new UsageError(sayIn(lang, 'sheet-import.other-workspace', { file, workspace: result.workspace, here: textIn(here, lang) }))
      }
      if (result.rejections.length > 0) throw new ImportStop(1, rejectionText(result.rejections, file, lang))
      if (result.updates.length === 0) {
        const words = result.filled === 0 ? sayIn(lang, 'sheet-import.nothing-filled', { file }) : sayIn(lang, 'sheet-import.all-recorded', { file, count: result.filled })
        throw new ImportStop(0, words + '\n')
      }
      read = result
      const plan = mergePlans(result.updates.map((u) => planUpdate(model, { task: u.task, progress: u.progress, status: u.status, note: u.note, date: u.date })))
      files = plannedFiles(plan)
      return plan
    })
    if (code === 0 && read) {
      const already = read.recorded.length > 0 ? sayIn(lang, 'sheet-import.already', { count: read.recorded.length }) : ''
      const key = flags.dryRun ? 'sheet-import.would-record' : 'sheet-import.recorded'
      process.stdout.write(terminalInline(sayIn(lang, key, { file, count: read.updates.length, files: files.join(', '), already })) + '\n')
    }
    return code
  } catch (error) {
    if (!(error instanceof ImportStop)) throw error
    ;(error.exitCode === 0 ? process.stdout : process.stderr).write(error.text)
    return error.exitCode
  }
}
