// Takes a file's lock, says so, then either releases it after `ms` or dies holding it
// (`die`), leaving a stale lock behind (test/workspace/write-file.test.ts).
import { lockFile } from '../../../dist/workspace/file-lock.js'

const [target, ms, how] = process.argv.slice(2)
const lock = lockFile(target)
process.stdout.write('locked\n')
setTimeout(() => {
  if (how === 'die') process.exit(0)
  lock.release()
}, Number(ms))
