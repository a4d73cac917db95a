// The nearest candidate to a misspelt id or field, for "did you mean" hints.

/**
 * Edit distance where a swap of two neighbouring letters counts as one edit, as typing slips
 * do (`stauts` → `status`: 1), with an early exit past `limit` (optimal string alignment).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1)
      row.push(v)
      if (v < best) best = v
    }
    if (best > limit) return limit + 1
    before = prev
    prev = row
  }
  return prev[b.length]!
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo: within a third
 * of the word's length, or one that contains the word or is contained in it. Ties: the first
 * in sorted order, so hints are stable.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  // Short words need near-exact matches: two edits turn any 2-letter id into any other.
  const limit = Math.min(Math.max(2, Math.floor(word.length / 3)), Math.floor((word.length - 1) / 2))
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of [...new Set(candidates)].sort()) {
    if (c === word) continue
    let d = editDistance(word, c, limit)
    if (d > limit && word.length >= 3 && c.length >= 3 && (c.includes(word) || word.includes(c))) d = limit
    if (d <= limit && d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}
