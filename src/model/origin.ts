// Where a record or a value was read (types.ts `Origin`): its file, and its path in the file's
// data made when asked for, from the path of the record that holds it and one or two segments
// more. A workspace holds an origin for every record and every id and ref (411,000 in the
// 11×5000 bench workspace), and only a finding asks for a path: one small object each instead
// of an object and an array (issue #15, memory).
import type { Path } from '../findings/index.js'
import type { Origin } from './types.js'

type Segment = Path[number]

export class SiteOrigin implements Origin {
  readonly file: string
  readonly #base: Path
  readonly #a: Segment | undefined
  readonly #b: Segment | undefined

  constructor(file: string, base: Path, a?: Segment, b?: Segment) {
    this.file = file
    this.#base = base
    this.#a = a
    this.#b = b
  }

  /** The path: the base itself when no segment follows it, else a new array. */
  get path(): Path {
    const base = this.#base
    if (this.#a === undefined) return base
    return this.#b === undefined ? [...base, this.#a] : [...base, this.#a, this.#b]
  }

  /** As the plain `{ file, path }` it stands for. */
  toJSON(): Origin {
    return { file: this.file, path: this.path }
  }
}
