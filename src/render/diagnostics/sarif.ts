// `check --format sarif` (contract §4, PITFALLS §10): one SARIF 2.1.0 log for code-scanning
// tools. Tool `chainchief` with a rule per rule id (its help text from docs/rules, a link to
// its page), a result per diagnostic with its region: the same lines and columns as `json`
// (1-based, columns in UTF-16 code units, end just past the span), paths relative to the
// repository root. Written with JSON's own \u escapes for controls, bidi and `##[`.
import { DEFAULT_SEVERITY } from '../../check/rules/index.js'
import { RULE_IDS, type RuleId } from '../../findings/index.js'
import { PROJECT_URL, ruleDocUrl } from '../../findings/project.js'
import { jsonText } from '../escape.js'
import type { DiagnosticsRenderOptions, DiagnosticsReport } from './options.js'
import { RULE_HELP } from './rule-help.js'
import { RULE_SUMMARY_ZH } from './rule-summaries-zh.js'

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

/** Markdown code spans as plain text: `id` → id. */
function plain(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1')
}

function ruleDescriptor(rule: RuleId, options: DiagnosticsRenderOptions) {
  const help = RULE_HELP[rule]
  const uri = ruleDocUrl(rule, options.version)
  const short = options.lang === 'zh' ? RULE_SUMMARY_ZH[rule] : help.summary
  return {
    id: rule,
    name: rule,
    shortDescription: { text: plain(short), markdown: short },
    fullDescription: { text: plain(help.finds), markdown: help.finds },
    help: {
      text: `${plain(help.finds)}\n\nWhy: ${plain(help.why)}\n\nHow to fix it: ${plain(help.fix)}\n\n${uri}`,
      markdown: `${help.finds}\n\n**Why:** ${help.why}\n\n**How to fix it:** ${help.fix}\n\n[${rule}](${uri})`,
    },
    helpUri: uri,
    defaultConfiguration: { level: DEFAULT_SEVERITY[rule] === 'warn' ? 'warning' : 'error' },
  }
}

/** A repository-relative path as a URI reference: each segment percent-encoded. */
function uriOf(path: string): string {
  // A lone surrogate has no UTF-8 form: encodeURIComponent would throw on it.
  return path.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd').split('/').map(encodeURIComponent).join('/')
}

export function renderDiagnosticsSarif(report: DiagnosticsReport, options: DiagnosticsRenderOptions): string {
  const index = new Map<RuleId, number>(RULE_IDS.map((rule, i) => [rule, i]))
  const results = report.diagnostics.map((d) => ({
    ruleId: d.rule,
    ruleIndex: index.get(d.rule) ?? -1,
    level: d.severity === 'error' ? 'error' : 'warning',
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(options.prefix + d.file) },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      },
    ],
  }))
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'chainchief',
            version: options.version,
            semanticVersion: options.version,
            informationUri: PROJECT_URL,
            rules: RULE_IDS.map((rule) => ruleDescriptor(rule, options)),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
  return jsonText(log) + '\n'
}
