import * as zlib from 'zlib';
import { deflateRawSync } from 'zlib';

/**
 * A minimal zip writer over Node's native zlib. ExcelJS and JSZip compress in JavaScript
 * (pako), which is most of the time spent saving a large workbook; so ExcelJS writes stored
 * (uncompressed) parts and this writer compresses each part once, natively.
 */
/** CRC-32 of a part, natively (zlib.crc32, Node ≥ 20.15). */
export function crc32(data: Uint8Array, previous = 0): number {
  return zlib.crc32(data, previous);
}

// A fixed timestamp (1980-01-01): the same content gives the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

/** A part to write: new content, or an entry read from a zip, copied as its compressed bytes. */
export type ZipInput = { readonly name: string; readonly data: Uint8Array } | { readonly name: string; readonly raw: { method: number; crc: number; size: number; compressed: Buffer } };

function compress(entry: ZipInput): { method: number; crc: number; size: number; compressed: Uint8Array } {
  if ('raw' in entry) return entry.raw;
  // Level 4: nearly level 6's size at half its time on sheet XML.
  return { method: 8, crc: crc32(entry.data), size: entry.data.length, compressed: deflateRawSync(entry.data, { level: 4 }) };
}

/**
 * The fields a local header and its central-directory entry share, in the same order (from
 * byte 4 of the one, 6 of the other): version needed (2.0), flags, method, time, date, CRC,
 * sizes, the name's length. The extra field's length after them stays 0 (Buffer.alloc).
 */
function writeEntryFields(b: Buffer, at: number, f: { method: number; crc: number; compressedSize: number; size: number; nameLength: number }): void {
  b.writeUInt16LE(20, at);
  b.writeUInt16LE(UTF8_NAMES, at + 2);
  b.writeUInt16LE(f.method, at + 4);
  b.writeUInt16LE(DOS_TIME, at + 6);
  b.writeUInt16LE(DOS_DATE, at + 8);
  b.writeUInt32LE(f.crc, at + 10);
  b.writeUInt32LE(f.compressedSize, at + 14);
  b.writeUInt32LE(f.size, at + 18);
  b.writeUInt16LE(f.nameLength, at + 22);
}

/** The zip's bytes, as chunks to write one after another (no copy into one buffer). */
export function writeZipChunks(entries: readonly ZipInput[]): Buffer[] {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const nameBytes = Buffer.from(entry.name, 'utf8');
    const { method, crc, size, compressed } = compress(entry);
    const fields = { method, crc, compressedSize: compressed.length, size, nameLength: nameBytes.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // made by: version 2.0
    writeEntryFields(dir, 6, fields);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, Buffer.from(compressed.buffer, compressed.byteOffset, compressed.length));
    central.push(dir, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  if (offset > 0xffffffff) throw new Error('the workbook would pass 4 GB, past what this writer supports');
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return [...chunks, ...central, end];
}

export function writeZip(entries: readonly ZipInput[]): Buffer {
  return Buffer.concat(writeZipChunks(entries));
}
