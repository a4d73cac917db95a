// The chainchief program: flags → command. The only place that maps failures to exit codes:
// 0 fine, 1 findings, 2 the command could not run (contract §4). Never prints a stack trace
// to a user. Each command's module is imported only when that command runs (start-up cost).
import { readFileSync } from 'node:fs'
import { Command, CommanderError, Option } from 'commander'
import { UsageError } from '../findings/index.js'
import { exitQuietlyOnClosedPipe } from './output.js'
import { parseCount, parseDate, parseLang, parsePercent } from './options.js'
import { TASK_STATUSES } from '../model/types.js'
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

/** Flags of every record command (SPEC §9). */
function recordOptions(command: Command): Command {
  return command
    .option('-w, --workspace <dir>', 'workspace folder (default: search upward for chainchief.yaml)')
    .addOption(new Option('--lang <lang>', 'output language: en or zh (default: the workspace language)').argParser(parseLang))
    .option('--dry-run', 'print the change as a unified diff and write nothing')
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

  const TODAY_DATE = 'default: today in the workspace time zone'
  recordOptions(
    cli
      .command('update')
      .argument('<task-id>', 'the key task, e.g. tg-luthai-smart-factory')
      .description("record a task's progress: appends a dated update and sets the task's progress and status to match"),
  )
    .requiredOption('--progress <percent>', 'the progress now, a whole percent from 0 to 100', parsePercent)
    .addOption(new Option('--status <status>', 'the status now (default: blocked stays blocked below 100, else done at 100, in-progress above 0, planned at 0)').choices(TASK_STATUSES))
    .option('--note <text>', 'what happened, as the owner reported it')
    .option('--date <date>', `the date of the update, YYYY-MM-DD (${TODAY_DATE})`, parseDate)
    .addHelpText('after', '\nNothing is written when the result would add errors to the workspace (they are printed as check prints them, exit 1).\n\nExamples:\n  chainchief update tg-luthai-smart-factory --progress 80 --note "二期设备安装完成"\n  chainchief update tg-dyeing-cluster-upgrade --progress 45 --status in-progress --date 2026-12-01\n  chainchief update tg-iiot-platform --progress 90 --dry-run')
    .action(async (taskId: string, flags) => {
      const { runUpdate } = await import('./commands/update.js')
      process.exitCode = await runUpdate(taskId, flags)
    })

  const problem = cli.command('problem').description("add a problem to a chain's problem list, or mark one resolved")
  recordOptions(
    problem
      .command('add')
      .argument('<chain-id>', 'the chain whose problem list it goes on, e.g. textile-garment')
      .description('add an open problem to the end of a chain\'s problem list'),
  )
    .requiredOption('--text <text>', 'what the problem is')
    .option('--id <id>', 'its id (default: the first free <chain-id>-p<n>)')
    .option('--task <task-id>', 'the key task it blocks')
    .option('--owner <party>', 'who must solve it (organization or person id)')
    .option('--raised-by <party>', 'who raised it (organization or person id)')
    .option('--raised <date>', `the date it was raised, YYYY-MM-DD (${TODAY_DATE})`, parseDate)
    .addHelpText('after', '\nExamples:\n  chainchief problem add textile-garment --text "印染园区用能指标紧张" --task tg-dyeing-cluster-upgrade --owner diitsp\n  chainchief problem add pharmaceuticals --text "Shortage of API capacity" --raised-by qilu-pharmaceutical --dry-run')
    .action(async (chainId: string, flags) => {
      const { runProblemAdd } = await import('./commands/problem.js')
      process.exitCode = await runProblemAdd(chainId, flags)
    })
  recordOptions(
    problem
      .command('resolve')
      .argument('<problem-id>', 'the problem, e.g. tg-problem-data-standards')
      .description('mark a problem resolved on a date'),
  )
    .option('--date <date>', `the date it was resolved, YYYY-MM-DD (${TODAY_DATE})`, parseDate)
    .addHelpText('after', '\nExamples:\n  chainchief problem resolve tg-problem-data-standards\n  chainchief problem resolve tg-problem-environmental-approval --date 2026-11-30')
    .action(async (problemId: string, flags) => {
      const { runProblemResolve } = await import('./commands/problem.js')
      process.exitCode = await runProblemResolve(problemId, flags)
    })

  const decision = cli.command('decision').description("record that a meeting's decision was carried out")
  recordOptions(
    decision
      .command('done')
      .argument('<decision-id>', 'the decision (the id of an entry under decisions: in a meeting file)')
      .description('record the date a decision was carried out'),
  )
    .option('--date <date>', `the date it was carried out, YYYY-MM-DD (${TODAY_DATE})`, parseDate)
    .addHelpText('after', '\nExamples:\n  chainchief decision done tg-2022-12-07-d1\n  chainchief decision done tg-2022-12-07-d3 --date 2023-06-30')
    .action(async (decisionId: string, flags) => {
      const { runDecisionDone } = await import('./commands/decision.js')
      process.exitCode = await runDecisionDone(decisionId, flags)
    })

  const meeting = cli.command('meeting').description('start the file of a new scheduling meeting')
  recordOptions(
    meeting
      .command('new')
      .argument('<chain-id...>', 'the chains the meeting covers; the first gives organizer and chair')
      .description('write meetings/<id>.yaml: title, date, chains, organizer, chair, attendees and open problems filled in, commented places for reports, points and decisions'),
  )
    .requiredOption('--date <date>', 'the date of the meeting, YYYY-MM-DD', parseDate)
    .option('--id <id>', 'the meeting id and file name (default: <date>-<first chain id>)')
    .addHelpText('after', '\nNever overwrites: when the file exists, it writes nothing and exits 2.\n\nExamples:\n  chainchief meeting new textile-garment --date 2026-12-15\n  chainchief meeting new textile-garment light-industry --date 2026-12-15 --id 2026-12-15-consumer-goods')
    .action(async (chainIds: string[], flags) => {
      const { runMeetingNew } = await import('./commands/meeting.js')
      process.exitCode = await runMeetingNew(chainIds, flags)
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
