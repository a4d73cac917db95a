// A user's script: imports the package by its name, as `import … from 'chainchief'` in a
// project that depends on it (here through package.json "exports" self-reference).
// Usage: node user-script.mjs check|progress|brief <workspace> <as-of> <lang> [meeting-id]
import { buildBrief, buildProgressReport, checkWorkspace, findWorkspaceRoot, loadWorkspace, renderBrief } from 'chainchief'

const [mode, dir, asOf, lang, meeting] = process.argv.slice(2)
const root = findWorkspaceRoot(dir, process.cwd())
const result = checkWorkspace(loadWorkspace(root), { asOf, lang })
if (mode === 'check') {
  const { files, errors, warnings, diagnostics } = result
  process.stdout.write(JSON.stringify({ workspace: root, files, errors, warnings, diagnostics }))
} else if (mode === 'progress') {
  const report = buildProgressReport(result.model, { asOf, lang })
  process.stdout.write(JSON.stringify(report))
} else {
  process.stdout.write(renderBrief(buildBrief(result.model, meeting, { lang })))
}
