// ProblemsReport → the grid every format of `problems` shows (contract §10): the same columns
// and words in a table, CSV, markdown and a workbook.
import type { ProblemsReport } from '../../report/problems.js'
import type { Grid, GridColumn } from '../grid.js'
import { HEADERS, problemStatusLabel, PROBLEM_COLUMNS } from './labels.js'

const TYPES: Record<(typeof PROBLEM_COLUMNS)[number], Omit<GridColumn, 'header'>> = {
  chain: { type: 'text', rank: 4, min: 8 },
  id: { type: 'id', rank: 5 },
  text: { type: 'text', rank: 1, min: 14 },
  task: { type: 'id', rank: 3 },
  owner: { type: 'text', rank: 2 },
  raised: { type: 'date' },
  status: { type: 'text', rank: 3, min: 6 },
  daysOpen: { type: 'integer' },
}

export function problemsGrid(report: ProblemsReport): Grid {
  const { lang } = report
  return {
    name: lang === 'zh' ? '问题清单' : 'Problems',
    columns: PROBLEM_COLUMNS.map((key) => ({ header: HEADERS[key][lang], ...TYPES[key] })),
    rows: report.problems.map((p) => [p.chainName, p.id, p.text, p.task, p.ownerName, p.raised, problemStatusLabel(p.status, lang), p.daysOpen]),
  }
}

/**
 * The terminal and markdown table: a section per chain (its name as the caption), so the
 * chain column is not repeated, and the status column only when both kinds are listed; the
 * eight columns of the grid do not fit 80 columns with Chinese text.
 */
export function problemsTableSections(report: ProblemsReport): Array<{ caption: string; grid: Grid }> {
  const full = problemsGrid(report)
  const keep = PROBLEM_COLUMNS.map((key, i) => ({ key, i })).filter(({ key }) => key !== 'chain' && (key !== 'status' || report.status === 'all'))
  const sections: Array<{ caption: string; grid: Grid }> = []
  report.problems.forEach((p, r) => {
    let section = sections[sections.length - 1]
    if (!section || section.caption !== p.chainName) {
      section = { caption: p.chainName, grid: { name: full.name, columns: keep.map(({ i }) => full.columns[i]!), rows: [] } }
      sections.push(section)
    }
    section.grid.rows.push(keep.map(({ i }) => full.rows[r]![i] ?? null))
  })
  return sections
}
