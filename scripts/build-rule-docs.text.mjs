// The words of each docs/rules/<rule-id>.md page that are not generated: what the rule finds,
// why it matters, how to fix it (read by scripts/build-rule-docs.mjs).
export const RULE_DOCS = {
  'yaml-syntax': {
    summary: 'YAML that does not parse: syntax, duplicate keys, tabs, bad indentation, several documents, unknown tags, alias bombs',
    finds: 'A file that is not valid YAML 1.2, or that uses YAML features chainchief data has no use for: a key given twice in one mapping, a tab used for indentation, bad indentation, more than one document (`---`) in a file, a tag such as `!!binary`, an alias to an unknown anchor, or so many aliases that the file would expand without bound.',
    why: 'A file that does not parse cannot be checked at all, so this is always an error, whatever `rules:` says. A duplicate key is the subtle case: most YAML readers silently keep the last value, so half of what you wrote would vanish without a word.',
    fix: 'Go to the line and column shown. Indent with spaces (two per level), write each key once, keep one document per file. An editor with the YAML extension underlines the same spot as you type.',
  },
  encoding: {
    summary: 'a file that is not UTF-8 (says which encoding it looks like, e.g. GBK), or a binary file',
    finds: 'A data file whose bytes are not UTF-8 text (a byte order mark is fine). When the bytes look like GBK, the Chinese encoding many Windows editors still save in, the message says so. A binary file (an image, a spreadsheet saved under a `.yaml` name) is reported too.',
    why: 'Read as UTF-8, a GBK file turns every Chinese name into mojibake (乱码), and nothing after that can be trusted. chainchief reports the file instead of guessing. Like `yaml-syntax`, it is always an error.',
    fix: 'Open the file and save it again as UTF-8 (in VS Code: the encoding in the status bar → "Save with Encoding" → UTF-8; in Notepad: Save As → Encoding: UTF-8). The `.editorconfig` that `chainchief init` writes tells editors to do this by default.',
  },
  'file-read': {
    summary: 'a file that cannot be read: too large, a broken or looping symbolic link, a link that leaves the workspace, no permission',
    finds: 'A data file that cannot be read: larger than 16 MiB, a symbolic link to nothing or a loop of links, a symbolic link whose target lies outside the workspace (never read, so a pull request cannot make CI print a file from elsewhere on the runner), a folder with a `.yaml` name, or a file the user running `check` may not read.',
    why: 'A file that cannot be read cannot be checked; it is always an error. References into what such a file would define are not reported as `unknown-ref`, since they may well be right.',
    fix: 'Restore the file the link points to, or remove the link; give the file read permission; split a huge file.',
  },
  schema: {
    summary: 'a value against the JSON Schema: missing or unknown field, wrong type, bad enum, bad date, unknown time zone (always an error)',
    finds: 'A value that breaks the JSON Schema of its file (`chainchief schema <name>` prints it): a required field missing, a field the schema does not know (a misspelling), a value of the wrong type, a value outside its list (`status: finished`), an id with capitals or spaces, a date that is not a real `YYYY-MM-DD` day (`2023-02-30`) or not of the years 1900 to 9999 (`0022-10-31`), a weight that is not a finite number (`.inf`, `.nan`, `1e309`), a percentage outside 0–100, an unknown time zone. An unknown field suggests the closest known one.',
    why: 'Every report relies on these fields having the shape the contract gives them. Unknown fields are errors rather than being ignored, so a typo such as `wieght:` never silently does nothing. It cannot be lowered or turned off: a record that breaks its schema would otherwise vanish from every report without a word. Editors check the same schemas, so most of these show up while typing.',
    fix: 'Correct the value as the message says; hover over the field in an editor with the YAML extension to see what it takes, in English and Chinese.',
  },
  'file-name': {
    summary: "a chain's or meeting's `id` differs from its file name",
    finds: 'A file in `chains/` or `meetings/` whose `id` is not its file name without `.yaml`.',
    why: 'People find a chain or meeting by its file; commands such as `chainchief brief <meeting-id>` take the id. When the two differ, one of them points at the wrong thing.',
    fix: 'Rename the file, or change the `id`, so they agree. Remember to update references to the old id.',
  },
  'duplicate-id': {
    summary: 'two records of one namespace with the same id (names both places)',
    finds: 'Two records that share an id within one namespace: organizations and people (one namespace, since a ref may name either), chains, tasks, problems, meetings. Task and problem ids are unique across the whole workspace, not only within a chain. The message names the place of the first use.',
    why: 'A ref to a duplicated id could mean either record, so every report built on it would be a guess.',
    fix: 'Give one of the two records a new id and update the refs that meant it.',
  },
  'unknown-ref': {
    summary: 'a ref to nothing, or to a record of the wrong kind (suggests the closest id)',
    finds: 'A field that refers to another record (`owner`, `chief`, `chair`, `attendees`, `task`, `chains`, …) by an id that no record has, or that belongs to the wrong kind of record, such as an organization where a person is required. For an unknown id the message suggests the closest existing one.',
    why: 'Briefs and progress tables print names, not ids; a dangling ref would leave a hole in the minutes. Most are typos, so the suggestion usually is the fix.',
    fix: 'Correct the id, or add the missing organization or person to `organizations.yaml` or `people.yaml` first.',
  },
  'chain-count': {
    summary: 'the number of chain files differs from `chains` in `chainchief.yaml`, or `order` lists a chain that has no file',
    finds: 'A workspace whose `chains/` folder holds a different number of chain files than `chains:` in `chainchief.yaml` says (11 for the signature chains), or whose `order` lists a chain id with no chain file; the message names the chain files that `order` leaves out, one of which is usually the chain meant. An id of `order` is reported here once, not also as `unknown-ref`; leaving a chain out of `order` is allowed (it is listed after the others, by id).',
    why: 'A chain file deleted or never added by mistake would otherwise just disappear from every progress table, and a misspelt id in `order` would silently move its chain to the end.',
    fix: 'Add or restore the missing chain files, or change `chains:` when the set of chains really changed; correct the id in `order`.',
  },
  'date-order': {
    summary: '`start` after `due`; `resolved` before `raised`; updates not in date order',
    finds: "A task that starts after it is due, a problem resolved before it was raised, or a task's `updates` not listed oldest first.",
    why: 'Progress as of a date reads the updates in order; dates that run backwards are almost always typos (a month and a day swapped) and would give wrong figures for past meetings.',
    fix: 'Correct the date that is wrong, or move the update to its place in the list.',
  },
  'status-progress': {
    summary: '`done` below 100 %, 100 % but not `done`, `planned` above 0 %',
    finds: 'A task (or an update that gives a status) whose status and progress disagree: `done` with progress below 100, progress 100 with any status but `done`, or `planned` with progress above 0.',
    why: 'Tables count tasks by status and average them by progress; when the two disagree, the counts and the percentages tell different stories.',
    fix: 'Change whichever of the two is out of date.',
  },
  'last-update': {
    summary: "a task whose last update's progress differs from its `progress`",
    finds: "A task with `updates` whose latest update gives a different progress than the task's own `progress` field.",
    why: "The current `progress` and the progress log are two records of the same fact; when they disagree, today's table and the history in briefs disagree too.",
    fix: 'Add an update for the new progress, or correct `progress` to match the latest update.',
  },
  'resolved-date': {
    summary: 'a problem `resolved` without a `resolved` date, or `open` with one',
    finds: 'A problem with `status: resolved` but no `resolved:` date, or `status: open` with a `resolved:` date.',
    why: 'Whether a problem was open at a meeting is decided by its dates; without the resolution date, the brief of every past meeting would drop it.',
    fix: 'Add the date the problem was resolved, or remove the date (or set the status) when it is still open.',
  },
  'leader-type': {
    summary: 'a chain leader enterprise whose organization type is not `enterprise`',
    finds: "A chain's `leader_enterprises` entry that refers to an organization whose `type` is not `enterprise`.",
    why: 'Chain leader enterprises (链主企业) are enterprises by definition; anything else is usually the wrong id, or an organization entered with the wrong type. It is a warning because the data may be unusual on purpose.',
    fix: "Correct the ref, or the organization's `type`.",
  },
  'future-date': {
    summary: 'an update, a `done` milestone or a resolution dated after the as-of date',
    finds: "A progress update, a milestone's `done` date or a problem's `resolved` date that lies after the as-of date (today in the workspace's time zone, or `--as-of`).",
    why: 'Things that have not happened yet cannot have been done; such a date is usually a typo in the year. It is a warning because data entered a day early is not wrong for long.',
    fix: 'Correct the date. In CI, `--as-of` pins the date when checking old data on purpose.',
  },
  'progress-decrease': {
    summary: "an update whose progress is below the previous update's",
    finds: "A task's update whose progress is lower than the update before it.",
    why: 'Progress going backwards happens (a plan is re-scoped) but is rare; more often a number was mistyped. It is a warning so the secretariat looks twice.',
    fix: 'Correct the number, or keep it and add a `note` to the update saying why progress fell.',
  },
}
