// Flag values shared by commands, parsed and checked once (bad value: UsageError, exit 2).
import { InvalidArgumentError } from 'commander'
import { isIsoDate } from '../model/dates.js'
import type { IsoDate, Lang } from '../model/types.js'
import { say } from './words.js'

export function parseDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidArgumentError(say('value.date', { value }))
  return value
}

export function parseLang(value: string): Lang {
  if (value !== 'en' && value !== 'zh') throw new InvalidArgumentError(say('value.lang', { value }))
  return value
}

export function parseCount(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(say('value.count', { value }))
  return n
}

export interface WorkspaceFlags {
  workspace?: string
  lang?: Lang
  asOf?: IsoDate
  output?: string
  color?: boolean
}

/** A whole percent, 0 to 100 (`update --progress`). */
export function parsePercent(value: string): number {
  const n = Number(value)
  if (!/^\d{1,3}$/.test(value) || n > 100) throw new InvalidArgumentError(say('value.percent', { value }))
  return n
}
