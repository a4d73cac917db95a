// A GitHub-flavoured markdown table from cells (contract §5). Cells are written as given: pass
// data through markdown-escape.ts (markdownText) first, so a `|`, a newline or markup in a
// name cannot break the table or inject formatting (PITFALLS §5).
import { markdownText } from './markdown-escape.js'

export interface MarkdownColumn {
  header: string
  align?: 'left' | 'right'
}

/** A GitHub table: a header row (escaped here), the alignment row, then the rows as given. */
export function markdownTable(columns: readonly MarkdownColumn[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`
  const rule = columns.map((c) => (c.align === 'right' ? '---:' : '---'))
  return [line(columns.map((c) => markdownText(c.header))), `|${rule.join('|')}|`, ...rows.map(line)].join('\n') + '\n'
}
