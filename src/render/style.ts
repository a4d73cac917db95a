// How renderers colour text, decided once at the edge (cli/output.ts): renderers only call
// these functions, so they never read the environment or know about chalk.
export interface Style {
  error(text: string): string
  warning(text: string): string
  ok(text: string): string
  dim(text: string): string
  bold(text: string): string
  accent(text: string): string
}

const same = (text: string) => text
export const PLAIN: Style = { error: same, warning: same, ok: same, dim: same, bold: same, accent: same }
