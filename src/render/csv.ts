// RFC 4180 CSV for spreadsheet apps (contract §5, PITFALLS §3): CRLF line ends, fields quoted
// when they hold `,` `"` CR or LF, and text cells that a spreadsheet would run as a formula
// (starting with = + - @, tab or CR) prefixed with `'`.

/** A CSV field; `text` cells get the formula guard, numbers are written as they are. */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Rows of fields → CSV text, each row ended by CRLF, with a UTF-8 BOM in front if asked. */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number | null>>, bom: boolean): string {
  return (bom ? '\uFEFF' : '') + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}
