// README.md of a new workspace (contract §7, `chainchief init`), in English or Chinese: how
// to edit the files, how to install chainchief and run check, progress and brief, what CI
// and the pre-commit hook do, and how to change the pinned package. Pure text.
import type { Lang } from '../model/types.js'
import { GITHUB_WORKFLOW_PATH, GITLAB_CI_PATH, GITLAB_REPORT, HOOK_PATH, type CiSystem } from './ci-template.js'
import { PROJECT_URL } from '../findings/project.js'
import { SCHEMA_FOLDER } from './schema-names.js'

export interface ReadmeOptions {
  /** The package spec CI installs, pinned (`init --package`). */
  spec: string
  ci: CiSystem
}

/** A spec as a shell word: quoted when it holds anything but URL and path characters. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./#~-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`
}

const CI_FILE: Record<CiSystem, string | undefined> = { github: GITHUB_WORKFLOW_PATH, gitlab: GITLAB_CI_PATH, none: undefined }

/** The same example in both languages: the data is bilingual anyway. */
const ORGANIZATION_EXAMPLE = `\`\`\`yaml
organizations:
  - id: diitsp
    name: {zh: 山东省工业和信息化厅, en: Department of Industry and Information Technology of Shandong Province}
    short: {zh: 省工业和信息化厅, en: DIITSP}
    type: government
\`\`\``

function englishCi(ci: CiSystem): string {
  if (ci === 'github') {
    return `\`${GITHUB_WORKFLOW_PATH}\` runs \`check\` on every push and pull request: each finding shows as an
annotation on the offending line of the pull request, and the job's summary page lists them all.`
  }
  if (ci === 'gitlab') {
    return `\`${GITLAB_CI_PATH}\` runs \`check\` on every push: the findings are printed in the job log and, as the
Code Quality report \`${GITLAB_REPORT}\`, shown in the merge request. The job uses the \`node:20\` image.`
  }
  return 'No CI was set up (`chainchief init --ci none`). Run `chainchief init --ci github` or `--ci gitlab` in an empty\nfolder to see the file it would write.'
}

function english(options: ReadmeOptions): string {
  const cc = 'chainchief'
  const file = CI_FILE[options.ci]
  return `# Shandong Chain Chief System — data

The data of the 11 signature industrial chains (标志性产业链) of Shandong's chain chief system
(链长制): chain chiefs, service officers, chain leader enterprises, key tasks, problem lists and
scheduling meetings, as YAML files checked by [chainchief](${PROJECT_URL}).

## Files

\`\`\`
chainchief.yaml            the manifest: name, number of chains (11), language, time zone
organizations.yaml         every organization the data names
people.yaml                every person the data names
chains/<chain-id>.yaml     one file per chain: roles, key tasks, problem list
meetings/<meeting-id>.yaml one file per meeting, e.g. meetings/2022-12-07-textile-garment.yaml
${SCHEMA_FOLDER}/      the JSON Schemas of those files (generated, do not edit)
\`\`\`

## Editing

- Open this folder in VS Code and install the recommended **YAML** extension (Red Hat). Every
  data file starts with a \`# yaml-language-server: $schema=…\` line and \`.vscode/settings.json\`
  maps the folders to the schemas, so the editor completes field names, shows what each field
  means on hover (in English and Chinese), and underlines the same schema errors as
  \`chainchief check\`. Cross-file rules (unknown ids, duplicate ids, dates in the wrong order…)
  only \`check\` finds.
- Save files as UTF-8 and indent with spaces, never tabs.
- A name is a string or \`{zh: …, en: …}\`. An id is lowercase letters, digits and \`-\`.
  Dates are \`YYYY-MM-DD\`.
- Add each organization to \`organizations.yaml\` and each person to \`people.yaml\` before
  naming them elsewhere:

${ORGANIZATION_EXAMPLE}

- A chain's key tasks and problems go in its file under \`tasks:\` and \`problems:\`; a task needs
  \`id\`, \`title\`, \`category\`, \`owner\`, \`due\`, \`status\` and \`progress\`, and its dated
  \`updates\` are listed oldest first.
- A new meeting is a new file in \`meetings/\` whose \`id\` equals its file name; start it with
  \`# yaml-language-server: $schema=../${SCHEMA_FOLDER}/meeting.schema.json\`.

## Commands

Install chainchief once (it needs Node.js 20 or later); this is the same pinned package CI installs:

\`\`\`sh
npm install --global ${shellWord(options.spec)}
\`\`\`

\`\`\`sh
${cc} check                      # every file against the schemas and the cross-file rules
${cc} check --lang zh            # the same, in Chinese
${cc} progress                   # where the chains stand today
${cc} progress --tasks --overdue # overdue key tasks
${cc} brief <meeting-id> -o brief.md              # the meeting brief (会议纪要) as markdown
${cc} brief <meeting-id> --format html -o brief.html  # … as a printable page
\`\`\`

Run \`check\` before every commit. \`progress\` and \`brief\` refuse to report on data that does not
pass \`check\`. Every command takes \`--help\`.

## CI

${englishCi(options.ci)}

## Checking before each commit

\`${HOOK_PATH}\` runs \`chainchief check\` before every commit, so a broken file never reaches the
repository. Turn it on once in each clone: \`git config core.hooksPath .githooks\`. Skip it for one
commit with \`git commit --no-verify\`.

## Upgrading chainchief

chainchief is pinned to \`${options.spec}\`${file ? ` (\`CHAINCHIEF_PACKAGE\` in \`${file}\`)` : ''}. To upgrade, put
the new package there${file ? '' : ' (any npm package spec: a release tarball URL, \`github:<owner>/chainchief#<tag>\`)'}, install it with \`npm install --global <package>\`, then refresh the
schema copies: \`chainchief schema --out ${SCHEMA_FOLDER}\`.
`
}

