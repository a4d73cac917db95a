// MeetingsReport → the grid every format of `meetings` shows (contract §10).
import type { MeetingsReport } from '../../report/meetings.js'
import type { Grid, GridColumn } from '../grid.js'
import { decisionsHeader, decisionsText, HEADERS, joinNames, MEETING_COLUMNS } from './labels.js'

const TYPES: Record<(typeof MEETING_COLUMNS)[number], Omit<GridColumn, 'header'>> = {
  date: { type: 'date' },
  id: { type: 'id', rank: 4 },
  title: { type: 'text', rank: 1, min: 12 },
  chains: { type: 'text', rank: 2 },
  reports: { type: 'integer' },
  done: { type: 'integer' },
  open: { type: 'integer' },
  overdue: { type: 'integer' },
}

export function meetingsGrid(report: MeetingsReport): Grid {
  const { lang } = report
  return {
    name: lang === 'zh' ? '会议' : 'Meetings',
    columns: MEETING_COLUMNS.map((key) => ({ header: HEADERS[key][lang], ...TYPES[key] })),
    rows: report.meetings.map((m) => [m.date, m.id, m.title, joinNames(m.chainNames, lang), m.reports, m.decisions.done, m.decisions.open, m.decisions.overdue]),
  }
}

/**
 * The terminal and markdown table: the three decision counts in one column ("4 done, 1
 * overdue"), so the table fits 80 columns; CSV and workbooks keep them as three numbers.
 */
export function meetingsTableGrid(report: MeetingsReport): Grid {
  const { lang } = report
  const full = meetingsGrid(report)
  return {
    name: full.name,
    columns: [...full.columns.slice(0, 5), { header: decisionsHeader(lang), type: 'text', rank: 3, min: 8 }],
    rows: report.meetings.map((m, r) => [...full.rows[r]!.slice(0, 5), decisionsText(m.decisions, lang)]),
  }
}
