// "Today" for future-date is taken in the workspace's time zone (contract §2 timezone, §4),
// and worked out only when a date comes near it: the cheap bound must never change a finding.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkWorkspace } from '../../src/check/run-checks.js'
import { loadWorkspace } from '../../src/workspace/load-workspace.js'
import { FIXTURES, scratchCopy } from '../helpers/run-cli.js'

let cleanup = () => {}
afterEach(() => cleanup())

/** The minimal workspace in a zone, with its last update dated `date`. */
function workspace(timezone: string, date: string) {
  const copy = scratchCopy(join(FIXTURES, 'minimal'))
  cleanup = copy.cleanup
  const manifest = join(copy.dir, 'chainchief.yaml')
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('Asia/Shanghai', timezone))
  const chain = join(copy.dir, 'chains', 'textile-garment.yaml')
  writeFileSync(chain, readFileSync(chain, 'utf8').replace('      - date: 2023-05-01\n', `      - date: ${date}\n`))
  return loadWorkspace(copy.dir)
}

const futureDates = (result: ReturnType<typeof checkWorkspace>) =>
  result.diagnostics.filter((d) => d.rule === 'future-date').map((d) => d.message)

// 20:00 UTC on 27 November: already 28 November east of UTC+4, still the 27th in UTC.
const NOW = new Date('2026-11-27T20:00:00Z')

describe('today in the workspace time zone', () => {
  it.each([
    ['Pacific/Kiritimati', '2026-11-28', []],
    ['Asia/Shanghai', '2026-11-28', []],
    ['UTC', '2026-11-28', ['update dated 2026-11-28 is after the as-of date 2026-11-27']],
    ['America/Los_Angeles', '2026-11-27', []],
    ['Pacific/Pago_Pago', '2026-11-27', []],
    ['Asia/Shanghai', '2026-11-29', ['update dated 2026-11-29 is after the as-of date 2026-11-28']],
  ])('%s, an update dated %s', (zone, date, expected) => {
    const result = checkWorkspace(workspace(zone, date), { now: NOW })
    expect(futureDates(result)).toEqual(expected)
  })

  it('reports the as-of date it used', () => {
    expect(checkWorkspace(workspace('Asia/Shanghai', '2023-05-01'), { now: NOW }).asOf).toBe('2026-11-28')
    expect(checkWorkspace(workspace('UTC', '2023-05-01'), { now: NOW }).asOf).toBe('2026-11-27')
    expect(checkWorkspace(workspace('UTC', '2023-05-01'), { now: NOW, asOf: '2023-01-01' }).asOf).toBe('2023-01-01')
  })
})

describe('time zone names', () => {
  it('every listed name is one the runtime knows, and aliases still pass through Intl', async () => {
    const { TIME_ZONE_NAMES } = await import('../../src/model/time-zone-names.js')
    const { isTimeZone } = await import('../../src/model/dates.js')
    for (const name of TIME_ZONE_NAMES) expect(() => new Intl.DateTimeFormat('en', { timeZone: name })).not.toThrow()
    expect(isTimeZone('Asia/Calcutta')).toBe(true)
    expect(isTimeZone('Asia/Jinan')).toBe(false)
  })
})
