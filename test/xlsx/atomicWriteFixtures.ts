/** The workbook files and failing disks the atomic-write tests share. */
import * as fs from 'fs';
import type { Writer } from '../../xlsx/atomicWrite';
import { tempFolder, workbookFile } from '../support/files';

export const BEFORE = Buffer.from('the workbook as the user saved it');
export const AFTER = Buffer.alloc(200_000, 'new workbook ');

export const folder = () => tempFolder('pcss-atomic-');

/** A folder holding team.xlsx with BEFORE in it. */
export const workbook = () => workbookFile('pcss-atomic-', BEFORE);

export function temporaries(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}

export function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

/** A writer that lets `budget` bytes reach the disk, then behaves as `full` says. */
export function diskWithRoom(budget: number, full: 'enospc' | 'zero'): Partial<Writer> {
  let left = budget;
  return {
    writeSync(fd, buffer, offset, length, position) {
      if (left === 0) {
        if (full === 'zero') return 0;
        throw enospc();
      }
      const n = fs.writeSync(fd, buffer, offset, Math.min(length, left), position);
      left -= n;
      return n;
    },
  };
}

/**
 * A writer whose writes into a hard-linked file (opened 'r+', written in place rather than
 * replaced) go through `write`, told it is that file; every other write reaches the disk.
 */
export function linkedFileWriter(write: (fd: number, buffer: NodeJS.ArrayBufferView, offset: number, length: number, position: number) => number): Partial<Writer> {
  let linkedFd = -1;
  return {
    openSync: (path, flags, mode) => {
      const fd = fs.openSync(path, flags, mode);
      if (flags === 'r+') linkedFd = fd;
      return fd;
    },
    writeSync: (fd, buffer, offset, length, position) => (fd === linkedFd ? write(fd, buffer, offset, length, position) : fs.writeSync(fd, buffer, offset, length, position)),
  };
}
