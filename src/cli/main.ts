// The chainchief program: flags → command. The only place that maps failures to exit codes:
// 0 fine, 1 findings, 2 the command could not run (contract §4). Never prints a stack trace
// to a user. Each command's module is imported only when that command runs (start-up cost).
import { readFileSync } from 'node:fs'
import { Command, CommanderError, Option } from 'commander'
import { UsageError } from '../findings/index.js'
import { exitQuietlyOnClosedPipe } from './output.js'
import { stdioSettled } from './stdio.js'
import { parseCount, parseDate, parseLang, parsePercent } from './options.js'
import { TASK_STATUSES } from '../model/types.js'
import { helpWords, translateCommanderError } from './commander-words.js'
import { decideToolLang } from './tool-lang.js'
import { isWordKey, say, setToolLang } from './words.js'
import { BRIEF_FORMATS, DIAGNOSTICS_FORMATS, PROGRESS_FORMATS, VIEW_FORMATS } from '../render/formats.js'
import { CI_SYSTEMS } from '../init/ci-systems.js'

// The yaml package reads LOG_TOKENS for every token it lexes and prints them when set
// (PITFALLS §6): a user's stray variable must not change our output.
delete process.env.LOG_TOKENS

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

function workspaceOptions(command: Command, asOfDefault = say('today')): Command {
  return command
    .option('-w, --workspace <dir>', say('flag.workspace'))
    .addOption(new Option('--lang <lang>', say('flag.lang')).argParser(parseLang))
    .option('--as-of <date>', say('flag.as-of', { default: asOfDefault }), parseDate)
    .option('-o, --output <file>', say('flag.output'))
    .option('--no-color', say('flag.no-color'))
}

/** Flags of every record command (SPEC §9). */
function recordOptions(command: Command): Command {
  return command
    .option('-w, --workspace <dir>', say('flag.workspace'))
    .addOption(new Option('--lang <lang>', say('flag.lang')).argParser(parseLang))
    .option('--dry-run', say('flag.dry-run'))
    .option('--no-color', say('flag.no-color'))
}

// A fast-start file (scripts/build.mjs step 4) runs one command, named by its first argument:
// the build names it here, and the program defines that command alone (issue #15, cold start:
// defining all of them, with their help texts, cost every start ≈ 10 M instructions). With the
// command first, commander never looks at another one: the help, errors and suggestions it
// prints are that command's.
declare const CHAINCHIEF_ONLY_COMMAND: string | undefined
const ONLY_COMMAND = typeof CHAINCHIEF_ONLY_COMMAND === 'string' ? CHAINCHIEF_ONLY_COMMAND : undefined
const defines = (command: string): boolean => ONLY_COMMAND === undefined || ONLY_COMMAND === command

