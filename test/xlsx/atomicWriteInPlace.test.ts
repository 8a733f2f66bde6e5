/** Writing over a workbook that is already there: what of it is kept (links, owner, mode), and the temporary files a killed run left. */
import * as fs from 'fs';
import { join } from 'path';
import { __setWriterForTests, removeStaleTemporaries, writeFileAtomic } from '../../xlsx/atomicWrite';
import { deadPid, methodErrorFrom as failure } from '../support/files';
import { AFTER, BEFORE, enospc, folder, linkedFileWriter, temporaries, workbook } from './atomicWriteFixtures';

const isRoot = process.getuid?.() === 0;

afterEach(() => __setWriterForTests(null));

describe('writing a workbook file', () => {
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
      __setWriterForTests(
        linkedFileWriter((fd, buffer, offset, length, position) => {
          // Room for 1000 more bytes beyond the old end, then none.
          if (position >= BEFORE.length + 1000) throw enospc();
          return fs.writeSync(fd, buffer, offset, Math.min(length, BEFORE.length + 1000 - position), position);
        }),
      );
      const e = failure(() => writeFileAtomic(file, AFTER));
      expect(e.code).toBe('FILE_WRITE');
      expect(e.params.detail).toContain('ENOSPC');
      expect(fs.readFileSync(join(dir, 'other.xlsx')).equals(BEFORE)).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    });

    /** Writes into the hard-linked file 5 bytes at a time, the second failing with EIO ('once'), or every one from the second ('always': the old bytes cannot go back either). */
    function failingFromSecondWrite(fails: 'once' | 'always') {
      let writes = 0;
      return linkedFileWriter((fd, buffer, offset, length, position) => {
        writes++;
        if (writes === 2 || (fails === 'always' && writes > 2)) throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
        return fs.writeSync(fd, buffer, offset, Math.min(length, 5), position);
      });
    }

    it('writes the old bytes back when copying into a hard-linked file fails half-way', () => {
      const { dir, file } = workbook();
      fs.linkSync(file, join(dir, 'other.xlsx'));
      const shorter = Buffer.from('a new workbook');
      __setWriterForTests(failingFromSecondWrite('once'));
      const e = failure(() => writeFileAtomic(file, shorter, { original: BEFORE }));
      expect(e.code).toBe('FILE_WRITE');
      expect(e.params.detail).toContain('EIO');
      expect(fs.readFileSync(join(dir, 'other.xlsx')).equals(BEFORE)).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    });

    it('says the file may be damaged when even writing the old bytes back fails', () => {
      const { dir, file } = workbook();
      fs.linkSync(file, join(dir, 'other.xlsx'));
      __setWriterForTests(failingFromSecondWrite('always'));
      const e = failure(() => writeFileAtomic(file, Buffer.from('a new workbook')));
      expect(e.code).toBe('FILE_DAMAGED');
      expect(e.zh).toContain('可能已损坏');
      expect(e.en).toContain('may be damaged');
      expect(temporaries(dir)).toEqual([]);
    });
  });

  describe('temporary files of a killed run', () => {
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
