import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
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

  it('refuses a copy made from an input that changed while it ran', async () => {
    const { dir, file } = sampleCopy('pcss-run-');
    const error = await runApply({
      input: file,
      output: join(dir, 'out.xlsx'),
      date: '2027-01-04',
      onStage: (stage) => {
        if (stage === 'write') writeFileSync(file, Buffer.concat([readFileSync(SAMPLE_WORKBOOK), Buffer.from('x')]));
      },
    }).catch((e: unknown) => e);
    expect(isMethodError(error) && error.code).toBe('FILE_CHANGED');
    expect(readdirSync(dir)).toEqual(['team.xlsx']);
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
