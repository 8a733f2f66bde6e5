import * as fs from 'fs';
import { randomBytes } from 'crypto';
import { uptime } from 'os';
import { dirname, join, resolve } from 'path';
import { MethodError, isMethodError } from '../core/errors';
import { processAlive } from './processAlive';

/**
 * Writing a workbook without ever losing the user's file.
 *
 * The whole file is written beside its destination under a short temporary name
 * (`.pcss-<pid>-<random>.tmp`, whatever the destination's name, so a long but valid name still
 * fits the file system's 255-byte limit), every byte is checked (a short write is continued, a
 * write that makes no progress, ENOSPC or any other error stops everything), the file is
 * fsynced and its size on disk compared with the data, and only then is it renamed over the
 * destination and the folder fsynced. On any failure the destination is untouched, the
 * temporary file is removed and a bilingual FILE_WRITE error is thrown.
 *
 * When the destination already exists:
 * - **mode and owner**: the new file gets the old one's permission bits, and its owner and
 *   group when the system allows it (running as root, or as the owner changing the group to one
 *   of its own); where it does not (EPERM), the new file belongs to whoever runs the command.
 * - **symlinks**: the link's target is written (`realpath`), so the link stays a link.
 * - **hard links** (more than one name for the file): a rename would leave the other names on
 *   the old content, so once the temporary file is complete and synced (proving the data can
 *   be written here) it is removed and the bytes are copied into the existing file instead: the
 *   part beyond the old length first (if that fails, the file is cut back to its old length and
 *   is as it was), then the rest over the old bytes, then fsync. If that second step fails the
 *   old bytes are written back (FILE_WRITE); if even that fails, FILE_DAMAGED says so. Unlike a
 *   rename this is not atomic: a crash during that copy can leave a half-written file.
 * - `unchangedSince`: just before the rename (or the copy), if the destination's identity
 *   (device, inode, size, modification time) is no longer the one given, nothing is replaced
 *   and FILE_CHANGED is thrown: another program saved the file during the run.
 *
 * A missing output folder is created (`npm start` writes to out/, which a fresh clone lacks).
 * Temporary files left by a killed run (their process is gone) are removed by the next write
 * into the same folder.
 */

/** What tells one version of a file from another. */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface WriteOptions {
  /** The destination as it was read; if it has changed since, nothing is written (FILE_CHANGED). */
  readonly unchangedSince?: FileIdentity;
  /** The destination's current bytes, if the caller holds them: spares a read when a hard-linked file is updated in place. */
  readonly original?: Buffer;
}

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

let io: Writer = REAL;

/** Tests only: replace some of the writing calls (to inject short writes, ENOSPC…); null restores the real ones. */
export function __setWriterForTests(writer: Partial<Writer> | null): void {
  io = writer ? { ...REAL, ...writer } : REAL;
}

