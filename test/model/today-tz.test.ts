// todayIn (src/model/dates.ts) takes today's date from Date's local time with TZ set to the
// workspace's zone, to spare a cold start ICU's Intl.DateTimeFormat (issue #15). It must be
// the date Intl gives, in every zone, at every instant: checked here over every zone the
// runtime knows, at instants either side of DST changes, of midnight UTC and of the date line,
// in a process of its own (a test worker's TZ does not reach Date: there todayIn uses Intl,
// checked too). Runs the library that `npm run build` writes (dist/).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { todayIn } from '../../src/model/dates.js'
import { ROOT } from '../helpers/run-cli.js'

const INSTANTS = [
  '2024-03-10T06:59:59Z', '2024-03-10T07:00:00Z', // US DST starts
  '2024-03-31T00:59:59Z', '2024-03-31T01:00:00Z', // EU DST starts
  '2024-04-06T15:59:59Z', '2024-04-06T16:00:00Z', // Australia DST ends
  '2024-10-27T00:59:59Z', '2024-11-03T06:00:00Z',
  '2024-12-31T09:59:59Z', '2024-12-31T10:00:00Z', '2024-12-31T23:59:59Z', '2025-01-01T00:00:00Z',
  '2024-02-29T11:30:00Z', '2024-02-29T12:30:00Z', '1995-01-01T10:00:00Z', '2011-12-29T10:30:00Z', // Kiribati, Samoa skip a day
  '2037-07-01T12:00:00Z',
]
const ZONES_EXTRA = ['UTC', 'Etc/GMT+8', 'Etc/GMT-14', 'EST5EDT', 'Asia/Calcutta', 'US/Pacific', 'Not/AZone']

/** The check itself, as a script: whether a plain zone's date came without Intl, the dates that differ, and TZ at the end. */
const SCRIPT = `
import { todayIn } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/model/dates.js')).href)}
const Format = Intl.DateTimeFormat
let made = 0
Intl.DateTimeFormat = function (...args) { made++; return new Format(...args) }
todayIn('Asia/Shanghai')
const intlFree = made === 0
const formats = new Map()
const intl = (timeZone, now) => {
  if (!formats.has(timeZone)) {
    let zone = timeZone
    try { new Format('en', { timeZone: zone }) } catch { zone = undefined }
    formats.set(timeZone, new Format('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }))
  }
  const parts = formats.get(timeZone).formatToParts(now)
  const get = (type) => parts.find((p) => p.type === type)?.value ?? ''
  return get('year') + '-' + get('month') + '-' + get('day')
}
const wrong = []
for (const zone of [...Intl.supportedValuesOf('timeZone'), ...${JSON.stringify(ZONES_EXTRA)}, undefined]) {
  for (const at of ${JSON.stringify(INSTANTS)}) {
    const now = new Date(at)
    const got = todayIn(zone, now)
    if (got !== intl(zone, now)) wrong.push(zone + ' at ' + at + ': ' + got + ', Intl ' + intl(zone, now))
  }
}
console.log(JSON.stringify({ intlFree, wrong, tz: process.env.TZ ?? null }))
`

describe('todayIn', () => {
  it.each([['no TZ', undefined], ['TZ=Asia/Kolkata', 'Asia/Kolkata']])(
    'gives the date Intl gives, in every zone of the runtime (%s), and leaves TZ as it was',
    (_name, tz) => {
      const env = { ...process.env }
      delete env.NODE_EXTRA_CA_CERTS
      if (tz === undefined) delete env.TZ
      else env.TZ = tz
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { env, encoding: 'utf8' })
      expect(run.stderr).toBe('')
      expect(JSON.parse(run.stdout)).toEqual({ intlFree: true, wrong: [], tz: tz ?? null })
    },
  )

  it('in a test worker too, where TZ does not reach Date', () => {
    expect(todayIn('Asia/Shanghai', new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01')
    expect(todayIn('America/New_York', new Date('2025-01-01T04:59:59Z'))).toBe('2024-12-31')
  })
})
