// The chainchief program: flags → command. The only place that maps failures to exit codes:
// 0 fine, 1 findings, 2 the command could not run (contract §4). Never prints a stack trace
// to a user. Each command's module is imported only when that command runs (start-up cost).
import { readFileSync } from 'node:fs'
import { Command, CommanderError, Option } from 'commander'
import { UsageError } from '../findings/index.js'
import { exitQuietlyOnClosedPipe } from './output.js'
import { parseCount, parseDate, parseLang } from './options.js'
import { BRIEF_FORMATS, DIAGNOSTICS_FORMATS, PROGRESS_FORMATS } from '../render/formats.js'

// The yaml package reads LOG_TOKENS for every token it lexes and prints them when set
// (PITFALLS §6): a user's stray variable must not change our output.
delete process.env.LOG_TOKENS

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

const TODAY = 'today in the workspace time zone'

function workspaceOptions(command: Command, asOfDefault = TODAY): Command {
  return command
    .option('-w, --workspace <dir>', 'workspace folder (default: search upward for chainchief.yaml)')
    .addOption(new Option('--lang <lang>', 'output language: en or zh (default: the workspace language)').argParser(parseLang))
    .option('--as-of <date>', `the date to report as of, YYYY-MM-DD (default: ${asOfDefault})`, parseDate)
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--no-color', 'no colours (also: NO_COLOR=1)')
}

function program(): Command {
  const cli = new Command('chainchief')
    .description("Check, report and brief the data of Shandong's chain chief system (链长制)")
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText(
      'after',
      '\nExamples:\n  chainchief check -w examples/shandong\n  chainchief progress --tasks --lang zh\n  chainchief brief 2022-12-07-textile-garment -o minutes.md\n  chainchief init shandong-data\n\nExit codes: 0 no errors, 1 errors in the data, 2 the command could not run.',
    )

  workspaceOptions(
    cli
      .command('check')
      .description('validate every file of a workspace against the schemas and the cross-file rules'),
    `${TODAY}; future-date compares with it`,
  )
    .addOption(new Option('--format <format>', 'output format (default: github when GITHUB_ACTIONS=true, else pretty)').choices(DIAGNOSTICS_FORMATS))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .addHelpText('after', '\nExamples:\n  chainchief check -w examples/shandong\n  chainchief check --format json --as-of 2022-12-07\n  chainchief check --lang zh --max-warnings 0')
    .action(async (flags) => {
      const { runCheck } = await import('./commands/check.js')
      process.exitCode = await runCheck(flags)
    })

  workspaceOptions(cli.command('progress').description('show where the chains and their key tasks stand as of a date'))
    .addOption(new Option('--format <format>', 'output format').choices(PROGRESS_FORMATS).default('table'))
    .option('--tasks', 'one row per key task instead of one per chain')
    .option('--chain <id...>', 'only these chains')
    .option('--owner <id...>', 'only tasks owned by these organizations or people')
    .option('--status <status...>', 'only tasks with these statuses as of the date: planned, in-progress, done, blocked, cancelled')
    .option('--overdue', 'only overdue tasks (past due, not done or cancelled)')
    .option('--due-soon', 'only tasks due within the window (not overdue, not done or cancelled)')
    .option('--window <days>', 'days ahead that count as due soon (default: 30)', parseCount)
    .option('--ascii', 'plain +-| borders and a # bar (for terminals that draw box characters wide)')
    .option('--no-bom', 'CSV without the UTF-8 byte order mark (it helps Excel read Chinese text)')
    .addHelpText('after', '\nExamples:\n  chainchief progress -w examples/shandong\n  chainchief progress --tasks --lang zh --as-of 2023-06-30\n  chainchief progress --tasks --overdue --chain textile-garment\n  chainchief progress --format csv -o progress.csv')
    .action(async (flags) => {
      const { runProgress } = await import('./commands/progress.js')
      process.exitCode = await runProgress(flags)
    })

  workspaceOptions(
    cli
      .command('brief')
      .argument('<meeting-id>', 'the meeting, e.g. 2022-12-07-textile-garment')
      .description('write the brief (minutes, 会议纪要) of a meeting as of its date: markdown or a printable HTML page'),
    "the meeting's date",
  )
    .addOption(new Option('--format <format>', 'markdown, or html: one self-contained page for printing on A4').choices(BRIEF_FORMATS).default('markdown'))
    .option('--window <days>', 'days ahead that count as due soon (default: 30)', parseCount)
    .addHelpText('after', "\nExamples:\n  chainchief brief 2022-12-07-textile-garment -w examples/shandong\n  chainchief brief 2022-12-07-textile-garment --lang zh -o minutes.md\n  chainchief brief 2022-12-07-textile-garment --format html -o minutes.html")
    .action(async (meetingId: string, flags) => {
      const { runBrief } = await import('./commands/brief.js')
      process.exitCode = await runBrief(meetingId, flags)
    })

  cli
    .command('init')
    .description('write a new workspace: the 11 signature chains, schemas, editor settings, CI workflow')
    .argument('[dir]', 'the folder to write it in (default: the current folder)')
    .addOption(new Option('--lang <lang>', 'language of the workspace and its README: en or zh').argParser(parseLang))
    .addHelpText('after', '\nNever overwrites: when a file it would write exists, it writes nothing and exits 2.\n\nExamples:\n  chainchief init shandong-data\n  chainchief init --lang zh')
    .action(async (dir: string | undefined, flags) => {
      const { runInit } = await import('./commands/init.js')
      process.exitCode = runInit(dir, flags)
    })

  cli
    .command('schema')
    .description('print a JSON Schema of the data files, or write them all with --out')
    .argument('[name]', 'workspace, organizations, people, chain or meeting')
    .option('--out <dir>', 'write the schemas (all, or the one named) into this folder')
    .option('-o, --output <file>', 'write the schema to a file instead of stdout')
    .addHelpText('after', '\nExamples:\n  chainchief schema chain\n  chainchief schema --out .chainchief/schemas')
    .action(async (name: string | undefined, flags) => {
      const { runSchema } = await import('./commands/schema.js')
      process.exitCode = runSchema(name, flags)
    })

  cli
    .command('completion')
    .description('print a shell completion script: bash or zsh')
    .argument('<shell>', 'bash or zsh')
    .addHelpText('after', '\nExamples:\n  source <(chainchief completion bash)\n  chainchief completion zsh > "${fpath[1]}/_chainchief"')
    .action(async (shell: string, _flags, command: Command) => {
      const { runCompletion } = await import('./commands/completion.js')
      process.exitCode = runCompletion(shell, command.parent ?? command)
    })

  return cli
}

async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe()
  try {
    await program().parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; every other commander error is a bad invocation.
      process.exitCode = error.exitCode === 0 ? 0 : 2
      return
    }
    if (error instanceof UsageError) {
      process.stderr.write(`chainchief: ${error.message}\n`)
      process.exitCode = 2
      return
    }
    const detail = error instanceof Error ? error.message : String(error)
    process.stderr.write(`chainchief: internal error: ${detail}\nPlease report this with the command you ran.\n`)
    if (process.env.CHAINCHIEF_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
    process.exitCode = 2
  }
}

await main(process.argv)
