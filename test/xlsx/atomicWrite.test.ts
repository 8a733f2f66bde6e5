import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { MethodError } from '../../core/errors';
import { __setWriterForTests, identify, removeStaleTemporaries, writeFileAtomic, type Writer } from '../../xlsx/atomicWrite';

const BEFORE = Buffer.from('the workbook as the user saved it');
const AFTER = Buffer.alloc(200_000, 'new workbook ');

function folder(): string {
  return fs.mkdtempSync(join(tmpdir(), 'pcss-atomic-'));
}

/** A folder holding team.xlsx with BEFORE in it. */
function workbook(): { dir: string; file: string } {
  const dir = folder();
  const file = join(dir, 'team.xlsx');
  fs.writeFileSync(file, BEFORE);
  return { dir, file };
}

function temporaries(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}

function failure(run: () => void): MethodError {
  try {
    run();
  } catch (e) {
    if (e instanceof MethodError) return e;
    throw e;
  }
  throw new Error('expected a MethodError');
}

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

/** A writer that lets `budget` bytes reach the disk, then behaves as `full` says. */
function diskWithRoom(budget: number, full: 'enospc' | 'zero'): Partial<Writer> {
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

const isRoot = process.getuid?.() === 0;

afterEach(() => __setWriterForTests(null));

describe('writing a workbook file', () => {
  it('replaces the file with the new bytes and leaves no temporary file', () => {
    const { dir, file } = workbook();
    writeFileAtomic(file, AFTER);
    expect(fs.readFileSync(file).equals(AFTER)).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  it('writes several buffers one after the other', () => {
    const { file } = workbook();
    writeFileAtomic(file, [Buffer.from('PK'), Buffer.alloc(0), Buffer.from('zip body'), Buffer.from('end')]);
    expect(fs.readFileSync(file, 'utf8')).toBe('PKzip bodyend');
  });

  it('creates a missing output folder, as npm start needs on a fresh clone', () => {
    const dir = folder();
    const out = join(dir, 'out', 'deeper', 'result.xlsx');
    writeFileAtomic(out, AFTER);
    expect(fs.readFileSync(out).equals(AFTER)).toBe(true);
  });

  it('writes a long but valid file name: the temporary name does not grow with it', () => {
    const dir = folder();
    const name = `${'销'.repeat(83)}.xlsx`; // 254 bytes, one short of the limit
    expect(Buffer.byteLength(name)).toBe(254);
    writeFileAtomic(join(dir, name), AFTER);
    expect(fs.readFileSync(join(dir, name)).equals(AFTER)).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  it('continues after short writes until every byte is written', () => {
    const { file } = workbook();
    let calls = 0;
    __setWriterForTests({
      writeSync(fd, buffer, offset, length, position) {
        calls++;
        return fs.writeSync(fd, buffer, offset, Math.min(length, 7_000), position);
      },
    });
    writeFileAtomic(file, AFTER);
    expect(calls).toBeGreaterThan(20);
    expect(fs.readFileSync(file).equals(AFTER)).toBe(true);
  });

  describe('when the disk fills up or the write fails', () => {
    it.each([
      ['the disk fills up mid-write (ENOSPC after a short write)', diskWithRoom(50_000, 'enospc'), /ENOSPC/],
      ['the disk stops accepting bytes (a write of 0)', diskWithRoom(50_000, 'zero'), /accepted no more bytes after 50000 of 200000/],
      ['the disk is full from the first byte', diskWithRoom(0, 'enospc'), /ENOSPC/],
    ])('leaves the workbook as it was when %s', (_, writer, detail) => {
      const { dir, file } = workbook();
      __setWriterForTests(writer);
      const e = failure(() => writeFileAtomic(file, AFTER));
      expect(e.code).toBe('FILE_WRITE');
      expect(e.params.detail).toMatch(detail);
      expect(e.zh).toMatch(/^无法写入“.*team\.xlsx”:.*。原文件未改动$/);
      expect(e.en).toMatch(/^cannot write ".*team\.xlsx": .*\. The original file is unchanged$/);
      expect(fs.readFileSync(file).equals(BEFORE)).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    });

    it('notices a write that claims more than reached the disk', () => {
      const { dir, file } = workbook();
      __setWriterForTests({
        writeSync: (fd, buffer, offset, length, position) => (position === 0 ? fs.writeSync(fd, buffer, offset, Math.min(length, 1000), position) : length),
      });
      const e = failure(() => writeFileAtomic(file, AFTER));
      expect(e.code).toBe('FILE_WRITE');
      expect(e.params.detail).toContain('1000 of 200000 bytes reached the disk');
      expect(fs.readFileSync(file).equals(BEFORE)).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    });

    it.each([
      ['fsync fails', { fsyncSync: () => { throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }); } }],
      ['the rename fails', { renameSync: () => { throw Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' }); } }],
    ] as [string, Partial<Writer>][])('leaves the workbook as it was when %s', (_, writer) => {
      const { dir, file } = workbook();
      __setWriterForTests(writer);
      expect(failure(() => writeFileAtomic(file, AFTER)).code).toBe('FILE_WRITE');
      expect(fs.readFileSync(file).equals(BEFORE)).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    });

    it('leaves no output at all when a new file cannot be written', () => {
      const dir = folder();
      __setWriterForTests(diskWithRoom(10, 'enospc'));
      expect(failure(() => writeFileAtomic(join(dir, 'result.xlsx'), AFTER)).code).toBe('FILE_WRITE');
      expect(fs.readdirSync(dir)).toEqual([]);
    });

    it('refuses to replace a folder', () => {
      const dir = folder();
      fs.mkdirSync(join(dir, 'team.xlsx'));
      const e = failure(() => writeFileAtomic(join(dir, 'team.xlsx'), AFTER));
      expect(e.code).toBe('FILE_WRITE');
      expect(fs.statSync(join(dir, 'team.xlsx')).isDirectory()).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    });
  });

  describe('when another program saved the file during the run', () => {
    it('writes when the file is still the one that was read', () => {
      const { file } = workbook();
      const seen = identify(file)!;
      writeFileAtomic(file, AFTER, { unchangedSince: seen });
      expect(fs.readFileSync(file).equals(AFTER)).toBe(true);
    });

    it.each([
      ['saved with other content', (file: string) => fs.writeFileSync(file, 'saved by Excel meanwhile')],
      ['replaced by another file', (file: string) => { fs.writeFileSync(`${file}.new`, BEFORE); fs.renameSync(`${file}.new`, file); }],
      ['only touched', (file: string) => fs.utimesSync(file, new Date(2001, 1, 1), new Date(2001, 1, 1))],
      ['deleted', (file: string) => fs.unlinkSync(file)],
    ])('replaces nothing when it was %s', (_, change) => {
      const { dir, file } = workbook();
      const seen = identify(file)!;
      change(file);
      const after = fs.existsSync(file) ? fs.readFileSync(file) : null;
      const e = failure(() => writeFileAtomic(file, AFTER, { unchangedSince: seen }));
      expect(e.code).toBe('FILE_CHANGED');
      expect(e.zh).toContain('未写入任何内容');
      expect(e.en).toContain('nothing was written');
      expect(fs.existsSync(file) ? fs.readFileSync(file) : null).toEqual(after);
      expect(temporaries(dir)).toEqual([]);
    });

    it('identifies a missing file as null', () => {
      expect(identify(join(folder(), 'missing.xlsx'))).toBeNull();
    });
  });

  describe('updating a file in place', () => {
    it('keeps its permission bits', () => {
      const { file } = workbook();
      fs.chmodSync(file, 0o640);
      writeFileAtomic(file, AFTER);
      expect(fs.statSync(file).mode & 0o7777).toBe(0o640);
    });

    (isRoot ? it : it.skip)('keeps its owner and group (running as root)', () => {
      const { file } = workbook();
      fs.chownSync(file, 1234, 2345);
      fs.chmodSync(file, 0o600);
      writeFileAtomic(file, AFTER);
      const st = fs.statSync(file);
      expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([1234, 2345, 0o600]);
    });

    it('writes through a symlink to its target, and the link stays a link', () => {
      const { dir, file } = workbook();
      const link = join(dir, 'shortcut.xlsx');
      fs.symlinkSync('team.xlsx', link);
      writeFileAtomic(link, AFTER);
      expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
      expect(fs.readFileSync(file).equals(AFTER)).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    });

    it('follows a chain of symlinks into another folder, and a dangling one to the file it names', () => {
      const a = workbook();
      const b = folder();
      fs.symlinkSync(a.file, join(b, 'one.xlsx'));
      fs.symlinkSync(join(b, 'one.xlsx'), join(b, 'two.xlsx'));
      writeFileAtomic(join(b, 'two.xlsx'), AFTER);
      expect(fs.readFileSync(a.file).equals(AFTER)).toBe(true);
      expect(fs.lstatSync(join(b, 'two.xlsx')).isSymbolicLink()).toBe(true);

      fs.symlinkSync('not-yet.xlsx', join(b, 'dangling.xlsx'));
      writeFileAtomic(join(b, 'dangling.xlsx'), AFTER);
      expect(fs.lstatSync(join(b, 'dangling.xlsx')).isSymbolicLink()).toBe(true);
      expect(fs.readFileSync(join(b, 'not-yet.xlsx')).equals(AFTER)).toBe(true);
    });

    it.each([
      ['a longer', AFTER],
      ['a shorter', Buffer.from('tiny')],
    ])('keeps hard links: every name sees %s new content, on the same inode', (_, content) => {
      const { dir, file } = workbook();
      const other = join(dir, 'copy-for-the-boss.xlsx');
      fs.linkSync(file, other);
      const ino = fs.statSync(file).ino;
      writeFileAtomic(file, content, { original: BEFORE });
      expect(fs.readFileSync(other).equals(content)).toBe(true);
      expect(fs.statSync(file)).toMatchObject({ ino, nlink: 2, size: content.length });
      expect(temporaries(dir)).toEqual([]);
    });

    it('leaves a hard-linked file as it was when the disk fills up while it grows', () => {
      const { dir, file } = workbook();
      fs.linkSync(file, join(dir, 'other.xlsx'));
      let linkedFd = -1;
      __setWriterForTests({
        openSync: (path, flags, mode) => {
          const fd = fs.openSync(path, flags, mode);
          if (flags === 'r+') linkedFd = fd;
          return fd;
        },
        writeSync: (fd, buffer, offset, length, position) => {
          if (fd !== linkedFd) return fs.writeSync(fd, buffer, offset, length, position);
          // Room for 1000 more bytes beyond the old end, then none.
          if (position >= BEFORE.length + 1000) throw enospc();
          return fs.writeSync(fd, buffer, offset, Math.min(length, BEFORE.length + 1000 - position), position);
        },
      });
      const e = failure(() => writeFileAtomic(file, AFTER));
      expect(e.code).toBe('FILE_WRITE');
      expect(e.params.detail).toContain('ENOSPC');
      expect(fs.readFileSync(join(dir, 'other.xlsx')).equals(BEFORE)).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    });

    it('writes the old bytes back when copying into a hard-linked file fails half-way', () => {
      const { dir, file } = workbook();
      fs.linkSync(file, join(dir, 'other.xlsx'));
      const shorter = Buffer.from('a new workbook');
      let linkedFd = -1;
      let writes = 0;
      __setWriterForTests({
        openSync: (path, flags, mode) => {
          const fd = fs.openSync(path, flags, mode);
          if (flags === 'r+') linkedFd = fd;
          return fd;
        },
        writeSync: (fd, buffer, offset, length, position) => {
          if (fd === linkedFd && ++writes === 2) throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
          return fs.writeSync(fd, buffer, offset, fd === linkedFd ? Math.min(length, 5) : length, position);
        },
      });
      const e = failure(() => writeFileAtomic(file, shorter, { original: BEFORE }));
      expect(e.code).toBe('FILE_WRITE');
      expect(e.params.detail).toContain('EIO');
      expect(fs.readFileSync(join(dir, 'other.xlsx')).equals(BEFORE)).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    });

    it('says the file may be damaged when even writing the old bytes back fails', () => {
      const { dir, file } = workbook();
      fs.linkSync(file, join(dir, 'other.xlsx'));
      let linkedFd = -1;
      let writes = 0;
      __setWriterForTests({
        openSync: (path, flags, mode) => {
          const fd = fs.openSync(path, flags, mode);
          if (flags === 'r+') linkedFd = fd;
          return fd;
        },
        writeSync: (fd, buffer, offset, length, position) => {
          if (fd === linkedFd && ++writes >= 2) throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
          return fs.writeSync(fd, buffer, offset, fd === linkedFd ? Math.min(length, 5) : length, position);
        },
      });
      const e = failure(() => writeFileAtomic(file, Buffer.from('a new workbook')));
      expect(e.code).toBe('FILE_DAMAGED');
      expect(e.zh).toContain('可能已损坏');
      expect(e.en).toContain('may be damaged');
      expect(temporaries(dir)).toEqual([]);
    });
  });

  describe('temporary files of a killed run', () => {
    function deadPid(): number {
      const child = spawnSync(process.execPath, ['-e', '0']);
      return child.pid!;
    }

    it('removes those whose process is gone, and keeps a running one’s and anything not ours', () => {
      const dir = folder();
      const dead = `.pcss-${deadPid()}-0a1b2c.tmp`;
      const running = `.pcss-${process.pid}-3d4e5f.tmp`;
      for (const name of [dead, running, '.pcss-notes.tmp', 'team.xlsx']) fs.writeFileSync(join(dir, name), 'x');
      expect(removeStaleTemporaries(dir)).toEqual([dead]);
      expect(fs.readdirSync(dir).sort()).toEqual([running, '.pcss-notes.tmp', 'team.xlsx'].sort());
    });

    it('is done by the next write into the folder', () => {
      const { dir, file } = workbook();
      fs.writeFileSync(join(dir, `.pcss-${deadPid()}-abcdef.tmp`), 'half a workbook');
      writeFileAtomic(file, AFTER);
      expect(temporaries(dir)).toEqual([]);
    });

    it('ignores a folder that does not exist', () => {
      expect(removeStaleTemporaries(join(folder(), 'missing'))).toEqual([]);
    });
  });
});
