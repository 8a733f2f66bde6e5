// The .xlsx host's part of the error catalogue (registers its codes).
import '../core/fileErrors';
import * as fs from 'fs';
import { MethodError } from '../core/errors';
import { closeQuietly, describe, io, writeRange } from './fileWriter';

/**
 * A file with other names (hard links) is updated in place rather than renamed over, so every
 * name sees the new content; see the comment at the top of atomicWrite.ts for the order of the
 * steps and what a failure leaves.
 */
export function copyIntoLinked(path: string, target: string, chunks: readonly Buffer[], length: number, given: Buffer | undefined): void {
  const fd = io().openSync(target, 'r+');
  try {
    const oldLength = io().fstatSync(fd).size;
    const original = given && given.length === oldLength ? given : fs.readFileSync(fd);
    if (original.length !== oldLength) throw new Error('the file changed while it was being read');
    if (length > oldLength) {
      try {
        writeRange(fd, chunks, oldLength, length, oldLength);
        io().fsyncSync(fd);
      } catch (e) {
        restore(path, fd, original, e, false);
        throw e;
      }
    }
    try {
      writeRange(fd, chunks, 0, Math.min(length, oldLength), 0);
      if (length < oldLength) io().ftruncateSync(fd, length);
      io().fsyncSync(fd);
      const onDisk = io().fstatSync(fd).size;
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
    io().ftruncateSync(fd, original.length);
    io().fsyncSync(fd);
  } catch (e) {
    throw new MethodError('FILE_DAMAGED', { path, detail: `${describe(cause)}; ${describe(e)}` });
  }
}