/** The identity of the file at `path` (symlinks followed), or null if there is none. */
export function identify(path: string): FileIdentity | null {
  try {
    const st = fs.statSync(path);
    return { dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
  } catch (e) {
    if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') return null;
    throw e;
  }
}

const TEMP = /^\.pcss-(\d+)-[0-9a-z]+\.tmp$/;

function tempName(): string {
  return `.pcss-${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}


/**
 * Removes the temporary files of runs that were killed before they could clean up:
 * `.pcss-<pid>-*.tmp` whose process no longer exists (or that predate the last boot, when the
 * pid may have been reused). Never throws; returns the names removed.
 */
export function removeStaleTemporaries(dir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  const bootMs = Date.now() - uptime() * 1000;
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m) continue;
    const file = join(dir, name);
    try {
      const st = fs.lstatSync(file);
      if (!st.isFile()) continue;
      if (processAlive(Number(m[1])) && st.mtimeMs >= bootMs) continue;
      fs.unlinkSync(file);
      removed.push(name);
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

/**
 * Writes `data` (one buffer, or several written one after the other) to `path` so that the
 * destination holds either its old content or the complete new one, never anything else; see
 * the comment at the top of this file.
 */
export function writeFileAtomic(path: string, data: Buffer | readonly Buffer[], options: WriteOptions = {}): void {
  const chunks: readonly Buffer[] = Buffer.isBuffer(data) ? [data] : data;
  const length = chunks.reduce((n, c) => n + c.length, 0);
  let tmp: string | null = null;
  let fd: number | null = null;
  try {
    const target = resolveTarget(path);
    const dir = dirname(target);
    fs.mkdirSync(dir, { recursive: true });
    removeStaleTemporaries(dir);
    const existing = statOrNull(target);
    if (existing && !existing.isFile()) throw new Error('it is not a regular file');

    tmp = join(dir, tempName());
    fd = io.openSync(tmp, 'wx', 0o666);
    if (existing) keepOwnerAndMode(fd, existing);
    writeRange(fd, chunks, 0, length, 0);
    io.fsyncSync(fd);
    const onDisk = io.fstatSync(fd).size;
    if (onDisk !== length) throw new Error(`${onDisk} of ${length} bytes reached the disk`);
    io.closeSync(fd);
    fd = null;

    checkUnchanged(path, target, options.unchangedSince);
    if (existing && existing.nlink > 1) {
      // Proven writable and complete; its space is freed before the linked file grows.
      removeQuietly(tmp);
      tmp = null;
      copyIntoLinked(path, target, chunks, length, options.original);
    } else {
      io.renameSync(tmp, target);
      tmp = null;
    }
    syncDir(dir);
  } catch (e) {
    if (fd !== null) closeQuietly(fd);
    if (tmp !== null) removeQuietly(tmp);
    if (isMethodError(e)) throw e;
    throw new MethodError('FILE_WRITE', { path, detail: describe(e) });
  }
}

/** The file to write: the final target of a symlink (existing or dangling), else `path` itself. */
function resolveTarget(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(current);
    } catch (e) {
      if (errno(e) === 'ENOENT') return current;
      throw e;
    }
    if (!st.isSymbolicLink()) return fs.realpathSync(current);
    current = resolve(dirname(current), fs.readlinkSync(current));
  }
  throw new Error('too many levels of symbolic links');
}

function statOrNull(path: string): fs.Stats | null {
  try {
    return fs.statSync(path);
  } catch (e) {
    if (errno(e) === 'ENOENT') return null;
    throw e;
  }
}

function keepOwnerAndMode(fd: number, st: fs.Stats): void {
  const uid = process.getuid?.();
  if (uid === 0 || uid === st.uid) {
    try {
      fs.fchownSync(fd, st.uid, st.gid);
    } catch (e) {
      if (errno(e) !== 'EPERM') throw e;
    }
  }
  // After chown, which may clear set-id bits.
  try {
    fs.fchmodSync(fd, st.mode & 0o7777);
  } catch (e) {
    if (errno(e) !== 'EPERM') throw e;
  }
}

/**
 * Writes bytes [from, to) of the concatenated chunks at file offset `position`, continuing
 * after short writes; a write that makes no progress is an error (a full disk).
 */
function writeRange(fd: number, chunks: readonly Buffer[], from: number, to: number, position: number): void {
  let start = 0;
  let pos = position;
  for (const chunk of chunks) {
    const end = start + chunk.length;
    let off = Math.max(from, start) - start;
    const stop = Math.min(to, end) - start;
    while (off < stop) {
      const n = io.writeSync(fd, chunk, off, stop - off, pos);
      if (!(n > 0)) throw new Error(`the disk accepted no more bytes after ${pos - position} of ${to - from}`);
      off += n;
      pos += n;
    }
    start = end;
    if (start >= to) break;
  }
}

function checkUnchanged(path: string, target: string, since: FileIdentity | undefined): void {
  if (!since) return;
  const now = identify(target);
  if (!now || now.dev !== since.dev || now.ino !== since.ino || now.size !== since.size || now.mtimeMs !== since.mtimeMs) {
    throw new MethodError('FILE_CHANGED', { path });
  }
}

/** Updates a file that has other names (hard links) in place; see the comment at the top. */
function copyIntoLinked(path: string, target: string, chunks: readonly Buffer[], length: number, given: Buffer | undefined): void {
  const fd = io.openSync(target, 'r+');
  try {
    const oldLength = io.fstatSync(fd).size;
    const original = given && given.length === oldLength ? given : fs.readFileSync(fd);
    if (original.length !== oldLength) throw new Error('the file changed while it was being read');
    if (length > oldLength) {
      try {
        writeRange(fd, chunks, oldLength, length, oldLength);
        io.fsyncSync(fd);
      } catch (e) {
        restore(path, fd, original, e, false);
        throw e;
      }
    }
    try {
      writeRange(fd, chunks, 0, Math.min(length, oldLength), 0);
      if (length < oldLength) io.ftruncateSync(fd, length);
      io.fsyncSync(fd);
      const onDisk = io.fstatSync(fd).size;
      if (onDisk !== length) throw new Error(`${onDisk} of ${length} bytes reached the disk`);
    } catch (e) {
      restore(path, fd, original, e, true);
      throw e;
    }
  } finally {
    closeQuietly(fd);
  }
}

/** Puts the old bytes back after a failed in-place copy; throws FILE_DAMAGED if it cannot. */
function restore(path: string, fd: number, original: Buffer, cause: unknown, rewrite: boolean): void {
  try {
    if (rewrite) writeRange(fd, [original], 0, original.length, 0);
    io.ftruncateSync(fd, original.length);
    io.fsyncSync(fd);
  } catch (e) {
    throw new MethodError('FILE_DAMAGED', { path, detail: `${describe(cause)}; ${describe(e)}` });
  }
}

/**
 * Makes the rename itself durable. Never throws: the new file is complete and already in place,
 * so there is nothing to undo, and some systems refuse to open or sync a folder (EISDIR, EINVAL,
 * EPERM); a failure here only means the rename might not survive a power cut in the next moments.
 */
function syncDir(dir: string): void {
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

function closeQuietly(fd: number): void {
  try {
    io.closeSync(fd);
  } catch {
    // already closed
  }
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // never created, or already gone
  }
}

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

function describe(e: unknown): string {
  const code = errno(e);
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}
