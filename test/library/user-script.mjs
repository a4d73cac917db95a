// A user's script: imports the package by its name, as `import … from 'chainchief'` in a
// project that depends on it (here through package.json "exports" self-reference).
// Usage: node user-script.mjs '<jobs>', jobs a JSON list of [mode, workspace, as-of, lang,
// meeting-id?] with mode check, progress, brief or root; prints a JSON list of what each gave.
import { buildBrief, buildProgressReport, checkWorkspace, findWorkspaceRoot, loadWorkspace, renderBrief, UsageError } from 'chainchief'

function run([mode, dir, asOf, lang, meeting]) {
  if (mode === 'root') {
    try {
      return String(findWorkspaceRoot(dir, '/'))
    } catch (e) {
      return `${e instanceof UsageError} ${e.message}`
    }
  }
  const root = findWorkspaceRoot(dir, process.cwd())
  const result = checkWorkspace(loadWorkspace(root), { asOf, lang })
  if (mode === 'check') {
    const { files, errors, warnings, diagnostics } = result
    return JSON.stringify({ workspace: root, files, errors, warnings, diagnostics })
  }
  if (mode === 'progress') return JSON.stringify(buildProgressReport(result.model, { asOf, lang }))
  return renderBrief(buildBrief(result.model, meeting, { lang }))
}

process.stdout.write(JSON.stringify(JSON.parse(process.argv[2]).map(run)))
