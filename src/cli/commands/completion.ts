// `chainchief completion bash|zsh`: a static completion script made from the program's own
// commands, options and choices (commander's tree), so it never drifts from --help.
import type { Command, Option } from 'commander'
import { SCHEMA_NAMES } from '../../init/schema-names.js'
import { TASK_STATUSES } from '../../model/types.js'
import { UsageError } from '../../findings/index.js'
import { say } from '../words.js'

export const SHELLS = ['bash', 'zsh'] as const
type Shell = (typeof SHELLS)[number]

/** What a value (of an option or a positional argument) completes to. */
type Values = { words: readonly string[] } | 'files' | 'dirs' | 'meetings' | 'chains' | 'owners' | 'none'

interface OptionSpec {
  flags: string[] // e.g. ['-w', '--workspace']
  description: string
  values: Values | undefined // undefined: a switch that takes no value
}

interface CommandSpec {
  name: string
  description: string
  options: OptionSpec[]
  positional: Values
}

const POSITIONAL: Record<string, Values> = {
  brief: 'meetings',
  init: 'dirs',
  schema: { words: SCHEMA_NAMES },
  completion: { words: SHELLS },
}

function valuesOf(option: Option): Values | undefined {
  if (!option.required && !option.optional) return undefined
  if (option.argChoices) return { words: option.argChoices }
  if (option.long === '--lang') return { words: ['en', 'zh'] }
  if (option.long === '--status') return { words: TASK_STATUSES }
  if (option.long === '--chain') return 'chains'
  if (option.long === '--owner') return 'owners'
  if (option.long === '--workspace' || option.long === '--out') return 'dirs'
  if (option.long === '--output') return 'files'
  return 'none'
}

function specOf(command: Command): CommandSpec {
  // A command with subcommands (`problem add|resolve`): their names as its argument, the
  // options of all of them as its options.
  const subcommands = command.commands.filter((c) => c.name() !== 'help')
  const all = subcommands.length > 0 ? subcommands.flatMap((c) => c.options) : command.options
  const options: OptionSpec[] = []
  for (const o of all) {
    const flags = [o.short, o.long].filter((f): f is string => typeof f === 'string')
    if (options.some((seen) => seen.flags.join() === flags.join())) continue
    options.push({ flags, description: o.description, values: valuesOf(o) })
  }
  // commander adds -h/--help to every command without listing it among the options
  if (!options.some((o) => o.flags.includes('--help'))) options.push({ flags: ['-h', '--help'], description: say('help.option'), values: undefined })
  return {
    name: command.name(),
    description: command.description(),
    options,
    positional: subcommands.length > 0 ? { words: subcommands.map((c) => c.name()) } : (POSITIONAL[command.name()] ?? 'none'),
  }
}

// ---- bash -------------------------------------------------------------------------------

function bashValues(values: Values): string {
  if (values === 'files') return 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))'
  if (values === 'dirs') return 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur"))'
  if (values === 'meetings' || values === 'chains') return `COMPREPLY=($(compgen -W "$(_chainchief_ids "$(_chainchief_root)/${values}")" -- "$cur"))`
  if (values === 'owners') return 'COMPREPLY=($(compgen -W "$(_chainchief_owners "$(_chainchief_root)")" -- "$cur"))'
  if (values === 'none') return 'COMPREPLY=()'
  return `COMPREPLY=($(compgen -W "${values.words.join(' ')}" -- "$cur"))`
}

function bashCommand(spec: CommandSpec): string {
  const withValues = spec.options.filter((o) => o.values !== undefined)
  const valueCases = withValues.map((o) => `        ${o.flags.join('|')}) ${bashValues(o.values!)}; return ;;`)
  const words = spec.options.flatMap((o) => o.flags).join(' ')
  return [
    `    ${spec.name})`,
    ...(valueCases.length ? ['      case "$prev" in', ...valueCases, '      esac'] : []),
    `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${words}" -- "$cur")); return; fi`,
    `      ${bashValues(spec.positional)}`,
    '      ;;',
  ].join('\n')
}

