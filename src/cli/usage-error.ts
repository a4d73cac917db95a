// A command that cannot run (no workspace, bad flag value, unknown meeting): exit code 2.
export class UsageError extends Error {
  override name = 'UsageError'
}
