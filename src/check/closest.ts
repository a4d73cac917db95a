// The nearest candidate to a misspelt id or field, for "did you mean" hints.

/** Levenshtein distance with an early exit past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      row.push(v)
      if (v < best) best = v
    }
    if (best > limit) return limit + 1
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
