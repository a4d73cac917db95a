// `chainchief completion bash|zsh`: the scripts are made from the program's own commands and
// options; bash completion is driven here as bash drives it (COMP_WORDS → COMPREPLY).
// The script is made once by the CLI and sourced from a file by each bash.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BIN, FIXTURES, runCli, scratchDir } from '../helpers/run-cli.js'

const hasShell = (shell: string) => spawnSync(shell, ['-c', 'true']).status === 0

const bash = runCli(['completion', 'bash'])
const scratch = scratchDir()
const BASH_SCRIPT = join(scratch.dir, 'chainchief.bash')
writeFileSync(BASH_SCRIPT, bash.stdout)
afterAll(() => scratch.cleanup())

/** What bash completes for the words typed so far (the last word is the one being completed). */
function bashComplete(words: string[], cwd = join(FIXTURES, 'good')): string[] {
  const script = `source "${BASH_SCRIPT}"
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); COMPREPLY=()
_chainchief_complete
printf '%s\\n' "\${COMPREPLY[@]}"`
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8' })
  expect(r.stderr).toBe('')
  return r.stdout.split('\n').filter(Boolean)
}

describe('chainchief completion bash', () => {
  it('honours -w / --workspace on the line: ids come from that workspace, wherever the shell is', () => {
    const good = join(FIXTURES, 'good')
    expect(bashComplete(['chainchief', 'progress', '-w', good, '--chain', 'te'], scratch.dir)).toEqual(['textile-garment'])
    expect(bashComplete(['chainchief', 'progress', `--workspace=${good}`, '--owner', 'j'], scratch.dir)).toEqual(['jifa', 'joyoung'])
    expect(bashComplete(['chainchief', 'brief', '-w', good, '2022'], scratch.dir)).toEqual(['2022-12-07-textile-garment'])
    expect(bashComplete(['chainchief', 'progress', '--owner', 'j'], scratch.dir)).toEqual([])
  })

  it('is valid bash and registers the completion', () => {
    const r = bash
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^# bash completion for chainchief/)
    expect(r.stdout).toContain('\ncomplete -F _chainchief_complete chainchief\n')
    expect(spawnSync('bash', ['-n'], { input: r.stdout }).status).toBe(0)
  })

  it.each([
    [['chainchief', ''], ['check', 'progress', 'brief', 'problems', 'roster', 'meetings', 'task', 'update', 'problem', 'decision', 'meeting', 'sheet', 'init', 'schema', 'completion', '--help', '--version']],
    [['chainchief', 'pr'], ['progress', 'problems', 'problem']],
    [['chainchief', 'problem', ''], ['add', 'resolve']],
    [['chainchief', 'problem', 'add', '--te'], ['--text']],
    [['chainchief', 'update', 'x', '--status', 'b'], ['blocked']],
    [['chainchief', 'sheet', ''], ['export', 'import']],
    [['chainchief', 'sheet', 'export', '--ch'], ['--chain']],
    [['chainchief', 'check', '--f'], ['--format']],
    [['chainchief', 'check', '--format', ''], ['pretty', 'compact', 'json', 'github', 'sarif', 'gitlab']],
    [['chainchief', '-w', 'x', 'progress', '--format', 'c'], ['csv']],
    [['chainchief', 'progress', '--status', 'p'], ['planned']],
    [['chainchief', 'progress', '--chain', 'te'], ['textile-garment']],
    [['chainchief', 'progress', '--owner', 'w'], ['weiqiao', 'wang-xiao']],
    [['chainchief', 'progress', '--owner', 'j'], ['jifa', 'joyoung']],
    [['chainchief', 'brief', ''], ['2022-12-07-textile-garment']],
    [['chainchief', 'init', '--lang', ''], ['en', 'zh']],
    [['chainchief', 'init', '--ci', ''], ['github', 'gitlab', 'none']],
    [['chainchief', 'schema', ''], ['workspace', 'organizations', 'people', 'chain', 'meeting']],
    [['chainchief', 'completion', ''], ['bash', 'zsh']],
  ])('%j → %j', (words, expected) => {
    expect(bashComplete(words)).toEqual(expected)
  })

  it('offers every option of a command, from the same list as --help', () => {
    const offered = bashComplete(['chainchief', 'progress', '--'])
    const help = runCli(['progress', '--help']).stdout
    const documented = [...help.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1])
    expect(documented.length).toBeGreaterThan(10)
    expect(offered.sort()).toEqual([...documented].sort())
  })
})

describe('chainchief completion zsh', () => {
  it('is a #compdef script with every command and its options', () => {
    const r = runCli(['completion', 'zsh'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^#compdef chainchief\n/)
    for (const command of ['check', 'brief', 'progress', 'init', 'schema', 'completion']) expect(r.stdout).toMatch(new RegExp(`^    '${command}:`, 'm'))
    expect(r.stdout).toContain("'--format[output format; xlsx writes a workbook and needs -o]:value:(table json csv markdown xlsx)'")
    expect(r.stdout).toContain("'1:argument:(workspace organizations people chain meeting)'")
  })

  it.runIf(hasShell('zsh'))('parses in zsh and registers _chainchief with compinit', () => {
    const script = `autoload -U compinit; compinit -u -D; source <("${process.execPath}" "${BIN}" completion zsh); print -- $_comps[chainchief]`
    const r = spawnSync('zsh', ['-f', '-c', script], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('_chainchief\n')
  })
})

it('completion for an unknown shell: exit 2, naming the shells', () => {
  const r = runCli(['completion', 'fish'])
  expect(r.code).toBe(2)
  expect(r.stderr).toBe('chainchief: unknown shell "fish"; completion is available for: bash, zsh\n')
})
