// The lines two texts share and where they differ, by Myers' O(ND) algorithm (edits of
// chainchief's writes are few, so D is small), after trimming the lines common to both ends.
// Lines keep their line ends, so a changed line end is a changed line.

export type DiffOp = { op: ' ' | '-' | '+'; line: string }

/** The text's lines, each with its line end ('\n' or '\r\n'); the last may have none. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

export function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail))
  return [
    ...a.slice(0, head).map((line): DiffOp => ({ op: ' ', line })),
    ...middle,
    ...a.slice(a.length - tail).map((line): DiffOp => ({ op: ' ', line })),
  ]
}

function myers(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length
  const m = b.length
  const max = n + m
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  // trace[d] holds v for k in [-d-1, d+1] as it was before step d.
  const trace: Int32Array[] = []
  let found = max
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        found = d
        break outer
      }
    }
  }
  const out: DiffOp[] = []
  let x = n
  let y = m
  for (let d = found; d > 0; d--) {
    const before = trace[d]!
    const at = (k: number) => before[k + d + 1]!
    const k = x - y
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
    const prevX = at(prevK)
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) out.push({ op: ' ', line: a[--x]! }), y--
    if (x === prevX) out.push({ op: '+', line: b[--y]! })
    else out.push({ op: '-', line: a[--x]! })
  }
  while (x > 0 && y > 0) out.push({ op: ' ', line: a[--x]! }), y--
  return out.reverse()
}
