// What every progress renderer is told, decided once at the edge (cli/output.ts): the
// language, colours, the width to fit, the view, and the format's own switches (contract §5).
import type { Lang } from '../../model/types.js'
import type { Style } from '../style.js'

export type { ProgressFormat } from '../formats.js'

export interface ProgressRenderOptions {
  lang: Lang
  /** Colours for a terminal; PLAIN everywhere else. Only the table uses them. */
  style: Style
  /** Columns the table must fit. */
  width: number
  /** Plain +-| borders and a # bar, for terminals that draw box characters two columns wide. */
  ascii: boolean
  /** One row per task instead of one per chain. */
  tasks: boolean
  /** CSV only: start with a UTF-8 byte order mark so spreadsheet apps read Chinese text. */
  bom: boolean
}
