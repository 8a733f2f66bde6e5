import * as fs from 'fs';
import { hostname } from 'os';
import { basename, join } from 'path';
import { deadPid, methodErrorFrom as failure, workbookFile } from '../support/files';
import { acquireLock, lockPathFor } from '../../xlsx/lock';

const workbook = (name?: string) => workbookFile('pcss-lock-', 'workbook', name);

function plant(file: string, content: object | string, ageMs = 0): string {
  const lock = lockPathFor(file);
  fs.writeFileSync(lock, typeof content === 'string' ? content : JSON.stringify(content));
  const when = new Date(Date.now() - ageMs);
  fs.utimesSync(lock, when, when);
  return lock;
}

const held = (extra: object) => ({ pid: process.pid, host: hostname(), user: 'someone', since: new Date().toISOString(), token: 'theirs', ...extra });

describe('the lock on a workbook', () => {
  it('is a file beside the workbook saying who holds it, removed on release', () => {
    const { dir, file } = workbook();
    const release = acquireLock(file);
    const lock = join(dir, '.~lock.pcss.team.xlsx#');
    expect(lockPathFor(file)).toBe(fs.realpathSync(lock));
    expect(JSON.parse(fs.readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname(), since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    release();
    expect(fs.existsSync(lock)).toBe(false);
    release();
  });

  it('refuses a second run on the same file, naming the holder in Chinese and English', () => {
    const { file } = workbook();
    const release = acquireLock(file);
    const e = failure(() => acquireLock(file));
    expect(e.code).toBe('FILE_LOCKED');
    expect(e.params.holder).toMatch(new RegExp(`^pid ${process.pid}, user .+, since \\d{4}-`));
    expect(e.zh).toContain('正被另一次运行使用');
    expect(e.en).toContain('is in use by another run');
    release();
    acquireLock(file)();
  });

  it('is shared by two names of one file (a symlink and its target)', () => {
    const { dir, file } = workbook();
    const link = join(dir, 'shortcut.xlsx');
    fs.symlinkSync(file, link);
    const release = acquireLock(link);
    expect(failure(() => acquireLock(file)).code).toBe('FILE_LOCKED');
    release();
  });

  it('can lock a file that does not exist yet (a new output)', () => {
    const { dir } = workbook();
    const release = acquireLock(join(dir, 'result.xlsx'));
    expect(fs.existsSync(join(dir, '.~lock.pcss.result.xlsx#'))).toBe(true);
    release();
  });

  it('keeps the lock file name within 255 bytes for a long workbook name', () => {
    const { dir, file } = workbook(`${'销'.repeat(83)}.xlsx`);
    const release = acquireLock(file);
    const [lock] = fs.readdirSync(dir).filter((n) => n.startsWith('.~lock'));
    expect(Buffer.byteLength(lock)).toBeLessThanOrEqual(255);
    release();
  });

  it('does not remove a lock that is no longer its own', () => {
    const { file } = workbook();
    const release = acquireLock(file);
    const lock = plant(file, held({ token: 'another run' }));
    release();
    expect(fs.existsSync(lock)).toBe(true);
  });

  describe('left behind by a run that was killed', () => {
    it('is taken over when its process is gone', () => {
      const { file } = workbook();
      plant(file, held({ pid: deadPid() }));
      const release = acquireLock(file);
      expect(JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')).pid).toBe(process.pid);
      release();
    });

    it('is taken over when it predates the last boot, even if its pid is in use again', () => {
      const { file } = workbook();
      plant(file, held({ pid: 1, since: '2001-01-01T00:00:00.000Z' }));
      acquireLock(file)();
    });

    it('is taken over when it cannot be read and is older than ten minutes', () => {
      const { file } = workbook();
      plant(file, 'garbage', 11 * 60 * 1000);
      acquireLock(file)();
    });

    it('is respected when it cannot be read but is recent (another run may be writing it)', () => {
      const { file } = workbook();
      const lock = plant(file, '');
      expect(failure(() => acquireLock(file)).params.holder).toContain('unknown');
      expect(fs.existsSync(lock)).toBe(true);
    });

    it('is respected from another host for twelve hours, naming that host and the lock file', () => {
      const { file } = workbook();
      const lock = plant(file, held({ host: 'laptop-of-li', pid: deadPid() }), 60 * 60 * 1000);
      const holder = String(failure(() => acquireLock(file)).params.holder);
      expect(holder).toContain('on laptop-of-li');
      expect(holder).toContain(basename(lock));
      plant(file, held({ host: 'laptop-of-li' }), 13 * 60 * 60 * 1000);
      acquireLock(file)();
    });
  });
});
