// What a read cell holds, as the value a column of an import wants (contract §9, PITFALLS §8): spreadsheet
// programs and people store one figure in several ways — 60 as a number or as the text "60"
// (full-width "６０" from a Chinese input method too), a date as a date, a serial number or
// text such as 2024/1/15 or 2024年1月15日. Each converter gives the value, `invalid` with
// what the cell showed, or undefined for an empty cell. Pure functions.
import { isIsoDate } from '../model/dates.js'
import type { IsoDate } from '../model/types.js'
import type { CellValue } from '../workspace/read-xlsx.js'

export type Converted<T> = { value: T } | { invalid: string } | undefined

/** Text as typed: NFKC folds full-width digits and signs, trimmed (U+3000 included). */
function typed(text: string): string {
  return text.normalize('NFKC').trim()
}

/** What a cell shows, for a message. */
export function shownValue(cell: CellValue): string {
  switch (cell.kind) {
    case 'empty':
      return ''
    case 'text':
      return cell.text
    case 'number':
      return String(cell.value)
    case 'date':
      return cell.date
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE'
    case 'error':
      return cell.text
  }
}

/** A whole number: a number cell, or text that spells one (a `%` after it allowed). */
export function cellWholeNumber(cell: CellValue): Converted<number> {
  if (cell.kind === 'empty') return undefined
  if (cell.kind === 'number') return Number.isInteger(cell.value) ? { value: cell.value } : { invalid: String(cell.value) }
  if (cell.kind === 'text') {
    const text = typed(cell.text)
    if (text === '') return undefined
    const m = /^([+-]?\d+)(?:\.0*)?\s*%?$/.exec(text)
    return m ? { value: Number(m[1]) } : { invalid: cell.text }
  }
  return { invalid: shownValue(cell) }
}

/** Text: a text cell trimmed, or a number as it reads; undefined when empty. */
export function cellString(cell: CellValue): string | undefined {
  if (cell.kind === 'text') {
    const text = cell.text.trim()
    return text === '' ? undefined : text
  }
  return cell.kind === 'empty' ? undefined : shownValue(cell)
}

const DAY_MS = 86_400_000

/** The date of an Excel serial day number in the 1900 or 1904 system; undefined when none. */
export function serialDate(serial: number, date1904: boolean): IsoDate | undefined {
  const day = Math.floor(serial)
  if (!Number.isFinite(day) || day < 1) return undefined
  // The 1900 system counts a 29 February 1900 that never was (Lotus 1-2-3's bug): serial 60.
  if (!date1904 && day === 60) return undefined
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)
  const date = new Date(epoch + day * DAY_MS).toISOString().slice(0, 10)
  return inRange(date) ? date : undefined
}

const TEXT_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/

/** Years 1900 to 9999, as the contract's dates (§2). */
function inRange(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4))
  return isIsoDate(date) && year >= 1900 && year <= 9999
}

/** A calendar date: a date cell, a serial number, or text written as a date. */
export function cellDate(cell: CellValue, date1904: boolean): Converted<IsoDate> {
  if (cell.kind === 'empty') return undefined
  if (cell.kind === 'date') return inRange(cell.date) ? { value: cell.date } : { invalid: cell.date }
  if (cell.kind === 'number') {
    const date = serialDate(cell.value, date1904)
    return date ? { value: date } : { invalid: String(cell.value) }
  }
  if (cell.kind === 'text') {
    const text = typed(cell.text)
    if (text === '') return undefined
    const m = TEXT_DATE.exec(text)
    const date = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined
    return date && inRange(date) ? { value: date } : { invalid: cell.text }
  }
  return { invalid: shownValue(cell) }
}
