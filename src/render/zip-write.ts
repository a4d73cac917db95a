// A zip file from named parts, the same bytes for the same parts (contract §6 and §9: same
// input, same bytes): entries in the order given, each dated 1980-01-01 00:00 (the first date
// a zip can hold, as Excel writes), deflated by Node's zlib where that makes it smaller.
// Takes the parts, gives the bytes; no zip64 (a workbook of ours is far below 4 GiB).
import { crc32, deflateRawSync } from 'node:zlib'

export interface ZipPart {
  name: string
  data: Uint8Array | string
}

const DOS_TIME = 0 // 00:00:00
const DOS_DATE = (0 << 9) | (1 << 5) | 1 // 1980-01-01
const UTF8_NAMES = 0x0800

export function zipParts(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8')
    const data = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength)
    const deflated = deflateRawSync(data, { level: 6 })
    const stored = deflated.length >= data.length
    const body = stored ? data : deflated
    const crc = crc32(data)
    const flags = /^[\x20-\x7e]*$/.test(part.name) ? 0 : UTF8_NAMES
    const header = (signature: number, size: number) => {
      const b = Buffer.alloc(size)
      b.writeUInt32LE(signature, 0)
      return b
    }
    const local = header(0x04034b50, 30)
    local.writeUInt16LE(20, 4) // version needed: 2.0 (deflate)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(stored ? 0 : 8, 8)
    local.writeUInt16LE(DOS_TIME, 10)
    local.writeUInt16LE(DOS_DATE, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    chunks.push(local, name, body)
    const entry = header(0x02014b50, 46)
    entry.writeUInt16LE(20, 4) // made by: 2.0, MS-DOS attributes
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(flags, 8)
    entry.writeUInt16LE(stored ? 0 : 8, 10)
    entry.writeUInt16LE(DOS_TIME, 12)
    entry.writeUInt16LE(DOS_DATE, 14)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(body.length, 20)
    entry.writeUInt32LE(data.length, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt32LE(offset, 42)
    directory.push(entry, name)
    offset += local.length + name.length + body.length
  }
  const size = directory.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(size, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...chunks, ...directory, end]))
}
