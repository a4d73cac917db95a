// The tool's own words in English (contract §8): help texts, usage errors, commander's own
// strings, "wrote …" lines and refusals, each by key with {placeholders}. zh.ts holds the same
// keys; check's rule messages stay in src/check/messages.ts.
export const en = {
  // ---- the program and its help ----
  'program.description': "Check, report and brief the data of Shandong's chain chief system (链长制)",
  'program.after':
    '\nExamples:\n  chainchief check -w examples/shandong\n  chainchief progress --tasks --lang zh\n  chainchief brief 2022-12-07-textile-garment -o minutes.md\n  chainchief init shandong-data\n\nExit codes: 0 no errors, 1 errors in the data, 2 the command could not run.',
  'help.after-error': '(run with --help for usage)',
  'help.option': 'show help for the command',
  'help.command': 'show help for a command',
  'version.option': 'show the version number',
  'help.title.usage': 'Usage:',
  'help.title.options': 'Options:',
  'help.title.global-options': 'Global Options:',
  'help.title.commands': 'Commands:',
  'help.title.arguments': 'Arguments:',
  'help.choices': 'choices: {choices}',
  'help.default': 'default: {value}',
  'help.notes': '{description} ({notes})',
  'help.notes-separator': ', ',
  'help.usage.options': '[options]',
  'help.usage.command': '[command]',

  // ---- common flags ----
  'today': 'today in the workspace time zone',
  'flag.workspace': 'workspace folder (default: search upward for chainchief.yaml)',
  'flag.lang': 'output language: en or zh (default: the workspace language)',
  'flag.as-of': 'the date to report as of, YYYY-MM-DD (default: {default})',
  'flag.output': 'write to a file instead of stdout',
  'flag.no-color': 'no colours (also: NO_COLOR=1)',
  'flag.window': 'days ahead that count as due soon (default: 30)',

  // ---- check ----
  'check.description': 'validate every file of a workspace against the schemas and the cross-file rules',
  'check.as-of': '{today}; future-date compares with it',
  'check.format': 'output format (default: github when GITHUB_ACTIONS=true, else pretty)',
  'check.max-warnings': 'exit 1 when there are more warnings than this',
  'check.quiet': 'print errors only (warnings still count for --max-warnings)',
  'check.after':
    '\nExamples:\n  chainchief check -w examples/shandong\n  chainchief check --format json --as-of 2022-12-07\n  chainchief check --format compact --quiet\n  chainchief check --lang zh --max-warnings 0',

  // ---- progress ----
  'progress.description': 'show where the chains and their key tasks stand as of a date',
  'progress.format': 'output format; xlsx writes a workbook and needs -o',
  'progress.tasks': 'one row per key task instead of one per chain',
  'progress.chain': 'only these chains',
  'progress.owner': 'only tasks owned by these organizations or people',
  'progress.status': 'only tasks with these statuses as of the date: planned, in-progress, done, blocked, cancelled',
  'progress.overdue': 'only overdue tasks (past due, not done or cancelled)',
  'progress.due-soon': 'only tasks due within the window (not overdue, not done or cancelled)',
  'progress.ascii': 'plain +-| borders and a # bar (for terminals that draw box characters wide)',
  'progress.no-bom': 'CSV without the UTF-8 byte order mark (it helps Excel read Chinese text)',
  'progress.after':
    '\nExamples:\n  chainchief progress -w examples/shandong\n  chainchief progress --tasks --lang zh --as-of 2023-06-30\n  chainchief progress --tasks --overdue --chain textile-garment\n  chainchief progress --format csv -o progress.csv\n  chainchief progress --tasks --format xlsx -o tasks.xlsx',

  // ---- views (contract §10) ----
  'progress.since': 'add a change column: progress as of the date minus progress as of this date (a meeting id stands for its date)',
  'view.format': 'output format; xlsx writes a workbook and needs -o',
  'view.ascii': 'plain +-| borders (for terminals that draw box characters wide)',
  'problems.description': 'the problem list as of a date: open problems by default',
  'problems.chain': 'only problems of these chains',
  'problems.owner': 'only problems these organizations or people must solve',
  'problems.task': 'only problems that block these tasks',
  'problems.status': 'open, resolved or all, as of the date',
  'problems.after': '\nExamples:\n  chainchief problems -w examples/shandong\n  chainchief problems --status all --chain textile-garment --lang zh\n  chainchief problems --format csv -o problems.csv',
  'roster.description': 'who leads each chain: chief, service officer, lead department, secretariat, leader enterprises, special team',
  'roster.chain': 'only these chains',
  'roster.after': '\nExamples:\n  chainchief roster -w examples/shandong\n  chainchief roster --chain textile-garment --format json\n  chainchief roster --format xlsx -o roster.xlsx',
  'meetings.description': 'every meeting by date, with its decisions done, open and overdue as of the date',
  'meetings.chain': 'only meetings that cover these chains',
  'meetings.after': '\nExamples:\n  chainchief meetings -w examples/shandong\n  chainchief meetings --chain textile-garment --as-of 2023-06-30',
  'task.argument': 'the task, e.g. tg-jifa-waterless-dyeing',
  'task.description': 'one task in full: fields, milestones, updates, problems, meetings and decisions',
  'task.after': '\nExamples:\n  chainchief task tg-dishang-overseas-market -w examples/shandong\n  chainchief task tg-jifa-waterless-dyeing --lang zh --format markdown',

  // ---- brief ----
  'brief.description': 'write the brief (minutes, 会议纪要) of a meeting as of its date: markdown, a printable HTML page or a Word document',
  'brief.argument': 'the meeting, e.g. 2022-12-07-textile-garment (without it: the list of meetings)',
  'brief.as-of': "the meeting's date",
  'brief.format': 'markdown; html: one self-contained page for printing on A4; docx: a Word document (with -o only)',
  'brief.after':
    '\nExamples:\n  chainchief brief 2022-12-07-textile-garment -w examples/shandong\n  chainchief brief 2022-12-07-textile-garment --lang zh -o minutes.md\n  chainchief brief 2022-12-07-textile-garment --format html -o minutes.html\n  chainchief brief 2022-12-07-textile-garment --format docx -o minutes.docx',

  // ---- init ----
  'init.description': 'write a new workspace: the 11 signature chains, schemas, editor settings, CI workflow',
  'init.argument': 'the folder to write it in (default: the current folder)',
  'init.lang': 'language of the workspace and its README: en or zh',
  'init.ci': 'CI set-up to write: github (a workflow), gitlab (.gitlab-ci.yml with a Code Quality report) or none',
  'init.package': "what CI installs, pinned (default: this version's release tarball)",
  'init.bad-package': '--package: expected an npm package spec (a tarball URL, github:<owner>/chainchief#<tag>, a path), got {spec}',
  'init.after':
    '\nNever overwrites: when a file it would write exists, it writes nothing and exits 2.\n\nExamples:\n  chainchief init shandong-data\n  chainchief init --lang zh\n  chainchief init --ci gitlab --package github:<owner>/chainchief#v0.1.0',
  'init.refused': 'init writes nothing: {count} file(s) it would write already exist in {dir}:\n{list}\nMove them away, or run init in an empty folder.',
  'init.cannot-write': 'cannot write the workspace in {dir}: {reason}',
  'init.created': 'Created a chainchief workspace in {dir} ({count} files) with the 11 signature chains.\nNext: {next}\nTo check before every commit: git config core.hooksPath .githooks',

  // ---- schema ----
  'schema.description': 'print a JSON Schema of the data files, or write them all with --out',
  'schema.argument': 'workspace, organizations, people, chain or meeting',
  'schema.out': 'write the schemas (all, or the one named) into this folder',
  'schema.output': 'write the schema to a file instead of stdout',
  'schema.after': '\nExamples:\n  chainchief schema chain\n  chainchief schema --out .chainchief/schemas',
  'schema.unknown': 'unknown schema "{name}"{hint}; the schemas are: {names}',
  'schema.list': 'The schemas (chainchief schema <name> prints one; --out <dir> writes them all):',
  'schema.no-package': 'cannot find the schemas/ folder of the chainchief package; reinstall it',

  // ---- completion ----
  'completion.description': 'print a shell completion script: bash or zsh',
  'completion.argument': 'bash or zsh',
  'completion.after': '\nExamples:\n  source <(chainchief completion bash)\n  chainchief completion zsh > "${fpath[1]}/_chainchief"',
  'completion.unknown-shell': 'unknown shell "{shell}"; completion is available for: {shells}',

  // ---- record commands (SPEC §9) ----
  'flag.dry-run': 'print the change as a unified diff and write nothing',
  'update.description': 'record a task\'s progress: appends a dated update and sets the task\'s progress and status to match',
  'update.argument': 'the key task, e.g. tg-luthai-smart-factory',
  'update.progress': 'the progress now, a whole percent from 0 to 100',
  'update.status': 'the status now (default: blocked stays blocked below 100, else done at 100, in-progress above 0, planned at 0)',
  'update.note': 'what happened, as the owner reported it',
  'update.date': 'the date of the update, YYYY-MM-DD (default: {today})',
  'update.after': '\nNothing is written when the result would add errors to the workspace: they are printed as check prints them (exit 1).\n\nExamples:\n  chainchief update tg-luthai-smart-factory --progress 80 --note "二期设备安装完成"\n  chainchief update tg-dyeing-cluster-upgrade --progress 45 --status in-progress --date 2026-11-30\n  chainchief update tg-iiot-platform --progress 90 --dry-run',
  'problem.description': 'add a problem to a chain\'s problem list, or mark one resolved',
  'problem-add.description': 'add an open problem at the end of a chain\'s problem list',
  'problem-add.argument': 'the chain whose problem list it goes on, e.g. textile-garment',
  'problem-add.text': 'what the problem is',
  'problem-add.id': 'its id (default: the first free <chain-id>-p<n>)',
  'problem-add.task': 'the key task it blocks',
  'problem-add.owner': 'who must solve it (an organization or person id)',
  'problem-add.raised-by': 'who raised it (an organization or person id)',
  'problem-add.raised': 'the date it was raised, YYYY-MM-DD (default: {today})',
  'problem-add.after': '\nExamples:\n  chainchief problem add textile-garment --text "印染园区用能指标紧张" --task tg-dyeing-cluster-upgrade --owner diitsp\n  chainchief problem add pharmaceuticals --text "Shortage of API capacity" --raised-by qilu-pharmaceutical --dry-run',
  'problem-resolve.description': 'mark a problem resolved on a date',
  'problem-resolve.argument': 'the problem, e.g. tg-problem-data-standards',
  'problem-resolve.date': 'the date it was resolved, YYYY-MM-DD (default: {today})',
  'problem-resolve.after': '\nExamples:\n  chainchief problem resolve tg-problem-data-standards\n  chainchief problem resolve tg-problem-environmental-approval --date 2026-11-30',
  'decision.description': 'record that a meeting\'s decision was carried out',
  'decision-done.description': 'record the date a decision was carried out',
  'decision-done.argument': 'the decision: the id of an entry under decisions: in a meeting file',
  'decision-done.date': 'the date it was carried out, YYYY-MM-DD (default: {today})',
  'decision-done.after': '\nExamples:\n  chainchief decision done tg-2022-12-07-d2\n  chainchief decision done tg-2022-12-07-d3 --date 2023-06-30',
  'meeting.description': 'start the file of a new scheduling meeting',
  'meeting-new.description': 'write meetings/<id>.yaml with title, date, chains, organizer, chair, attendees and open problems filled in, and commented places for reports, points and decisions',
  'meeting-new.argument': 'the chains the meeting covers; the first gives the organizer and the chair',
  'meeting-new.date': 'the date of the meeting, YYYY-MM-DD',
  'meeting-new.id': 'the meeting id and file name (default: <date>-<first chain id>)',
  'meeting-new.after': '\nNever overwrites: when the file exists, it writes nothing and exits 2.\n\nExamples:\n  chainchief meeting new textile-garment --date 2026-12-15\n  chainchief meeting new textile-garment pharmaceuticals --date 2026-12-15 --id 2026-12-15-joint',
  'value.percent': 'expected a whole percent from 0 to 100, got "{value}"',

  // ---- sheet (the owners' workbook) ----
  'sheet.description': "the owners' workbook (调度表): export it to fill in, import what comes back",
  'sheet-export.description': 'write a workbook with a sheet per chain for owners to fill in their progress',
  'sheet-export.chain': 'only these chains (each gets its sheet, even with no task open)',
  'sheet-export.owner': 'only tasks owned by these organizations or people (without --chain: only the chains where they have one)',
  'sheet-export.after':
    '\nThe workbook goes to -o only. Owners fill in the yellow columns; `chainchief sheet import` records what comes back.\n\nExamples:\n  chainchief sheet export -o progress.xlsx\n  chainchief sheet export --chain textile-garment --lang zh -o textile-garment.xlsx\n  chainchief sheet export --owner weiqiao -o weiqiao.xlsx',
  'sheet-export.needs-output': 'sheet export writes a workbook: name the file with -o <file.xlsx>',
  'sheet-export.workspace-file': '-o {file}: that is a file of the workspace; nothing was written',
  'sheet-export.wrote': 'Wrote {file}: {sheets} sheet(s), {rows} task(s) to report on, as of {date}.',
  'sheet-import.description': 'record the progress owners filled in a workbook of sheet export, as update records it',
  'sheet-import.argument': 'the workbook, as the owner sent it back (.xlsx, saved by Excel, WPS or LibreOffice)',
  'sheet-import.date': 'the date of rows whose date cell is empty, YYYY-MM-DD (default: today in the workspace time zone)',
  'sheet-import.after':
    '\nAll or nothing: when any row is wrong, each is listed as sheet!cell: reason and nothing is written (exit 1). Importing a workbook again records nothing new, and says so.\n\nExamples:\n  chainchief sheet import progress.xlsx --dry-run\n  chainchief sheet import progress.xlsx',
  'sheet-import.cannot-read': 'cannot read {file}: {reason}',
  'sheet-import.not-a-workbook': '{file} cannot be read as a workbook: {reason}',
  'sheet-import.too-large': 'it is larger than {size} MiB',
  'sheet-import.inflates-too-much': 'it would unpack to more than {size} MiB',
  'sheet-import.not-zip': 'it is not an .xlsx file (an .xlsx file is a zip archive; save it as Excel workbook .xlsx)',
  'sheet-import.too-many-cells': 'a sheet has more than {rows} rows or {columns} columns',
  'sheet-import.unreadable': 'its parts are damaged ({detail})',
  'sheet-import.foreign': '{file} was not made by chainchief sheet export (it has no chainchief marker sheet); nothing was recorded',
  'sheet-import.foreign-format': '{file} was made by another version of chainchief sheet export (layout "{format}"); export the workbook again; nothing was recorded',
  'sheet-import.other-workspace': '{file} was exported from another workspace ("{workspace}"), not from this one ("{here}"); nothing was recorded',
  'sheet-import.rejected': '✖ {count} row(s) of {file} cannot be recorded; nothing was recorded.',
  'sheet-import.nothing-filled': 'Nothing to record: no row of {file} has a new progress.',
  'sheet-import.all-recorded': 'Nothing to record: the {count} row(s) of {file} with a new progress are recorded already.',
  'sheet-import.recorded': 'Recorded {count} update(s) from {file} in {files}.{already}',
  'sheet-import.would-record': 'Would record {count} update(s) from {file} in {files}.{already}',
  'sheet-import.already': ' {count} row(s) were recorded already.',

  // ---- flag values ----
  'value.date': 'expected a real date written YYYY-MM-DD, got "{value}"',
  'value.lang': 'expected en or zh, got "{value}"',
  'value.count': 'expected a whole number ≥ 0, got "{value}"',

  // ---- ids named on the command line ----
  'hint.did-you-mean': ' (did you mean "{suggestion}"?)',
  'id.no-chain': '--chain: no chain "{id}"{hint}',
  'id.no-owner': '--owner: no organization or person "{id}"{hint}',
  'id.bad-status': '--status: "{value}" is not a status ({statuses}){hint}',
  'brief.docx-stdout': '--format docx writes a Word document, which is binary: give a file with -o <file.docx>',
  'id.no-meeting': 'no meeting "{id}"; closest: {closest}',
  'id.no-meetings': 'no meeting "{id}": the workspace has no meetings (meetings/<meeting-id>.yaml)',

  // the views (contract §10) and progress --since: an id that names nothing, with the closest
  'view-id.flag': '{flag}: {message}',
  'view-id.list': ', ',
  'view-id.chain': 'no chain "{id}"; closest: {closest}',
  'view-id.chain-none': 'no chain "{id}"; the workspace has no chains',
  'view-id.party': 'no organization or person "{id}"; closest: {closest}',
  'view-id.party-none': 'no organization or person "{id}"; the workspace names none',
  'view-id.task': 'no task "{id}"; closest: {closest}',
  'view-id.task-none': 'no task "{id}"; the workspace has no tasks',
  'view-id.meeting': 'no meeting "{id}"; closest: {closest}',
  'view-id.meeting-none': 'no meeting "{id}"; the workspace has no meetings',
  'view.since-bad-date': '--since: "{value}" is not a real date written YYYY-MM-DD',
  'view.bad-problem-status': '--status: "{value}" is not one of {statuses}',
  'view.xlsx-needs-output': '--format xlsx writes a workbook: give the file with -o <file.xlsx>',

  // ---- the workspace ----
  'workspace.not-found': 'workspace folder not found: {dir}',
  'workspace.not-a-folder': 'not a folder: {dir}',
  'workspace.no-manifest': 'no chainchief.yaml in {dir}',
  'workspace.none-above': 'no chainchief.yaml found in {dir} or any folder above it; pass --workspace <dir> or run `chainchief init`',

  // ---- writing ----
  'wrote': 'wrote {file}',
  'write.failed': 'cannot write {file}: {reason}',
  'write.stdout-failed': 'cannot write the output: {reason}',
  'write.refused': '-o {file}: the workspace reads this file; refusing to overwrite it (write the output elsewhere)',
  'write.step-summary': 'cannot append the step summary to {file}: {reason}',
  'write.failed-dir': 'cannot write to {dir}: {reason}',

  // ---- refusing broken data ----
  'refused': 'nothing written: the data has {errors} error(s) (above), and a report built on broken data would mislead; fix them and run again',

  // ---- program failures ----
  'internal-error': 'internal error: {detail}\nPlease report this with the command you ran.',

  // ---- commander's own errors (translated from its English text) ----
  'cmd.missing-argument': "error: missing required argument '{name}'",
  'cmd.option-missing-argument': "error: option '{flags}' argument missing",
  'cmd.mandatory-option': "error: required option '{flags}' not specified",
  'cmd.unknown-option': "error: unknown option '{flag}'",
  'cmd.unknown-command': "error: unknown command '{name}'",
  'cmd.too-many-arguments': "error: too many arguments for '{command}'. Expected {expected} but got {got}.",
  'cmd.too-many-arguments-top': 'error: too many arguments. Expected {expected} but got {got}.',
  'cmd.invalid-option-value': "error: option '{flags}' argument '{value}' is invalid. {reason}",
  'cmd.invalid-argument-value': "error: command-argument value '{value}' is invalid for argument '{name}'. {reason}",
  'cmd.allowed-choices': 'Allowed choices are {choices}.',
  'cmd.did-you-mean': '(Did you mean {suggestion}?)',
  'cmd.did-you-mean-one-of': '(Did you mean one of {suggestions}?)',
  'cmd.arguments': '{count} argument(s)',
} as const
