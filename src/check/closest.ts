// The nearest candidate to a misspelt id or field, for "did you mean" hints. The work per
// word is bounded (issue #16: a workspace without organizations.yaml has an unknown ref on
// every task): candidates are indexed once by length, only lengths within the edit limit are
// compared, each comparison stops as soon as the limit is passed, at most MAX_COMPARED are
// compared per word, and containment is looked up, not scanned.

/** Candidates compared by edit distance for one word, at most: the nearest lengths first. */
export const MAX_COMPARED = 2000
/** A word longer than this gets no hint: no id or field is that long. */
const MAX_WORD = 128

/**
 * Edit distance where a swap of two neighbouring letters counts as one edit, as typing slips
 * do (`stauts` → `status`: 1, optimal string alignment), with an early exit past `limit`
 * (returns limit + 1 then).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before = new Uint32Array(b.length + 1)
  let prev = new Uint32Array(b.length + 1)
  let row = new Uint32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    row[0] = i
    let best = i
    const ch = a.charCodeAt(i - 1)
    const back = i > 1 ? a.charCodeAt(i - 2) : -1
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ch === b.charCodeAt(j - 1) ? 0 : 1))
      if (j > 1 && ch === b.charCodeAt(j - 2) && back === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2]! + 1)
      row[j] = v
      if (v < best) best = v
    }
    if (best > limit) return limit + 1
    ;[before, prev, row] = [prev, row, before]
  }
  return prev[b.length]!
}

/** How far a word may be from a hint: short words need near-exact matches (two edits turn any 2-letter id into any other). */
function limitFor(word: string): number {
  return Math.min(Math.max(2, Math.floor(word.length / 3)), Math.floor((word.length - 1) / 2))
}

/** First index of `sorted` whose entry is ≥ `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** A set of candidates, indexed once, asked for the nearest of many words. */
export class ClosestIndex {
  private readonly all: ReadonlySet<string>
  private readonly byLength = new Map<number, string[]>()
  /** Each candidate's tails from its start and after each '-', sorted; and whose tail each is. */
  private tails: { keys: string[]; owners: string[] } | undefined
  private readonly memo = new Map<string, string | undefined>()
  /** Edit distances computed so far (for the tests that hold the work per word bounded). */
  compared = 0

  constructor(candidates: Iterable<string>) {
    const sorted = [...new Set(candidates)].sort()
    this.all = new Set(sorted)
    for (const c of sorted) {
      const bucket = this.byLength.get(c.length)
      if (bucket) bucket.push(c)
      else this.byLength.set(c.length, [c])
    }
  }

  /**
   * The candidate closest to `word`, if close enough to be a likely typo: within a third of
   * the word's length, or one that contains the word (at its start or after a '-') or is
   * contained in it. Ties: the first in sorted order, so hints are stable.
   */
  find(word: string): string | undefined {
    if (this.memo.has(word)) return this.memo.get(word)
    const found = this.search(word)
    this.memo.set(word, found)
    return found
  }

  private search(word: string): string | undefined {
    // Ids and field names are at most 64 characters: a longer word is no typo of one.
    if (word.length > MAX_WORD) return undefined
    const limit = limitFor(word)
    let best: string | undefined
    let bestDistance = Infinity
    const consider = (c: string, d: number) => {
      if (c === word || d > limit) return
      if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
        best = c
        bestDistance = d
      }
    }
    let compared = 0
    for (let delta = 0; delta <= limit && compared < MAX_COMPARED; delta++) {
      for (const length of delta === 0 ? [word.length] : [word.length - delta, word.length + delta]) {
        for (const c of this.byLength.get(length) ?? []) {
          if (compared++ >= MAX_COMPARED) break
          this.compared++
          consider(c, editDistance(word, c, Math.min(limit, bestDistance)))
        }
      }
    }
    if (word.length >= 3 && bestDistance >= limit) for (const c of this.containing(word)) consider(c, limit)
    return best
  }

  /** Candidates of 3 or more characters that the word contains, or that contain it at a segment start. */
  private containing(word: string): string[] {
    const out: string[] = []
    for (let i = 0; i < word.length; i++) {
      for (let j = i + 3; j <= word.length; j++) {
        const part = word.slice(i, j)
        if (part !== word && this.all.has(part)) out.push(part)
      }
    }
    const { keys, owners } = (this.tails ??= this.buildTails())
    for (let k = lowerBound(keys, word); k < keys.length && keys[k]!.startsWith(word); k++) {
      if (owners[k]!.length >= 3) out.push(owners[k]!)
    }
    return out
  }

  private buildTails(): { keys: string[]; owners: string[] } {
    const tails: Array<[string, string]> = []
    for (const c of this.all) {
      tails.push([c, c])
      for (let i = c.indexOf('-'); i !== -1; i = c.indexOf('-', i + 1)) tails.push([c.slice(i + 1), c])
    }
    tails.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    return { keys: tails.map(([t]) => t), owners: tails.map(([, c]) => c) }
  }
}

/** The candidate closest to `word` (see ClosestIndex.find); for one word against a few candidates. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return new ClosestIndex(candidates).find(word)
}
