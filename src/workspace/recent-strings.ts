// One string object for a short value that a file repeats (dates, ids, statuses), so that the
// data kept for positions holds each such value once (issue #15, memory). A Map of every
// string seen gave the same sharing but cost ~300 ms of an 11×5000 `check` in lookups and in
// its own growth (178,000 lookups per chain file): this is a fixed table of the strings seen
// last, one per slot, chosen by a hash of the characters. A value whose slot another took
// is kept as read: a lost share costs a little memory, never a different value.

/** Strings up to this length are shared (longer text rarely repeats). */
export const SHARED_STRING_LENGTH = 64

const SLOT_BITS = 13
const MASK = (1 << SLOT_BITS) - 1

export class RecentStrings {
  readonly #slots: Array<string | undefined> = new Array<string | undefined>(MASK + 1).fill(undefined)

  /** `s` itself, or an equal string this table gave before. */
  share(s: string): string {
    const n = s.length
    if (n === 0 || n > SHARED_STRING_LENGTH) return s
    let h = n
    for (let i = 0; i < n; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0
    h = (h ^ (h >>> 15)) & MASK
    const seen = this.#slots[h]
    if (seen === s) return seen
    this.#slots[h] = s
    return s
  }
}
