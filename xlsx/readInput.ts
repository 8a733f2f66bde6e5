// The .xlsx host's part of the error catalogue (registers its codes).
import '../core/fileErrors';
import { readFileSync, statSync } from 'fs';
import { MethodError } from '../core/errors';

/** The input's bytes; a missing or unreadable file said as such. */
export function readInput(path: string): Buffer {
  try {
    if (!statSync(path).isFile()) throw new MethodError('FILE_UNREADABLE', { path, detail: 'not a file' });
    return readFileSync(path);
  } catch (e) {
    if (e instanceof MethodError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new MethodError('FILE_NOT_FOUND', { path });
    throw new MethodError('FILE_UNREADABLE', { path, detail: (e as Error).message });
  }
}
