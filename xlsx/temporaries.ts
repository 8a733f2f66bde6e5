import * as fs from 'fs';
import { randomBytes } from 'crypto';
import { uptime } from 'os';
import { join } from 'path';
import { processAlive } from './processAlive';

/** Temporary files of ours beside a workbook: short names, and the sweep of a killed run's. */
const TEMP = /^\.pcss-(\d+)-[0-9a-z]+\.tmp$/;

export function tempName(): string {
  return `.pcss-${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Removes the temporary files of runs that were killed before they could clean up:
 * `.pcss-<pid>-*.tmp` whose process no longer exists (or that predate the last boot, when the
 * pid may have been reused). Never throws; returns the names removed.
 */
export function removeStaleTemporaries(dir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  const bootMs = Date.now() - uptime() * 1000;
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m) continue;
    const file = join(dir, name);
    try {
      const st = fs.lstatSync(file);
      if (!st.isFile()) continue;
      if (processAlive(Number(m[1])) && st.mtimeMs >= bootMs) continue;
      fs.unlinkSync(file);
      removed.push(name);
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

