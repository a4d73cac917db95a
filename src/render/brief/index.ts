// Each `--format` of `chainchief brief` and the pure function that renders it (contract §6).
import type { Brief } from '../../report/brief/index.js'
import type { BriefFormat } from '../formats.js'
import { renderBriefHtml } from './html.js'
import { renderBriefMarkdown } from './markdown.js'

export type BriefRenderer = (brief: Brief) => string

export const BRIEF_RENDERERS = {
  markdown: renderBriefMarkdown,
  html: renderBriefHtml,
} satisfies Record<BriefFormat, BriefRenderer>

export interface BriefRenderOptions {
  format?: BriefFormat
}

/** The brief in a format: markdown (default) or the printable HTML page. */
export function renderBrief(brief: Brief, opts: BriefRenderOptions = {}): string {
  return BRIEF_RENDERERS[opts.format ?? 'markdown'](brief)
}
