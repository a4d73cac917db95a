// The files of a new workspace (contract §7, `chainchief init`): a pure function of the
// language, the package spec, the CI system and the schema texts → paths and contents. Nothing here
// touches the disk; src/cli/commands/init.ts writes what this returns.
import type { Lang } from '../model/types.js'
import { GITHUB_WORKFLOW_PATH, GITLAB_CI_PATH, githubWorkflow, gitlabCi, HOOK_PATH, preCommitHook, type CiSystem } from './ci-template.js'
import { readmeText } from './readme-template.js'
import { SCHEMA_FOLDER, SCHEMA_NAMES, type SchemaName } from './schema-names.js'
import { SIGNATURE_CHAINS, SYSTEM_NAME } from './signature-chains.js'

export interface InitFile {
  /** Relative to the workspace root, '/' separators. */
  path: string
  text: string
  /** File mode when not 0o644 (the git hook is executable). */
  mode?: number
}

export interface InitOptions {
  lang: Lang
  /** What CI and the README install (`init --package`), pinned. */
  spec: string
  /** Which CI set-up to write (`init --ci`). */
  ci: CiSystem
  /** The `--format` the GitLab job prints to its log. */
  logFormat: string
  /** The published schemas, byte for byte, by name. */
  schemas: Record<SchemaName, string>
}

/** `# yaml-language-server: $schema=…` for a file `depth` folders below the root. */
export function modeline(schema: SchemaName, depth: number): string {
  const up = depth === 0 ? './' : '../'.repeat(depth)
  return `# yaml-language-server: $schema=${up}${SCHEMA_FOLDER}/${schema}.schema.json`
}

function manifest(lang: Lang): string {
  const comment =
    lang === 'zh'
      ? ['# chainchief 工作区清单，说明见 README.md。', '# 按规则标识调整严重程度（error、warn、off），例如：', '# rules:', '#   future-date: off']
      : ['# The chainchief workspace manifest: see README.md.', '# Severity overrides by rule id (error, warn, off), for example:', '# rules:', '#   future-date: off']
  return [
    modeline('workspace', 0),
    comment[0],
    'name:',
    `  zh: ${SYSTEM_NAME.zh}`,
    `  en: ${SYSTEM_NAME.en}`,
    `chains: ${SIGNATURE_CHAINS.length}`,
    `language: ${lang}`,
    'timezone: Asia/Shanghai',
    // The official order of the 11 chains (DOMAIN.md §1): every table, list and brief follows it.
    'order:',
    ...SIGNATURE_CHAINS.map((chain) => `  - ${chain.id}`),
    ...comment.slice(1),
    '',
  ].join('\n')
}

function listFile(schema: 'organizations' | 'people', lang: Lang): string {
  const hint = {
    organizations: {
      en: '# Every organization the data names: id, name, short (optional), type.',
      zh: '# 数据中提到的所有单位：id、name、short（可选）、type。',
    },
    people: {
      en: '# Every person the data names: id, name, organization (optional), title (optional).',
      zh: '# 数据中提到的所有人员：id、name、organization（可选）、title（可选）。',
    },
  }[schema][lang]
  return `${modeline(schema, 0)}\n${hint}\n${schema}: []\n`
}

function chainFile(id: string, name: { zh: string; en: string }): string {
  return `${modeline('chain', 1)}\nid: ${id}\nname:\n  zh: ${name.zh}\n  en: ${name.en}\n`
}

function vscodeSettings(): string {
  const at = (name: SchemaName) => `./${SCHEMA_FOLDER}/${name}.schema.json`
  const settings = {
    'yaml.schemas': {
      [at('workspace')]: ['chainchief.yaml'],
      [at('organizations')]: ['organizations.yaml'],
      [at('people')]: ['people.yaml'],
      [at('chain')]: ['chains/*.yaml', 'chains/*.yml'],
      [at('meeting')]: ['meetings/*.yaml', 'meetings/*.yml'],
    },
    'yaml.validate': true,
    'yaml.completion': true,
    'yaml.hover': true,
    'files.encoding': 'utf8',
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'editor.detectIndentation': false },
  }
  return JSON.stringify(settings, null, 2) + '\n'
}

function ciFiles(options: InitOptions): InitFile[] {
  if (options.ci === 'github') return [{ path: GITHUB_WORKFLOW_PATH, text: githubWorkflow(options.spec) }]
  if (options.ci === 'gitlab') return [{ path: GITLAB_CI_PATH, text: gitlabCi(options.spec, options.logFormat) }]
  return []
}

const EDITORCONFIG = `# Data files are UTF-8 and indented with spaces (a tab or a GBK file is a check error).
root = true

[*]
charset = utf-8
end_of_line = lf
insert_final_newline = true

[*.{yaml,yml}]
indent_style = space
indent_size = 2
`

const GITATTRIBUTES = `# Copies of the chainchief schemas, written by \`chainchief init\` and refreshed by
# \`chainchief schema --out ${SCHEMA_FOLDER}\`: generated, do not edit.
schemas/** linguist-generated=true
`

/** Every file of a new workspace, in the order they are written and listed. */
export function workspaceFiles(options: InitOptions): InitFile[] {
  const { lang, schemas } = options
  return [
    { path: 'chainchief.yaml', text: manifest(lang) },
    { path: 'organizations.yaml', text: listFile('organizations', lang) },
    { path: 'people.yaml', text: listFile('people', lang) },
    ...SIGNATURE_CHAINS.map((c) => ({ path: `chains/${c.id}.yaml`, text: chainFile(c.id, c.name) })),
    { path: 'meetings/.gitkeep', text: '' },
    ...SCHEMA_NAMES.map((name) => ({ path: `${SCHEMA_FOLDER}/${name}.schema.json`, text: schemas[name] })),
    { path: '.chainchief/.gitattributes', text: GITATTRIBUTES },
    { path: '.vscode/settings.json', text: vscodeSettings() },
    { path: '.vscode/extensions.json', text: JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2) + '\n' },
    { path: '.editorconfig', text: EDITORCONFIG },
    ...ciFiles(options),
    { path: HOOK_PATH, text: preCommitHook(lang), mode: 0o755 },
    { path: 'README.md', text: readmeText(lang, { spec: options.spec, ci: options.ci }) },
  ]
}
