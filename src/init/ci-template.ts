// The CI files and the git hook of a new workspace (contract §7, `chainchief init --ci`,
// `--package`): pure functions of the package spec → text. The spec is what CI installs with
// `npm install --global`, pinned (by default the release tarball of this version, see
// findings/project.ts); it is written as a YAML double-quoted string, so any spec stays one
// value. GitHub: annotations and the step summary come from `check` itself under Actions.
// GitLab: a Code Quality report artifact for the merge request, the findings in the job log.
import type { Lang } from '../model/types.js'

import type { CiSystem } from './ci-systems.js'

export type { CiSystem }

export const GITHUB_WORKFLOW_PATH = '.github/workflows/chainchief.yml'
export const GITLAB_CI_PATH = '.gitlab-ci.yml'
export const GITLAB_REPORT = 'gl-code-quality-report.json'
export const HOOK_PATH = '.githooks/pre-commit'

/** The one install command both CI systems run; the README gives it for a laptop too. */
export const INSTALL_COMMAND = 'npm install --global --no-audit --no-fund "$CHAINCHIEF_PACKAGE"'

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
function yamlString(text: string): string {
  return JSON.stringify(text)
}

export function githubWorkflow(spec: string): string {
  return `# Written by \`chainchief init\`: runs \`chainchief check\` on every push and pull request.
# Each finding shows as an annotation on the offending line, and the step summary lists them
# all. CHAINCHIEF_PACKAGE pins the chainchief that is installed: change it to upgrade (see
# "Upgrading chainchief" in README.md).
name: chainchief
on: [push, pull_request]
permissions:
  contents: read
env:
  CHAINCHIEF_PACKAGE: ${yamlString(spec)}
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Install chainchief
        run: ${INSTALL_COMMAND}
      - name: Check the data
        run: chainchief check
`
}

/**
 * The report is written first and its exit code ignored, so the artifact exists even when the
 * data is broken; the second run prints the findings to the job log and fails the job.
 */
export function gitlabCi(spec: string, logFormat: string): string {
  return `# Written by \`chainchief init\`: runs \`chainchief check\` on every push. The findings show
# in the job log and, through the Code Quality report, in the merge request.
# CHAINCHIEF_PACKAGE pins the chainchief that is installed: change it to upgrade (see
# "Upgrading chainchief" in README.md). The job needs a runner that can use the node:20 image.
chainchief:
  image: node:20
  variables:
    CHAINCHIEF_PACKAGE: ${yamlString(spec)}
  script:
    - ${INSTALL_COMMAND}
    - chainchief check --format gitlab -o ${GITLAB_REPORT} || true
    - chainchief check --format ${logFormat}
  artifacts:
    when: always
    reports:
      codequality: ${GITLAB_REPORT}
`
}

const HOOK_WORDS: Record<Lang, { missing: string; skip: string }> = {
  en: {
    missing: 'pre-commit: chainchief is not installed, so the data was not checked (see README.md).',
    skip: 'pre-commit: install it, or commit with --no-verify to skip the check.',
  },
  zh: {
    missing: 'pre-commit：未安装 chainchief，数据未经检查（见 README.md）。',
    skip: 'pre-commit：请先安装，或用 --no-verify 提交以跳过检查。',
  },
}

/** A git hook: `git config core.hooksPath .githooks` turns it on (README.md says so). */
export function preCommitHook(lang: Lang): string {
  const words = HOOK_WORDS[lang]
  return `#!/bin/sh
# Written by \`chainchief init\`: runs \`chainchief check\` before every commit, so a broken
# data file never reaches the repository. Turn it on once in each clone with
#   git config core.hooksPath .githooks
# and skip it for one commit with \`git commit --no-verify\`. It uses the chainchief on your
# PATH (README.md says how to install it).
if ! command -v chainchief >/dev/null 2>&1; then
  echo '${words.missing}' >&2
  echo '${words.skip}' >&2
  exit 1
fi
exec chainchief check -w "$(dirname "$0")/.."
`
}
