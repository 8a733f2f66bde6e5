import { Readable } from 'stream';
import { createInflateRaw, inflateRawSync } from 'zlib';
import { crc32 } from '../zipWriter';

/**
 * Reads a zip's central directory and keeps each entry's compressed bytes as they are, so a
 * part we do not change is written back byte for byte without being inflated at all. Written
 * here rather than taken from a library: JSZip, fflate and yauzl all hand out inflated content
 * (yauzl can stream raw bytes, but asynchronously, entry by entry), and the bounds below
 * (entries, sizes, inflation) must hold before any byte is inflated.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly compressed: Buffer;
}

export interface ZipLimits {
  /** Largest inflated size of one part. */
  readonly partBytes: number;
  /** Largest inflated size of all parts together. */
  readonly totalBytes: number;
  readonly entries: number;
}

export const DEFAULT_LIMITS: ZipLimits = { partBytes: 256 << 20, totalBytes: 1024 << 20, entries: 20_000 };

/** A zip that cannot be read; `limit` when it is readable but past a bound. */
export class ZipError extends Error {
  constructor(
    message: string,
    readonly limit = false,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipError('no end of central directory record');
}

/** Zip64 sizes and offset from an entry's extra field, where the 32-bit fields are saturated. */
function zip64(extra: Buffer, size: number, compressedSize: number, offset: number): { size: number; compressedSize: number; offset: number } {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = Number(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (size === 0xffffffff) size = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (offset === 0xffffffff) offset = next();
      break;
    }
    p += 4 + len;
  }
  return { size, compressedSize, offset };
}

export function readZip(buf: Buffer, limits: ZipLimits = DEFAULT_LIMITS): ZipEntry[] {
  if (buf.length < 22) throw new ZipError('too short for a zip');
  const end = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(end + 10);
  const dirOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError('zip64 archives with this many entries are not supported', true);
  if (count > limits.entries) throw new ZipError(`${count} parts (at most ${limits.entries})`, true);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError('broken central directory');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const rawName = buf.subarray(p + 46, p + 46 + nameLen);
    const name = rawName.toString(flags & 0x0800 ? 'utf8' : 'latin1');
    const extra = buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    const sizes = zip64(extra, buf.readUInt32LE(p + 24), buf.readUInt32LE(p + 20), buf.readUInt32LE(p + 42));
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 0x0001) throw new ZipError(`${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new ZipError(`${name} uses compression method ${method}`);
    const local = sizes.offset;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new ZipError(`${name}: broken local header`);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (dataStart + sizes.compressedSize > buf.length) throw new ZipError(`${name} is cut short`);
    if (sizes.size > limits.partBytes) throw new ZipError(`${name} inflates to ${sizes.size} bytes (at most ${limits.partBytes})`, true);
    total += sizes.size;
    if (total > limits.totalBytes) throw new ZipError(`the parts inflate to more than ${limits.totalBytes} bytes`, true);
    if (name.endsWith('/')) continue;
    // Part names compare case-insensitively (OPC); a duplicate makes the package ambiguous.
    const key = name.toLowerCase();
    if (names.has(key)) throw new ZipError(`${name} appears twice`);
    names.add(key);
    entries.push({ name, method, crc, size: sizes.size, compressed: buf.subarray(dataStart, dataStart + sizes.compressedSize) });
  }
  return entries;
}

/**
 * An entry's content, never more than its declared size (a forged size cannot make it inflate
 * further: zlib stops at maxOutputLength), checked against its CRC.
 */
export function inflateEntry(entry: ZipEntry): Buffer {
  let data: Buffer;
  if (entry.method === 0) data = entry.compressed;
  else {
    try {
      // One output buffer of the declared size: zlib's default 16 KB pieces, joined at the end,
      // held a part twice over (a 57 MB tab: 3 600 small allocations, then their copy).
      data = inflateRawSync(entry.compressed, { maxOutputLength: Math.max(1, entry.size), chunkSize: Math.max(64, entry.size) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError(`${entry.name} inflates past its declared size`, true);
      throw new ZipError(`${entry.name}: ${(e as Error).message}`);
    }
  }
  if (data.length !== entry.size) throw new ZipError(`${entry.name}: ${data.length} bytes where ${entry.size} were declared`);
  if (crc32(data) !== entry.crc) throw new ZipError(`${entry.name}: checksum mismatch`);
  return data;
}

/** Compressed bytes handed to the inflater at a time: at most ~1 000 times as much comes out of each. */
const FEED = 64 << 10;

/** Parts up to this size are inflated whole. */
const WHOLE = 8 << 20;

/**
 * Bytes inflated at a time from a larger part: each piece is a buffer of its own, garbage once
 * read and freed only when the collector gets to it. Pieces under glibc's mmap threshold come
 * from the C heap and are used again; megabyte pieces (mapped, then, the threshold raised, from
 * the C heap too) left ~35 MB of it fragmented after reading the 50 000-row re-run's 100 MB of
 * sheets, resident through planning. 64 KB: the same reading time (measured).
 */
const INFLATED_PIECE = 64 << 10;

function* slices(bytes: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/**
 * An entry's content a piece at a time (about `piece` bytes each), inflated on the thread pool
 * as the reader takes them, so a large part never exists whole (one of up to `whole` bytes, or a
 * stored one, comes in one piece); the same bounds as inflateEntry:
 * never more than its declared size, and its size and CRC checked at the end.
 */
export async function* inflatePieces(entry: ZipEntry, piece = INFLATED_PIECE, whole = WHOLE): AsyncGenerator<Buffer> {
  // Stored, or a part of a few megabytes (a 10 000-row tracker): whole, in one call, without a
  // stream's turns through the thread pool, which cost more than they save at that size.
  if (entry.method === 0 || entry.size <= whole) {
    yield inflateEntry(entry);
    return;
  }
  const inflate = createInflateRaw({ chunkSize: Math.max(64, piece) });
  Readable.from(slices(entry.compressed, FEED)).pipe(inflate);
  let size = 0;
  let crc = 0;
  try {
    for await (const out of inflate as AsyncIterable<Buffer>) {
      size += out.length;
      if (size > entry.size) throw new ZipError(`${entry.name} inflates past its declared size`, true);
      crc = crc32(out, crc);
      yield out;
    }
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError(`${entry.name}: ${(e as Error).message}`);
  } finally {
    inflate.destroy();
  }
  if (size !== entry.size) throw new ZipError(`${entry.name}: ${size} bytes where ${entry.size} were declared`);
  if (crc !== entry.crc) throw new ZipError(`${entry.name}: checksum mismatch`);
}
