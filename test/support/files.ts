/** What the command line's file tests share: a fresh folder, a workbook file in one, the MethodError a call throws, a process id no process has. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { MethodError } from '../../core/errors';

/** A new empty folder under the system's temporary folder, its name starting with `prefix`. */
export function tempFolder(prefix: string): string {
  return fs.mkdtempSync(join(tmpdir(), prefix));
}

/** A new folder holding one file `name` with `content`. */
export function workbookFile(prefix: string, content: string | Buffer = 'workbook', name = 'team.xlsx'): { dir: string; file: string } {
  const dir = tempFolder(prefix);
  const file = join(dir, name);
  fs.writeFileSync(file, content);
  return { dir, file };
}

/** The MethodError `run` throws; anything else it throws goes on, and not throwing fails the test. */
export function methodErrorFrom(run: () => unknown): MethodError {
  try {
    run();
  } catch (e) {
    if (e instanceof MethodError) return e;
    throw e;
  }
  throw new Error('expected a MethodError');
}

/** The id of a process that has ended (a child that ran and exited). */
export function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}
