import * as fs from 'fs';
import { join } from 'path';
import { __setWriterForTests, identify, writeFileAtomic, type Writer } from '../../xlsx/atomicWrite';
import { methodErrorFrom as failure } from '../support/files';
import { AFTER, BEFORE, diskWithRoom, folder, temporaries, workbook } from './atomicWriteFixtures';

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
});