function bashScript(root: Command, commands: CommandSpec[]): string {
  const names = commands.map((c) => c.name).join(' ')
  return `# bash completion for ${root.name()}, made by \`${root.name()} completion bash\`.
# Load it in this shell:   source <(${root.name()} completion bash)
# or for every shell:      ${root.name()} completion bash >> ~/.bashrc
# the workspace root: the folder of -w/--workspace on the line, else the current folder
_chainchief_root() {
  local i
  for ((i = 1; i < \${#COMP_WORDS[@]} - 1; i++)); do
    case "\${COMP_WORDS[i]}" in
      -w|--workspace) echo "\${COMP_WORDS[i+1]}"; return ;;
      --workspace=*) echo "\${COMP_WORDS[i]#--workspace=}"; return ;;
    esac
  done
  echo .
}
# the ids of the chain or meeting files in a folder
_chainchief_ids() {
  local f
  for f in "$1"/*.yaml "$1"/*.yml; do [[ -e "$f" ]] && f="\${f##*/}" && echo "\${f%.*}"; done
}
# the ids of organizations.yaml and people.yaml (the items' "- id:" lines)
_chainchief_owners() {
  sed -n "s/^[[:space:]]*- id:[[:space:]]*[[:punct:]]\\{0,1\\}\\([a-z0-9][a-z0-9-]*\\).*/\\1/p" "$1/organizations.yaml" "$1/people.yaml" 2>/dev/null
}
_chainchief_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case " ${names} " in *" \${COMP_WORDS[i]} "*) cmd="\${COMP_WORDS[i]}"; break ;; esac
  done
  case "$cmd" in
${commands.map(bashCommand).join('\n')}
    *)
      COMPREPLY=($(compgen -W "${names} --help --version" -- "$cur"))
      ;;
  esac
}
complete -F _chainchief_complete ${root.name()}
`
}

// ---- zsh --------------------------------------------------------------------------------

/** Text inside a single-quoted zsh word and an _arguments description. */
function zshText(text: string): string {
  return text.replace(/[\\[\]:]/g, (c) => `\\${c}`).replace(/'/g, `'\\''`)
}

function zshAction(values: Values): string {
  if (values === 'files') return '_files'
  if (values === 'dirs') return '_files -/'
  if (values === 'meetings' || values === 'chains') return `_chainchief_ids ${values}`
  if (values === 'owners') return '_chainchief_owners'
  if (values === 'none') return ' '
  return `(${values.words.join(' ')})`
}

function zshOption(o: OptionSpec): string {
  const desc = zshText(o.description)
  const value = o.values === undefined ? '' : `:value:${zshAction(o.values)}`
  if (o.flags.length === 1) return `'${o.flags[0]}[${desc}]${value}'`
  const group = `(${o.flags.join(' ')})`
  return `'${group}'{${o.flags.join(',')}}'[${desc}]${value}'`
}

function zshCommand(spec: CommandSpec): string {
  const args = [...spec.options.map(zshOption)]
  if (spec.positional !== 'none') args.push(`'1:argument:${zshAction(spec.positional)}'`)
  return `        ${spec.name})\n          _arguments -s \\\n            ${args.join(' \\\n            ')}\n          ;;`
}

function zshScript(root: Command, commands: CommandSpec[]): string {
  const described = commands.map((c) => `    '${zshText(c.name)}:${zshText(c.description)}'`).join('\n')
  return `#compdef ${root.name()}
# zsh completion for ${root.name()}, made by \`${root.name()} completion zsh\`.
# Load it in this shell:   source <(${root.name()} completion zsh)   (after compinit)
# or for every shell:      ${root.name()} completion zsh > "\${fpath[1]}/_${root.name()}"
# the workspace root: the folder of -w/--workspace on the line, else the current folder
_chainchief_root() {
  local i
  REPLY=.
  for ((i = 1; i < \${#words}; i++)); do
    case $words[i] in
      -w|--workspace) REPLY=$words[i+1]; return ;;
      --workspace=*) REPLY=\${words[i]#--workspace=}; return ;;
    esac
  done
}
# the ids of chains/ or meetings/ in the workspace
_chainchief_ids() {
  local -a ids
  _chainchief_root
  ids=($REPLY/$1/*.(yaml|yml)(N:t:r))
  _describe "\${1%s}" ids
}
# the ids of organizations.yaml and people.yaml
_chainchief_owners() {
  local -a ids
  _chainchief_root
  ids=(\${(f)"$(sed -n "s/^[[:space:]]*- id:[[:space:]]*[[:punct:]]\\{0,1\\}\\([a-z0-9][a-z0-9-]*\\).*/\\1/p" "$REPLY/organizations.yaml" "$REPLY/people.yaml" 2>/dev/null)"})
  _describe 'owner' ids
}
_chainchief() {
  local -a commands
  commands=(
${described}
  )
  local curcontext="$curcontext" state line
  _arguments -C \\
    '(- *)'{-h,--help}'[show help]' \\
    '(- *)'{-V,--version}'[show the version]' \\
    '1:command:->command' \\
    '*::argument:->argument'
  case $state in
    command) _describe 'command' commands ;;
    argument)
      case $words[1] in
${commands.map(zshCommand).join('\n')}
      esac
      ;;
  esac
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then
  _chainchief "$@"
else
  compdef _chainchief ${root.name()}
fi
`
}

/** The completion script of `root` for a shell. */
export function completionScript(shell: string, root: Command): string {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(say('completion.unknown-shell', { shell, shells: SHELLS.join(', ') }))
  const commands = root.commands.filter((c) => c.name() !== 'help').map(specOf)
  return (shell as Shell) === 'bash' ? bashScript(root, commands) : zshScript(root, commands)
}

export function runCompletion(shell: string, root: Command): number {
  process.stdout.write(completionScript(shell, root))
  return 0
}
