// Where chainchief itself is published (contract §7): the public GitHub repository whose
// releases carry the package tarball that `init` pins in CI, and whose docs/rules pages SARIF
// links to. A leaf: imports nothing.
//
// CHANGE HERE when the repository lives elsewhere: the default below is a placeholder owner.
// package.json `repository` must name the same repository (test/ci/project.test.ts holds them
// equal). A data repository can always pin another source with `chainchief init --package`.
export const PROJECT_REPOSITORY = 'chainchief/chainchief'

/** The repository's web address. */
export const PROJECT_URL = `https://github.com/${PROJECT_REPOSITORY}`

/**
 * The package tarball attached to the GitHub release of `version` (made by this repository's
 * .github/workflows/release.yml on a `v<version>` tag): what CI installs, pinned.
 */
export function releaseTarballUrl(version: string): string {
  return `${PROJECT_URL}/releases/download/v${version}/chainchief-${version}.tgz`
}

/** The page of a rule id in docs/rules at the tag of `version`. */
export function ruleDocUrl(rule: string, version: string): string {
  return `${PROJECT_URL}/blob/v${version}/docs/rules/${rule}.md`
}