function program(): Command {
  const cli = new Command('chainchief')
    .description(say('program.description'))
    .version(version, '-V, --version', say('version.option'))
    .helpOption('-h, --help', say('help.option'))
    .helpCommand('help [command]', say('help.command'))
    .showHelpAfterError(say('help.after-error'))
    .exitOverride()
    .configureHelp(helpWords())
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(translateCommanderError(s)),
    })
    .addHelpText('after', say('program.after'))

  if (defines('check')) {
    workspaceOptions(
      cli
        .command('check')
        .description(say('check.description')),
      say('check.as-of', { today: say('today') }),
    )
      .addOption(new Option('--format <format>', say('check.format')).choices(DIAGNOSTICS_FORMATS))
      .option('--max-warnings <n>', say('check.max-warnings'), parseCount)
      .option('-q, --quiet', say('check.quiet'))
      .addHelpText('after', say('check.after'))
      .action(async (flags) => {
        const { runCheck } = await import('./commands/check.js')
        process.exitCode = await runCheck(flags)
      })
  }

  if (defines('progress')) {
    workspaceOptions(cli.command('progress').description(say('progress.description')))
      .addOption(new Option('--format <format>', say('progress.format')).choices(PROGRESS_FORMATS).default('table'))
      .option('--tasks', say('progress.tasks'))
      .option('--chain <id...>', say('progress.chain'))
      .option('--owner <id...>', say('progress.owner'))
      .option('--status <status...>', say('progress.status'))
      .option('--overdue', say('progress.overdue'))
      .option('--due-soon', say('progress.due-soon'))
      .option('--window <days>', say('flag.window'), parseCount)
      .option('--since <date|meeting-id>', say('progress.since'))
      .option('--ascii', say('progress.ascii'))
      .option('--no-bom', say('progress.no-bom'))
      .addHelpText('after', say('progress.after'))
      .action(async (flags) => {
        const { runProgress } = await import('./commands/progress.js')
        process.exitCode = await runProgress(flags)
      })
  }

  if (defines('brief')) {
    workspaceOptions(
      cli
        .command('brief')
        .argument('[meeting-id]', say('brief.argument'))
        .description(say('brief.description')),
      say('brief.as-of'),
    )
      .addOption(new Option('--format <format>', say('brief.format')).choices(BRIEF_FORMATS).default('markdown'))
      .option('--window <days>', say('flag.window'), parseCount)
      .addHelpText('after', say('brief.after'))
      .action(async (meetingId: string | undefined, flags) => {
        const { runBrief } = await import('./commands/brief.js')
        process.exitCode = await runBrief(meetingId, flags)
      })
  }

  const viewOptions = (command: Command) =>
    workspaceOptions(command)
      .addOption(new Option('--format <format>', say('view.format')).choices(VIEW_FORMATS).default('table'))
      .option('--ascii', say('view.ascii'))
      .option('--no-bom', say('progress.no-bom'))

  if (defines('problems')) {
    viewOptions(cli.command('problems').description(say('problems.description')))
      .option('--chain <id...>', say('problems.chain'))
      .option('--owner <id...>', say('problems.owner'))
      .option('--task <id...>', say('problems.task'))
      .addOption(new Option('--status <status>', say('problems.status')).choices(['open', 'resolved', 'all']).default('open'))
      .addHelpText('after', say('problems.after'))
      .action(async (flags) => {
        const { runProblems } = await import('./commands/problems.js')
        process.exitCode = await runProblems(flags)
      })
  }

  if (defines('roster')) {
    viewOptions(cli.command('roster').description(say('roster.description')))
      .option('--chain <id...>', say('roster.chain'))
      .addHelpText('after', say('roster.after'))
      .action(async (flags) => {
        const { runRoster } = await import('./commands/roster.js')
        process.exitCode = await runRoster(flags)
      })
  }

  if (defines('meetings')) {
    viewOptions(cli.command('meetings').description(say('meetings.description')))
      .option('--chain <id...>', say('meetings.chain'))
      .addHelpText('after', say('meetings.after'))
      .action(async (flags) => {
        const { runMeetings } = await import('./commands/meetings.js')
        process.exitCode = await runMeetings(flags)
      })
  }

  if (defines('task')) {
    viewOptions(cli.command('task').argument('<task-id>', say('task.argument')).description(say('task.description')))
      .option('--window <days>', say('flag.window'), parseCount)
      .addHelpText('after', say('task.after'))
      .action(async (taskId: string, flags) => {
        const { runTask } = await import('./commands/task.js')
        process.exitCode = await runTask(taskId, flags)
      })
  }

  if (ONLY_COMMAND === undefined) {
    recordOptions(
      cli.command('update').argument('<task-id>', say('update.argument')).description(say('update.description'))
        .requiredOption('--progress <percent>', say('update.progress'), parsePercent)
        .addOption(new Option('--status <status>', say('update.status')).choices(TASK_STATUSES))
        .option('--note <text>', say('update.note'))
        .option('--date <date>', say('update.date', { today: say('today') }), parseDate),
    )
      .addHelpText('after', say('update.after'))
      .action(async (taskId: string, flags) => {
        const { runUpdate } = await import('./commands/update.js')
        process.exitCode = await runUpdate(taskId, flags)
      })

    const problem = cli.command('problem').description(say('problem.description'))
    recordOptions(
      problem.command('add').argument('<chain-id>', say('problem-add.argument')).description(say('problem-add.description'))
        .requiredOption('--text <text>', say('problem-add.text'))
        .option('--id <id>', say('problem-add.id'))
        .option('--task <task-id>', say('problem-add.task'))
        .option('--owner <party>', say('problem-add.owner'))
        .option('--raised-by <party>', say('problem-add.raised-by'))
        .option('--raised <date>', say('problem-add.raised', { today: say('today') }), parseDate),
    )
      .addHelpText('after', say('problem-add.after'))
      .action(async (chainId: string, flags) => {
        const { runProblemAdd } = await import('./commands/problem.js')
        process.exitCode = await runProblemAdd(chainId, flags)
      })
    recordOptions(
      problem.command('resolve').argument('<problem-id>', say('problem-resolve.argument')).description(say('problem-resolve.description'))
        .option('--date <date>', say('problem-resolve.date', { today: say('today') }), parseDate),
    )
      .addHelpText('after', say('problem-resolve.after'))
      .action(async (problemId: string, flags) => {
        const { runProblemResolve } = await import('./commands/problem.js')
        process.exitCode = await runProblemResolve(problemId, flags)
      })

    const decision = cli.command('decision').description(say('decision.description'))
    recordOptions(
      decision.command('done').argument('<decision-id>', say('decision-done.argument')).description(say('decision-done.description'))
        .option('--date <date>', say('decision-done.date', { today: say('today') }), parseDate),
    )
      .addHelpText('after', say('decision-done.after'))
      .action(async (decisionId: string, flags) => {
        const { runDecisionDone } = await import('./commands/decision.js')
        process.exitCode = await runDecisionDone(decisionId, flags)
      })

    const meeting = cli.command('meeting').description(say('meeting.description'))
    recordOptions(
      meeting.command('new').argument('<chain-id...>', say('meeting-new.argument')).description(say('meeting-new.description'))
        .requiredOption('--date <date>', say('meeting-new.date'), parseDate)
        .option('--id <id>', say('meeting-new.id')),
    )
      .addHelpText('after', say('meeting-new.after'))
      .action(async (chainIds: string[], flags) => {
        const { runMeetingNew } = await import('./commands/meeting.js')
        process.exitCode = await runMeetingNew(chainIds, flags)
      })

    const sheet = cli.command('sheet').description(say('sheet.description'))
    workspaceOptions(sheet.command('export').description(say('sheet-export.description')))
      .option('--chain <id...>', say('sheet-export.chain'))
      .option('--owner <id...>', say('sheet-export.owner'))
      .addHelpText('after', say('sheet-export.after'))
      .action(async (flags) => {
        const { runSheetExport } = await import('./commands/sheet-export.js')
        process.exitCode = await runSheetExport(flags)
      })
    recordOptions(
      sheet.command('import').argument('<file>', say('sheet-import.argument')).description(say('sheet-import.description'))
        .option('--date <date>', say('sheet-import.date'), parseDate),
    )
      .addHelpText('after', say('sheet-import.after'))
      .action(async (file: string, flags) => {
        const { runSheetImport } = await import('./commands/sheet-import.js')
        process.exitCode = await runSheetImport(file, flags)
      })

    cli
      .command('init')
      .description(say('init.description'))
      .argument('[dir]', say('init.argument'))
      .addOption(new Option('--lang <lang>', say('init.lang')).argParser(parseLang))
      .addOption(new Option('--ci <system>', say('init.ci')).choices(CI_SYSTEMS).default('github'))
      .option('--package <spec>', say('init.package'))
      .addHelpText('after', say('init.after'))
      .action(async (dir: string | undefined, flags) => {
        const { runInit } = await import('./commands/init.js')
        process.exitCode = runInit(dir, flags)
      })

    cli
      .command('schema')
      .description(say('schema.description'))
      .argument('[name]', say('schema.argument'))
      .option('--out <dir>', say('schema.out'))
      .option('-o, --output <file>', say('schema.output'))
      .addHelpText('after', say('schema.after'))
      .action(async (name: string | undefined, flags) => {
        const { runSchema } = await import('./commands/schema.js')
        process.exitCode = runSchema(name, flags)
      })

    cli
      .command('completion')
      .description(say('completion.description'))
      .argument('<shell>', say('completion.argument'))
      .addHelpText('after', say('completion.after'))
      .action(async (shell: string, _flags, command: Command) => {
        const { runCompletion } = await import('./commands/completion.js')
        process.exitCode = runCompletion(shell, command.parent ?? command)
      })
  }

  return cli
}

/** A usage error in the tool's language: thrown below cli/ with a key, or already worded. */
function usageText(error: UsageError): string {
  const words = error.words
  if (words === undefined || !isWordKey(words.key)) return error.message
  return say(words.key, (words.args ?? {}) as never)
}

async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe()
  setToolLang(decideToolLang(argv.slice(2), process.env, process.cwd()))
  try {
    await program().parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; every other commander error is a bad invocation.
      process.exitCode = error.exitCode === 0 ? 0 : 2
      return
    }
    if (error instanceof UsageError) {
      process.stderr.write(`chainchief: ${usageText(error)}\n`)
      process.exitCode = 2
      return
    }
    const detail = error instanceof Error ? error.message : String(error)
    process.stderr.write(`chainchief: ${say('internal-error', { detail })}\n`)
    if (process.env.CHAINCHIEF_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
    process.exitCode = 2
  }
}

// Once the command is done and all its output written, the process ends at once (issue #15,
// cold start): Node's own teardown (the V8 heap freed, background compile jobs waited for)
// would only delay the exit code. Not while a stream may still hold output.
void main(process.argv).then(() => {
  if (stdioSettled()) process.exit()
})
