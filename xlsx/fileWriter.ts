import * as fs from 'fs';

/**
 * The file system calls that write a workbook, in one place so tests can make them fail (short
 * writes, a full disk, EIO) and every writer continues or stops the same way.
 */
/** The file system calls that write, as tests can replace them (see __setWriterForTests). */
export interface Writer {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  fsyncSync(fd: number): void;
  ftruncateSync(fd: number, length: number): void;
  fstatSync(fd: number): fs.Stats;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
}

const REAL: Writer = {
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length, position) => fs.writeSync(fd, buffer, offset, length, position),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  ftruncateSync: (fd, length) => fs.ftruncateSync(fd, length),
  fstatSync: (fd) => fs.fstatSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
};

let current: Writer = REAL;

/** The writing calls in force (the real ones, or a test's). */
export function io(): Writer {
  return current;
}

/** Tests only: replace some of the writing calls (to inject short writes, ENOSPC…); null restores the real ones. */
export function __setWriterForTests(writer: Partial<Writer> | null): void {
  current = writer ? { ...REAL, ...writer } : REAL;
}

/**
 * Writes bytes [from, to) of the concatenated chunks at file offset `position`, continuing
 * after short writes; a write that makes no progress is an error (a full disk).
 */
export function writeRange(fd: number, chunks: readonly Buffer[], from: number, to: number, position: number): void {
  let start = 0;
  let pos = position;
  for (const chunk of chunks) {
    const end = start + chunk.length;
    let off = Math.max(from, start) - start;
    const stop = Math.min(to, end) - start;
    while (off < stop) {
      const n = io().writeSync(fd, chunk, off, stop - off, pos);
      if (!(n > 0)) throw new Error(`the disk accepted no more bytes after ${pos - position} of ${to - from}`);
      off += n;
      pos += n;
    }
    start = end;
    if (start >= to) break;
  }
}

/**
 * Makes the rename itself durable. Never throws: the new file is complete and already in place,
 * so there is nothing to undo, and some systems refuse to open or sync a folder (EISDIR, EINVAL,
 * EPERM); a failure here only means the rename might not survive a power cut in the next moments.
 */
export function syncDir(dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch {
    // see above
  } finally {
    closeQuietly(fd);
  }
}

export function closeQuietly(fd: number): void {
  try {
    io().closeSync(fd);
  } catch {
    // already closed
  }
}

export function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // never created, or already gone
  }
}

export function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

export function describe(e: unknown): string {
  const code = errno(e);
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}

export function statOrNull(path: string): fs.Stats | null {
  try {
    return fs.statSync(path);
  } catch (e) {
    if (errno(e) === 'ENOENT') return null;
    throw e;
  }
}

