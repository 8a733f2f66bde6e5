import * as fs from 'fs';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import { isMethodError } from '../../core/errors';
import { acquireLock } from '../../xlsx/lock';
import { runApply } from '../../xlsx/run';
import { SAMPLE_WORKBOOK, sampleCopy } from '../support/commandLine';

describe('pcss apply and other programs working on the same file', () => {
  it('writes nothing over a save another program made while it ran, and says so', async () => {
    const { dir, file } = sampleCopy('pcss-run-');
    const theirs = Buffer.concat([readFileSync(SAMPLE_WORKBOOK), Buffer.from('saved by Excel meanwhile')]);
    const error = await runApply({
      input: file,
      output: file,
      date: '2027-01-04',
      onStage: (stage) => {
        if (stage === 'write') writeFileSync(file, theirs);
      },
    }).catch((e: unknown) => e);
    expect(isMethodError(error) && error.code).toBe('FILE_CHANGED');
    expect(readFileSync(file).equals(theirs)).toBe(true);
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
  });

  /** A copy of `file` into `output` during which another program saves `file` again: what the run throws. */
  const copyWhileSaved = (file: string, output: string) =>
    runApply({
      input: file,
      output,
      date: '2027-01-04',
      onStage: (stage) => {
        if (stage === 'write') writeFileSync(file, Buffer.concat([readFileSync(SAMPLE_WORKBOOK), Buffer.from('x')]));
      },
    }).catch((e: unknown) => e);

  it('refuses a copy made from an input that changed while it ran', async () => {
    const { dir, file } = sampleCopy('pcss-run-');
    const error = await copyWhileSaved(file, join(dir, 'out.xlsx'));
    expect(isMethodError(error) && error.code).toBe('FILE_CHANGED');
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
  });

  describe('with the input in a folder that takes no new file (a read-only share)', () => {
    // The module object the lock's code calls through (a namespace import's bindings cannot be spied on).
    const nodeFs = jest.requireActual<typeof fs>('fs');
    const readOnlyFolder = (dir: string) => {
      const open = nodeFs.openSync;
      return jest.spyOn(nodeFs, 'openSync').mockImplementation(((path: fs.PathLike, ...rest: never[]) => {
        if (String(path).startsWith(fs.realpathSync(dir)) && basename(String(path)).startsWith('.~lock.pcss.team.xlsx')) throw Object.assign(new Error(`EROFS: read-only file system, open '${String(path)}'`), { code: 'EROFS' });
        return (open as (...a: unknown[]) => number)(path, ...rest);
      }) as typeof fs.openSync);
    };
    afterEach(() => jest.restoreAllMocks());

    it('copies it with --out, unlocked, and says so', async () => {
      const { dir, file } = sampleCopy('pcss-run-');
      const outDir = fs.mkdtempSync(join(dir, '..', 'pcss-out-'));
      const before = readFileSync(file);
      readOnlyFolder(dir);
      const result = await runApply({ input: file, output: join(outDir, 'out.xlsx'), date: '2027-01-04' });
      expect(result.inputUnlocked).toBe(true);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(readdirSync(outDir)).toEqual(['out.xlsx']);
    });

    it('still refuses a copy made from an input that changed while it ran', async () => {
      const { dir, file } = sampleCopy('pcss-run-');
      const outDir = fs.mkdtempSync(join(dir, '..', 'pcss-out-'));
      readOnlyFolder(dir);
      const error = await copyWhileSaved(file, join(outDir, 'out.xlsx'));
      expect(isMethodError(error) && error.code).toBe('FILE_CHANGED');
      expect(readdirSync(outDir)).toEqual([]);
    });

    it('refuses --in-place there, since nothing can be written beside it', async () => {
      const { dir, file } = sampleCopy('pcss-run-');
      readOnlyFolder(dir);
      const error = await runApply({ input: file, output: file, date: '2027-01-04' }).catch((e: unknown) => e);
      expect(isMethodError(error) && error.code).toBe('FILE_WRITE');
    });
  });

  it('takes the lock on an input it copies, when its folder allows', async () => {
    const { dir, file } = sampleCopy('pcss-run-');
    const result = await runApply({ input: file, output: join(dir, 'out.xlsx'), date: '2027-01-04' });
    expect(result.inputUnlocked).toBeUndefined();
  });

  it('refuses to run on a workbook another run holds, naming who holds it, and runs once it is free', async () => {
    const { dir, file } = sampleCopy('pcss-run-');
    const release = acquireLock(file);
    const error = await runApply({ input: file, output: file, date: '2027-01-04' }).catch((e: unknown) => e);
    expect(isMethodError(error) && error.code).toBe('FILE_LOCKED');
    expect(String((error as Error).message)).toContain(`pid ${process.pid}`);
    expect(readFileSync(file).equals(readFileSync(SAMPLE_WORKBOOK))).toBe(true);
    release();
    await runApply({ input: file, output: file, date: '2027-01-04' });
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
  });
});
