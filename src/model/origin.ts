// Where a record or a value was read (types.ts `Origin`): its file, and its path in the file's
// data made when asked for, from the path of the record that holds it and one or two segments
// more. A workspace holds an origin for every record and every id and ref (411,000 in the
// 11×5000 bench workspace), and only a finding asks for a path: one small object each instead
// of an object and an array (issue #15, memory). An id or ref site keeps what its origin is
// made of and makes it when a rule reports on it, and so do a task's milestones and updates.
import type { Path } from '../findings/index.js'
import type { IdSite, IsoDate, Milestone, Namespace, Origin, RefKind, RefSite, TaskStatus, Text, Update } from './types.js'

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

/** An id's place: the `id` field of the record at `base`. */
export class IdSiteAt implements IdSite {
  readonly namespace: Namespace
  readonly kind: IdSite['kind']
  readonly id: string
  readonly #file: string
  readonly #base: Path

  constructor(namespace: Namespace, kind: IdSite['kind'], id: string, file: string, base: Path) {
    this.namespace = namespace
    this.kind = kind
    this.id = id
    this.#file = file
    this.#base = base
  }

  get origin(): Origin {
    return new SiteOrigin(this.#file, this.#base, 'id')
  }

  toJSON(): IdSite {
    return { namespace: this.namespace, kind: this.kind, id: this.id, origin: this.origin }
  }
}

/** A ref's place: the `field` of the record at `base`, or item `index` of that list. */
export class RefSiteAt implements RefSite {
  readonly kind: RefKind
  readonly id: string
  readonly field: string
  readonly #file: string
  readonly #base: Path
  readonly #index: number | undefined

  constructor(kind: RefKind, id: string, field: string, file: string, base: Path, index?: number) {
    this.kind = kind
    this.id = id
    this.field = field
    this.#file = file
    this.#base = base
    this.#index = index
  }

  get origin(): Origin {
    return new SiteOrigin(this.#file, this.#base, this.field, this.#index)
  }

  toJSON(): RefSite {
    return { kind: this.kind, id: this.id, origin: this.origin, field: this.field }
  }
}

/** A milestone of the task at `base`: item `index` of its `milestones`. */
export class MilestoneAt implements Milestone {
  readonly title: Text
  readonly due: IsoDate
  readonly done: IsoDate | undefined
  readonly #file: string
  readonly #base: Path
  readonly #index: number

  constructor(title: Text, due: IsoDate, done: IsoDate | undefined, file: string, base: Path, index: number) {
    this.title = title
    this.due = due
    this.done = done
    this.#file = file
    this.#base = base
    this.#index = index
  }

  get origin(): Origin {
    return new SiteOrigin(this.#file, this.#base, 'milestones', this.#index)
  }

  toJSON(): Milestone {
    return { title: this.title, due: this.due, done: this.done, origin: this.origin }
  }
}

/** An update of the task at `base`: item `index` of its `updates`. */
export class UpdateAt implements Update {
  readonly date: IsoDate
  readonly progress: number
  readonly status: TaskStatus | undefined
  readonly note: Text | undefined
  readonly #file: string
  readonly #base: Path
  readonly #index: number

  constructor(date: IsoDate, progress: number, status: TaskStatus | undefined, note: Text | undefined, file: string, base: Path, index: number) {
    this.date = date
    this.progress = progress
    this.status = status
    this.note = note
    this.#file = file
    this.#base = base
    this.#index = index
  }

  get origin(): Origin {
    return new SiteOrigin(this.#file, this.#base, 'updates', this.#index)
  }

  toJSON(): Update {
    return { date: this.date, progress: this.progress, status: this.status, note: this.note, origin: this.origin }
  }
}
