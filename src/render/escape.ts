// Text from data files, made safe for where it lands (contract §8, PITFALLS §1 and §5).
// Every renderer passes data strings through one of these.

// C0 controls but tab and line feed, DEL, C1 controls, and the bidi overrides that can
// reorder what a reader sees (Trojan Source).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
// eslint-disable-next-line no-control-regex
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

function visible(ch: string): string {
  if (ch === '\n') return '\\n'
  if (ch === '\r') return '\\r'
  if (ch === '\t') return '\\t'
  const cp = ch.codePointAt(0) ?? 0
  return cp > 0xff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\x${cp.toString(16).padStart(2, '0')}`
}

/**
 * The runner's legacy `##[command]` syntax is matched anywhere in a line (PITFALLS §1):
 * a zero-width space between the two '#' keeps the text readable and inert.
 */
export function defuseWorkflowCommands(text: string): string {
  return text.includes('##[') ? text.replaceAll('##[', '#\u200b#[') : text
}

/** One line of data for a terminal: controls and line breaks shown as escapes, never executed. */
export function terminalInline(text: string): string {
  return defuseWorkflowCommands(text.replace(CONTROL_OR_NEWLINE, visible))
}

/** GitHub workflow command data: `%`, CR and LF percent-encoded, `%` first (actions/toolkit). */
export function githubData(text: string): string {
  return defuseWorkflowCommands(
    text
      .replace(CONTROL, (ch) => (ch === '\r' ? ch : visible(ch)))
      .replaceAll('%', '%25')
      .replaceAll('\r', '%0D')
      .replaceAll('\n', '%0A'),
  )
}

/** GitHub workflow command property value: data escaping plus `:` and `,`. */
export function githubProperty(text: string): string {
  return githubData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

/**
 * HTML text or attribute value (printable briefs): controls dropped, `& < > " '` as
 * character references, so data never becomes markup, a script or a fetched URL.
 */
export function htmlText(text: string): string {
  return text
    .replace(CONTROL, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}