function chineseCi(ci: CiSystem): string {
  if (ci === 'github') return `\`${GITHUB_WORKFLOW_PATH}\` 在每次推送和拉取请求时运行 \`check\`，问题会标注在拉取请求的相应行上，作业摘要页列出全部问题。`
  if (ci === 'gitlab') {
    return `\`${GITLAB_CI_PATH}\` 在每次推送时运行 \`check\`：问题打印在作业日志中，并通过代码质量报告 \`${GITLAB_REPORT}\` 显示在合并请求中。作业使用 \`node:20\` 镜像。`
  }
  return '未设置持续集成（`chainchief init --ci none`）。在空文件夹中运行 `chainchief init --ci github` 或 `--ci gitlab` 可查看会写入的文件。'
}

function chinese(options: ReadmeOptions): string {
  const cc = 'chainchief'
  const file = CI_FILE[options.ci]
  return `# 山东省标志性产业链链长制 — 数据

山东省 11 条标志性产业链“链长制”工作数据：链长、产业链服务员、链主企业、重点任务、问题清单和
调度会议，以 YAML 文件保存，并由 [chainchief](${PROJECT_URL}) 检查。

## 文件

\`\`\`
chainchief.yaml            工作区清单：名称、产业链数量（11）、语言、时区
organizations.yaml         数据中提到的所有单位
people.yaml                数据中提到的所有人员
chains/<产业链标识>.yaml    每条产业链一个文件：角色、重点任务、问题清单
meetings/<会议标识>.yaml    每次会议一个文件，如 meetings/2022-12-07-textile-garment.yaml
${SCHEMA_FOLDER}/      上述文件的 JSON Schema（自动生成，请勿修改）
\`\`\`

## 编辑

- 用 VS Code 打开本文件夹，并安装推荐的 **YAML** 扩展（Red Hat）。每个数据文件第一行都是
  \`# yaml-language-server: $schema=…\`，\`.vscode/settings.json\` 也把各文件夹对应到相应的 Schema，
  因此编辑器会补全字段名、悬停时用中英文说明字段含义，并标出与 \`chainchief check\` 相同的
  Schema 错误。跨文件规则（未知标识、重复标识、日期先后等）只有 \`check\` 才能发现。
- 文件请保存为 UTF-8 编码，用空格缩进，不要用制表符。
- 名称可以是字符串，也可以是 \`{zh: …, en: …}\`。标识只能用小写字母、数字和 \`-\`。日期写作
  \`YYYY-MM-DD\`。
- 在其他地方引用单位或人员之前，先把单位加入 \`organizations.yaml\`、把人员加入 \`people.yaml\`：

${ORGANIZATION_EXAMPLE}

- 产业链的重点任务和问题写在该产业链文件的 \`tasks:\` 和 \`problems:\` 下；任务必须有 \`id\`、
  \`title\`、\`category\`、\`owner\`、\`due\`、\`status\` 和 \`progress\`，进度记录 \`updates\` 按日期先后排列。
- 新会议是 \`meetings/\` 中的一个新文件，\`id\` 与文件名相同；文件第一行写
  \`# yaml-language-server: $schema=../${SCHEMA_FOLDER}/meeting.schema.json\`。

## 命令

先安装一次 chainchief（需要 Node.js 20 或更高版本），与持续集成安装的是同一个固定版本的包：

\`\`\`sh
npm install --global ${shellWord(options.spec)}
\`\`\`

\`\`\`sh
${cc} check                      # 按 Schema 和跨文件规则检查所有文件
${cc} progress                   # 各产业链截至今天的进展
${cc} progress --tasks --overdue # 逾期的重点任务
${cc} brief <会议标识> -o brief.md              # 会议纪要（markdown）
${cc} brief <会议标识> --format html -o brief.html  # 可打印的网页
\`\`\`

每次提交前请运行 \`check\`。数据未通过 \`check\` 时，\`progress\` 和 \`brief\` 不会生成报告。
每个命令都支持 \`--help\`。本工作区默认使用中文输出（\`chainchief.yaml\` 中的 \`language: zh\`），
\`--lang en\` 可改为英文。

## 持续集成

${chineseCi(options.ci)}

## 提交前检查

\`${HOOK_PATH}\` 在每次提交前运行 \`chainchief check\`，有问题的文件不会进入仓库。在每个克隆中启用一次：
\`git config core.hooksPath .githooks\`。个别提交可用 \`git commit --no-verify\` 跳过。

## 升级 chainchief

chainchief 固定为 \`${options.spec}\`${file ? `（\`${file}\` 中的 \`CHAINCHIEF_PACKAGE\`）` : ''}。升级时把新的包写在那里${file ? '' : '（任何 npm 包说明：发布的压缩包网址、\`github:<owner>/chainchief#<tag>\`）'}，
用 \`npm install --global <包>\` 安装，然后更新 Schema 副本：\`chainchief schema --out ${SCHEMA_FOLDER}\`。
`
}

export function readmeText(lang: Lang, options: ReadmeOptions): string {
  return lang === 'zh' ? chinese(options) : english(options)
}
