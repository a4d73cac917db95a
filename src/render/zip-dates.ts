// Same input, same bytes (contract §6, PITFALLS §9): zip writers stamp every entry with the
// time of writing. This sets every entry's date, in its local header and in the central
// directory, to 1980-01-01 00:00, the first date a zip can hold (Excel writes the same).
// Takes and gives the bytes of a zip file; the content is not touched.
import { zipDirectory } from '../workspace/zip-directory.js'

const DOS_TIME = 0 // 00:00:00
const DOS_DATE = (0 << 9) | (1 << 5) | 1 // 1980-01-01

export function fixZipDates(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip)
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength)
  for (const entry of zipDirectory(out)) {
    view.setUint16(entry.directoryOffset + 12, DOS_TIME, true)
    view.setUint16(entry.directoryOffset + 14, DOS_DATE, true)
    view.setUint16(entry.localOffset + 10, DOS_TIME, true)
    view.setUint16(entry.localOffset + 12, DOS_DATE, true)
  }
  return out
}
