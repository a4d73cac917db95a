// One entry of a zip file (an .xlsx part) as text, for tests that look at the XML itself.
import { inflateRawSync } from 'node:zlib'
import { zipDirectory } from '../../src/workspace/zip-directory.js'

export function zipEntryText(bytes: Uint8Array, name: string): string {
  const entry = zipDirectory(bytes).find((e) => e.name === name)
  if (!entry) throw new Error(`no ${name} in the zip`)
  const view = new DataView(bytes.buffer, bytes.byteOffset)
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true)
  const method = view.getUint16(entry.localOffset + 8, true)
  const data = bytes.subarray(start, start + entry.compressedSize)
  return (method === 0 ? Buffer.from(data) : inflateRawSync(data)).toString('utf8')
}
