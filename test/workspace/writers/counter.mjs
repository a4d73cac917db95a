// Adds 1 to the number in a file, `times` times, each as read → lock-protected write, as two
// chainchief commands would (test/workspace/write-file.test.ts runs two at once).
import { lockFile } from '../../../dist/workspace/file-lock.js'
import { readSnapshot, replaceFile } from '../../../dist/workspace/write-file.js'

const [target, times] = process.argv.slice(2)
for (let i = 0; i < Number(times); i++) {
  const lock = lockFile(target, { waitMs: 60_000 })
  try {
    const snapshot = readSnapshot(target)
    replaceFile(snapshot, String(Number(snapshot.bytes.toString('utf8')) + 1))
  } finally {
    lock.release()
  }
}
