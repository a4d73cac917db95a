// Each `--format` of `chainchief brief` and the function that renders it (contract §6):
// markdown and HTML are strings; docx is bytes, rendered by a module loaded only when asked
// for, so other commands and formats never pay for it.
import type { Brief } from '../../report/brief/index.js'
import type { BriefFormat } from '../formats.js'
import { renderBriefHtml } from './html.js'
import { renderBriefMarkdown } from './markdown.js'

export type TextBriefFormat = Exclude<BriefFormat, 'docx'>
export type BriefRenderer = (brief: Brief) => string

export const BRIEF_RENDERERS = {
  markdown: renderBriefMarkdown,
  html: renderBriefHtml,
} satisfies Record<TextBriefFormat, BriefRenderer>

export interface BriefRenderOptions {
  format?: BriefFormat
}

/** The brief in a format: markdown (default) or the printable HTML page as text; docx as the bytes of a Word document. */
export function renderBrief(brief: Brief, opts?: { format?: TextBriefFormat }): string
export function renderBrief(brief: Brief, opts: { format: 'docx' }): Promise<Uint8Array>
export function renderBrief(brief: Brief, opts?: BriefRenderOptions): string | Promise<Uint8Array>
export function renderBrief(brief: Brief, opts: BriefRenderOptions = {}): string | Promise<Uint8Array> {
  const format = opts.format ?? 'markdown'
  if (format === 'docx') return import('./docx.js').then((m) => m.renderBriefDocx(brief))
  return BRIEF_RENDERERS[format](brief)
}
