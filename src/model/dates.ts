// Calendar dates as YYYY-MM-DD strings (contract §2): compared as strings, never through a
// local-time Date, so a laptop in Jinan and CI in UTC agree (PITFALLS §5).
import { TIME_ZONE_NAMES } from './time-zone-names.js'
import type { IsoDate } from './types.js'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date written YYYY-MM-DD (no 2023-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  // The proleptic Gregorian calendar of Date, without making one (a data file holds
  // thousands of dates). Years 0–99 never matched: Date.UTC reads them as 1900–1999.
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return false
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
  return d <= (mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31)
}

/** The date `days` days after `date` (negative: before). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** Today's date in an IANA time zone (undefined or unknown — reported by check —: the machine's). */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): IsoDate {
  if (timeZone !== undefined && !isTimeZone(timeZone)) timeZone = undefined
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** True when the runtime knows the IANA zone name. */
export function isTimeZone(name: string): boolean {
  if (TIME_ZONE_NAMES.has(name)) return true
  try {
    new Intl.DateTimeFormat('en', { timeZone: name })
    return true
  } catch {
    return false
  }
}
