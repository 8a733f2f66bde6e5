/** What the command line's end-to-end tests share: running `pcss` as a user does, and the sample workbook to run it on. */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { workbookFile } from './files';

export const REPO_ROOT = join(__dirname, '../..');

/** The workbook the repository ships (samples/team-pipeline.xlsx, `npm run sample`). */
export const SAMPLE_WORKBOOK = join(REPO_ROOT, 'samples/team-pipeline.xlsx');

/** `pcss <args>` through the package's bin, in its own process, from the repository's root. */
export function pcss(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/pcss.js'), ...args], { encoding: 'utf8', cwd: REPO_ROOT, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the sample workbook, team.xlsx in a new folder, and its bytes as copied. */
export function sampleCopy(prefix: string): { dir: string; file: string; before: Buffer } {
  const before = readFileSync(SAMPLE_WORKBOOK);
  return { ...workbookFile(prefix, before), before };
}
