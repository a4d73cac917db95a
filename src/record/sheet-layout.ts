// The owners' workbook as `sheet export` writes it and `sheet import` reads it (contract §9):
// the marker that makes a workbook ours and names its workspace, and the columns of a chain
// sheet. Both sides take the layout from here, so they cannot drift apart.
import type { Text } from '../model/types.js'

/** The layout's version, written into the marker; import refuses another. */
export const SHEET_FORMAT = 1
/**
 * The hidden sheet that marks a workbook as ours: a key in column A, its value in column B.
 * Sheets and defined names survive a re-save by Excel, WPS and LibreOffice; document
 * properties do not always.
 */
export const MARKER_SHEET = 'chainchief'
export const MARKER_KEYS = ['format', 'workspace', 'workspace-id', 'as-of', 'lang'] as const
export type MarkerKey = (typeof MARKER_KEYS)[number]
/** The defined name of the cell that holds the workspace identity in the marker sheet. */
export const MARKER_NAME = 'chainchief_workspace'

/**
 * The columns of a chain sheet, in order. Row 1 (hidden) holds these keys, so import finds
 * each column by its key wherever a program or a person has moved it; row 2 the headers;
 * a row per task from row 3, the task's id in the hidden first column.
 */
export const SHEET_COLUMNS = ['id', 'title', 'owner', 'due', 'status', 'progress', 'last-date', 'last-note', 'new-progress', 'new-status', 'new-note', 'new-date'] as const
export type SheetColumn = (typeof SHEET_COLUMNS)[number]
/** The columns an owner fills in: the only cells left unlocked. */
export const INPUT_COLUMNS = ['new-progress', 'new-status', 'new-note', 'new-date'] as const satisfies readonly SheetColumn[]
export const KEY_ROW = 1
export const HEADER_ROW = 2
export const FIRST_ROW = 3

/** A workspace's identity: its manifest name, both languages in a fixed order. */
export function workspaceIdentity(name: Text | undefined): string {
  if (name === undefined) return ''
  if (typeof name === 'string') return JSON.stringify(name)
  return JSON.stringify({ zh: name.zh, en: name.en })
}
