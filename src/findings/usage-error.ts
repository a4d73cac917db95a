// A command that cannot run (no workspace, bad flag value, unknown meeting): exit code 2.
// Thrown by any stage; only cli/main.ts turns it into a message and the exit code.
export class UsageError extends Error {
  override name = 'UsageError'
}
