// Text cells that a spreadsheet would run as a formula (contract §5, PITFALLS §3), for CSV
// and xlsx alike: text that starts with = + - @, a tab or a carriage return, after any
// leading white space (U+3000 included), or with the full-width forms ＝ ＋ － ＠, gets a `'`
// in front, so Excel, WPS and LibreOffice show it as the text it is.

// Leading white space other than tab and CR (those two are themselves what is guarded),
// then one of the characters that start a formula or a DDE payload.
const STARTS_FORMULA = /^[^\S\t\r]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u

/** True when `text` would start a formula in a spreadsheet. */
export function startsFormula(text: string): boolean {
  return STARTS_FORMULA.test(text)
}

/** `text` made safe to put in a spreadsheet cell: `'` in front where it would start a formula. */
export function guardFormula(text: string): string {
  return STARTS_FORMULA.test(text) ? `'${text}` : text
}
