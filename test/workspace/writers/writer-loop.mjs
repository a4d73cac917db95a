// Replaces a file again and again with one of two large versions, until killed
// (test/workspace/write-file.test.ts kills it mid-write). Uses the built library (npm run build).
import { readFileSync } from 'node:fs'
import { readSnapshot, replaceFile } from '../../../dist/workspace/write-file.js'

const [target, a, b] = process.argv.slice(2)
const versions = [readFileSync(a), readFileSync(b)]
for (let i = 0; ; i++) {
  replaceFile(readSnapshot(target), versions[i % 2])
  if (i === 0) process.stdout.write('ready\n')
}
