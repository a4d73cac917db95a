// Commander's own strings in the tool's language (contract §8): its error texts, which it
// makes in English, are read back into their parts and said again from the catalogue; its
// help headings and "(choices: …, default: …)" notes come from the catalogue too.
import { Help, type HelpConfiguration } from 'commander'
import { say } from './words.js'

type Rewrite = [RegExp, (m: RegExpExecArray) => string]

/** Commander's "(Did you mean --x?)" line. */
function suggestion(text: string): string {
  const one = /^\n?\(Did you mean one of (.*)\?\)$/.exec(text)
  if (one) return `\n${say('cmd.did-you-mean-one-of', { suggestions: one[1]! })}`
  const single = /^\n?\(Did you mean (.*)\?\)$/.exec(text)
  if (single) return `\n${say('cmd.did-you-mean', { suggestion: single[1]! })}`
  return text
}

/** The reason after an invalid value: commander's choices sentence, or our own words. */
function reason(text: string): string {
  const choices = /^Allowed choices are (.*)\.$/.exec(text)
  return choices ? say('cmd.allowed-choices', { choices: choices[1]! }) : text
}

const count = (n: string) => say('cmd.arguments', { count: n })

// Commander 14's messages (lib/command.js), most specific first.
const REWRITES: Rewrite[] = [
  [/^error: missing required argument '(.*)'$/, (m) => say('cmd.missing-argument', { name: m[1]! })],
  [/^error: option '(.*)' argument missing$/, (m) => say('cmd.option-missing-argument', { flags: m[1]! })],
  [/^error: required option '(.*)' not specified$/, (m) => say('cmd.mandatory-option', { flags: m[1]! })],
  [/^error: unknown option '([^']*)'([\s\S]*)$/, (m) => say('cmd.unknown-option', { flag: m[1]! }) + suggestion(m[2]!)],
  [/^error: unknown command '([^']*)'([\s\S]*)$/, (m) => say('cmd.unknown-command', { name: m[1]! }) + suggestion(m[2]!)],
  [
    /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m) => say('cmd.too-many-arguments', { command: m[1]!, expected: count(m[2]!), got: m[3]! }),
  ],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => say('cmd.too-many-arguments-top', { expected: count(m[1]!), got: m[2]! })],
  [
    /^error: option '(.*)' argument '([\s\S]*)' is invalid\. ([\s\S]*)$/,
    (m) => say('cmd.invalid-option-value', { flags: m[1]!, value: m[2]!, reason: reason(m[3]!) }),
  ],
  [
    /^error: command-argument value '([\s\S]*)' is invalid for argument '(.*)'\. ([\s\S]*)$/,
    (m) => say('cmd.invalid-argument-value', { value: m[2] === undefined ? '' : m[1]!, name: m[2]!, reason: reason(m[3]!) }),
  ],
]

/** One of commander's error texts (with or without its final newline) in the tool's words. */
export function translateCommanderError(text: string): string {
  const newline = text.endsWith('\n') ? '\n' : ''
  const body = newline ? text.slice(0, -1) : text
  for (const [pattern, rewrite] of REWRITES) {
    const m = pattern.exec(body)
    if (m) return rewrite(m) + newline
  }
  return text
}

const TITLES: Record<string, () => string> = {
  'Usage:': () => say('help.title.usage'),
  'Options:': () => say('help.title.options'),
  'Global Options:': () => say('help.title.global-options'),
  'Commands:': () => say('help.title.commands'),
  'Arguments:': () => say('help.title.arguments'),
}

type Described = { description: string; argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string }

/** "description (choices: …, default: …)" in the tool's words. */
function described(item: Described, showDefault: boolean): string {
  const extra: string[] = []
  if (item.argChoices) extra.push(say('help.choices', { choices: item.argChoices.join(', ') }))
  if (showDefault && item.defaultValue !== undefined) {
    extra.push(say('help.default', { value: item.defaultValueDescription ?? String(item.defaultValue) }))
  }
  if (extra.length === 0) return item.description
  return say('help.notes', { description: item.description, notes: extra.join(say('help.notes-separator')) }).trimStart()
}

/** Help settings for every command: headings, notes and usage words from the catalogue. */
export function helpWords(): HelpConfiguration {
  return {
    styleTitle: (title: string) => TITLES[title]?.() ?? title,
    optionDescription: (option) => described(option, (option.required || option.optional) && typeof option.defaultValue !== 'boolean'),
    argumentDescription: (argument) => described(argument, true),
    // Usage lines and the list of commands carry commander's [options] and [command].
    formatHelp(this: Help, command, helper) {
      return Help.prototype.formatHelp
        .call(this, command, helper)
        .replaceAll(' [options]', ` ${say('help.usage.options')}`)
        .replaceAll(' [command]', ` ${say('help.usage.command')}`)
    },
  }
}
