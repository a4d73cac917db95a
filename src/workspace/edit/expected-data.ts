// What a file's data must be after its edits (SPEC §9: a write that would not read back as
// given is refused): the edits applied to the plain data, and a deep comparison.
import type { Plain } from './render-value.js'

export type YamlPath = ReadonlyArray<string | number>

export type YamlEdit =
  /** Set the scalar at `path`; a missing key is added to its map (after the key `after`, else last). */
  | { op: 'set'; path: YamlPath; value: Plain; after?: string }
  /** Append an item to the sequence at `path`; a missing or empty key gets a new sequence. */
  | { op: 'append'; path: YamlPath; value: Plain }

type Container = Record<string, unknown> | unknown[]

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null

function clone(value: unknown): unknown {
  return value === undefined ? undefined : structuredClone(value)
}

function parentOf(data: unknown, path: YamlPath): Container | undefined {
  let node = data
  for (const segment of path.slice(0, -1)) {
    if (!isContainer(node)) return undefined
    node = (node as Record<string | number, unknown>)[segment]
  }
  return isContainer(node) ? node : undefined
}

/** `data` with `edits` applied in order (a new value; `data` is not changed). */
export function applyToData(data: unknown, edits: readonly YamlEdit[]): unknown {
  const out = clone(data)
  for (const edit of edits) {
    const parent = parentOf(out, edit.path) as Record<string | number, unknown> | undefined
    const last = edit.path[edit.path.length - 1]
    if (!parent || last === undefined) continue // refused by the editor before any comparison
    if (edit.op === 'set') {
      parent[last] = clone(edit.value)
    } else {
      const list = parent[last]
      if (Array.isArray(list)) list.push(clone(edit.value))
      else parent[last] = [clone(edit.value)]
    }
  }
  return out
}

/** Structural equality of plain data (key order aside). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b)
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((v, i) => sameData(v, bb[i]))
  }
  const ka = Object.keys(a)
  const ob = b as Record<string, unknown>
  return ka.length === Object.keys(ob).length && ka.every((k) => Object.hasOwn(ob, k) && sameData((a as Record<string, unknown>)[k], ob[k]))
}
