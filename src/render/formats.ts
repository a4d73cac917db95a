// The `--format` names of every renderer family, in one small module that the command line
// (choices, completion) can load without loading any renderer. Each family's index.ts maps
// every name to its function (`satisfies Record<…Format, …Renderer>`), so a name added here
// without a renderer, or a renderer without a name, fails to compile.
export const DIAGNOSTICS_FORMATS = ['pretty', 'compact', 'json', 'github', 'sarif', 'gitlab'] as const
export type DiagnosticsFormat = (typeof DIAGNOSTICS_FORMATS)[number]

/** xlsx: a workbook, rendered apart (progress/xlsx.ts) since it is bytes and loads the writer. */
export const PROGRESS_FORMATS = ['table', 'json', 'csv', 'markdown', 'xlsx'] as const
export type ProgressFormat = (typeof PROGRESS_FORMATS)[number]

export const BRIEF_FORMATS = ['markdown', 'html', 'docx'] as const
export type BriefFormat = (typeof BRIEF_FORMATS)[number]

/** The views of contract §10 (problems, roster, meetings, task): one set of formats for all. */
export const VIEW_FORMATS = ['table', 'json', 'csv', 'markdown', 'xlsx'] as const
export type ViewFormat = (typeof VIEW_FORMATS)[number]
