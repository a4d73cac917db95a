// The central directory of a zip file (an .xlsx is one): each entry's name, sizes and where
// its local header is. Takes bytes, gives entries; reads no content. Used to refuse a zip
// bomb before a workbook is inflated.

export interface ZipEntry {
  name: string
  compressedSize: number
  size: number
  /** Offset of the entry's record in the central directory. */
  directoryOffset: number
  /** Offset of the entry's local file header. */
  localOffset: number
}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

/** Entries of a zip file; throws a plain Error when the bytes are no zip file. */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record sits in the last 22 bytes plus a comment of at most 65535.
  let end = -1
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i
      break
    }
  }
  if (end < 0) throw new Error('not a zip file')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const decoder = new TextDecoder()
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new Error('damaged zip directory')
    const nameLength = view.getUint16(at + 28, true)
    const localOffset = view.getUint32(at + 42, true)
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_HEADER) throw new Error('damaged zip entry')
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      directoryOffset: at,
      localOffset,
    })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}
