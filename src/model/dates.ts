// Calendar dates as YYYY-MM-DD strings (contract §2): compared as strings, never through a
// local-time Date, so a laptop in Jinan and CI in UTC agree (PITFALLS §5).
import { TIME_ZONE_NAMES } from './time-zone-names.js'
import type { IsoDate } from './types.js'

/** Years a date may have (contract §2): a year like 0022 is a typo, not a date. */
export const MIN_YEAR = 1900

/** The digit at `i` of `s` as a number, or NaN when it is not one of 0–9 (what \d matches). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : NaN
}

/** True for a real calendar date written YYYY-MM-DD (no 2023-02-30) of the years 1900 to 9999. */
export function isIsoDate(value: unknown): value is IsoDate {
  // /^(\d{4})-(\d{2})-(\d{2})$/ by character codes: a data file holds thousands of dates,
  // and the expression's match array and three strings were most of the cost (issue #15).
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false
  const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3)
  const mo = digit(value, 5) * 10 + digit(value, 6)
  const d = digit(value, 8) * 10 + digit(value, 9)
  if (!(y === y && mo === mo && d === d)) return false // a character that is no digit
  // The proleptic Gregorian calendar of Date, without making one (a data file holds
  // thousands of dates).
  if (y < MIN_YEAR || mo < 1 || mo > 12 || d < 1) return false
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
  return d <= (mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31)
}

/** Milliseconds from the epoch to a date; setUTCFullYear keeps years 0–99 as written (Date.UTC does not). */
function utcMs(y: number, m: number, d: number): number {
  const day = new Date(0)
  day.setUTCFullYear(y, m - 1, d)
  return day.getTime()
}
const FIRST_DAY = utcMs(0, 1, 1)
const LAST_DAY = utcMs(9999, 12, 31)
const DAY_MS = 86_400_000

/**
 * The date `days` days after `date` (negative: before), held to 0000-01-01 … 9999-12-31: a
 * `--window` of a billion days means "every date there is", never an invalid time value, and
 * a due date of 9999-12-31 stays inside any window that reaches it.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const ms = utcMs(y, m, d) + days * DAY_MS
  if (!(ms <= LAST_DAY)) return '9999-12-31'
  if (ms < FIRST_DAY) return '0000-01-01'
  const out = new Date(ms)
  return `${String(out.getUTCFullYear()).padStart(4, '0')}-${String(out.getUTCMonth() + 1).padStart(2, '0')}-${String(out.getUTCDate()).padStart(2, '0')}`
}

/** Today's date in an IANA time zone (undefined or unknown — reported by check —: the machine's). */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): IsoDate {
  if (timeZone !== undefined && !isTimeZone(timeZone)) timeZone = undefined
  if (timeZone === undefined) return localDate(now)
  if (PLAIN_ZONE.test(timeZone) && tzSwitchWorks()) return withTz(timeZone, () => localDate(now))
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

/**
 * A zone name that ICU, which gives both Date's local time and Intl their zones, reads from TZ
 * as the zone of that name. A name with digits (Etc/GMT+8) it would read as a POSIX rule, so
 * those go through Intl.
 */
const PLAIN_ZONE = /^[A-Za-z_]+(?:\/[A-Za-z_-]+)*$/

/** The date of an instant in the local time zone, as Intl writes it (en-CA: YYYY-MM-DD). */
function localDate(now: Date): IsoDate {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

let tzSwitches: boolean | undefined

/**
 * Whether setting TZ changes Date's local time in this thread: in the main thread, with
 * Node's own process.env, it does; a worker's copy of the environment, or an object put in
 * its place, does not. Tried once, with two zones no machine can both be in.
 */
function tzSwitchWorks(): boolean {
  if (tzSwitches === undefined) {
    const at = new Date(Date.UTC(2020, 0, 1))
    tzSwitches = withTz('Pacific/Kiritimati', () => at.getTimezoneOffset()) === -840 && withTz('Pacific/Pago_Pago', () => at.getTimezoneOffset()) === 660
  }
  return tzSwitches
}

/**
 * Runs `fn` with TZ set to a zone, then puts TZ back (Node tells V8 of each change). The first
 * Intl.DateTimeFormat of a process costs ~20 ms of ICU start-up (patterns, calendars), which
 * every cold `progress` and `brief` paid for today's date alone (issue #15); Date's local time
 * reads the same ICU zone data for ~1 ms. test/model/today-tz.test.ts holds the two equal over
 * every zone of the runtime, across DST changes and date lines.
 */
function withTz<T>(zone: string, fn: () => T): T {
  const env = process.env
  const before = env.TZ
  env.TZ = zone
  try {
    return fn()
  } finally {
    if (before === undefined) delete env.TZ
    else env.TZ = before
  }
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
