// A command that cannot run (no workspace, bad flag value, unknown meeting): exit code 2.
// Thrown by any stage; only cli/main.ts turns it into a message and the exit code. Below
// cli/, a thrown error names its words by key (a key of src/cli/words/en.ts) and arguments,
// with its English text as the message, so main.ts can say it in the chosen language.
export interface UsageWords {
  key: string
  args?: Readonly<Record<string, string | number>>
}

export class UsageError extends Error {
  override name = 'UsageError'
  constructor(
    message: string,
    readonly words?: UsageWords,
  ) {
    super(message)
  }
}
