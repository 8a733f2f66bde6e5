// The .xlsx host's part of the error catalogue (registers its codes).
import '../core/fileErrors';
import * as fs from 'fs';
import { dirname, join, resolve } from 'path';
import { MethodError, isMethodError } from '../core/errors';
import { closeQuietly, describe, errno, io, removeQuietly, statOrNull, syncDir, writeRange } from './fileWriter';
import { copyIntoLinked } from './linkedCopy';
import { removeStaleTemporaries, tempName } from './temporaries';

export { __setWriterForTests, type Writer } from './fileWriter';
export { removeStaleTemporaries } from './temporaries';

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
    fd = io().openSync(tmp, 'wx', 0o666);
    if (existing) keepOwnerAndMode(fd, existing);
    writeRange(fd, chunks, 0, length, 0);
    io().fsyncSync(fd);
    const onDisk = io().fstatSync(fd).size;
    if (onDisk !== length) throw new Error(`${onDisk} of ${length} bytes reached the disk`);
    io().closeSync(fd);
    fd = null;

    checkUnchanged(path, target, options.unchangedSince);
    if (existing && existing.nlink > 1) {
      // Proven writable and complete; its space is freed before the linked file grows.
      removeQuietly(tmp);
      tmp = null;
      copyIntoLinked(path, target, chunks, length, options.original);
    } else {
      io().renameSync(tmp, target);
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

function checkUnchanged(path: string, target: string, since: FileIdentity | undefined): void {
  if (!since) return;
  const now = identify(target);
  if (!now || now.dev !== since.dev || now.ino !== since.ino || now.size !== since.size || now.mtimeMs !== since.mtimeMs) {
    throw new MethodError('FILE_CHANGED', { path });
  }
}

