// RFC 4180 CSV for spreadsheet apps (contract §5, PITFALLS §3): CRLF line ends, fields quoted
// when they hold `,` `"` or LF, text cells escaped and guarded against formulas by csvCell
// (escape.ts).
import { csvCell } from './escape.js'

/** A CSV field; text cells escaped and formula-guarded, numbers written as they are. */
export const csvField = csvCell

/** Rows of fields → CSV text, each row ended by CRLF, with a UTF-8 BOM in front if asked. */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number | null>>, bom: boolean): string {
  return (bom ? '\uFEFF' : '') + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('')
}
