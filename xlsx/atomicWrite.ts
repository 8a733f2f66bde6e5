import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'fs';
import { basename, dirname, join } from 'path';
import { MethodError } from '../core/errors';

/**
 * Writes the whole file beside its destination under a temporary name, flushes it, then renames
 * it into place: a crash leaves either the old file or the new one, never half a workbook.
 * A missing output folder is created (`npm start` writes to out/, which a fresh clone lacks).
 */
export function writeFileAtomic(path: string, data: Buffer): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw new MethodError('FILE_WRITE', { path, detail: (e as Error).message });
  }
}
