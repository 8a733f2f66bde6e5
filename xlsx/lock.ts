// The .xlsx host's part of the error catalogue (registers its codes).
import '../core/fileErrors';
import * as fs from 'fs';
import { createHash, randomBytes } from 'crypto';
import { hostname, uptime, userInfo } from 'os';
import { basename, dirname, join, resolve } from 'path';
import { MethodError } from '../core/errors';
import { processAlive } from './processAlive';

/**
 * One run at a time per workbook: an exclusive lock file beside it,
 * `<folder>/.~lock.pcss.<name>#` (created with O_EXCL, so two runs cannot both create it),
 * holding one JSON line: pid, host, user, start time and a random token.
 *
 * A second run finds the file and is refused with FILE_LOCKED naming the holder, unless the
 * lock is stale: its process is gone (same host), it predates the last boot, or it cannot be
 * read and is older than ten minutes (a lock just being written is respected). A lock taken on
 * another host is respected until it is twelve hours old, since its process cannot be checked
 * from here. Stale locks are removed and the lock taken; a killed run therefore never blocks
 * the next one.
 *
 * The real path is locked (symlinks followed), so two names of one file share one lock. Hard
 * links in other folders are not covered: each name has its own folder and lock file.
 */

const UNREADABLE_STALE_MS = 10 * 60 * 1000;
const OTHER_HOST_STALE_MS = 12 * 60 * 60 * 1000;

interface Holder {
  pid: number;
  host: string;
  user: string;
  since: string;
  token: string;
}

/** The lock file of a workbook: beside its real path, named after it (hashed if the name is too long). */
export function lockPathFor(path: string): string {
  const real = realPath(path);
  const name = basename(real);
  const plain = `.~lock.pcss.${name}#`;
  const file = Buffer.byteLength(plain) <= 255 ? plain : `.~lock.pcss.${createHash('sha256').update(name).digest('hex').slice(0, 32)}#`;
  return join(dirname(real), file);
}

/**
 * Takes the lock of the workbook at `path` or throws FILE_LOCKED. Returns the release, which
 * removes the lock file if it is still ours (calling it twice is harmless). The lock is also
 * released if the process exits normally without calling it.
 */
export function acquireLock(path: string): () => void;
/**
 * With `unlessReadOnly`, a folder that refuses the lock file (read-only, or not ours to write)
 * gives null instead of FILE_WRITE: a run that only reads this file (apply --out) goes on, and
 * its check that the file did not change during the run stands in for the lock.
 */
export function acquireLock(path: string, options: { unlessReadOnly: true }): (() => void) | null;
export function acquireLock(path: string, options?: { unlessReadOnly: true }): (() => void) | null {
  const lockPath = lockPathFor(path);
  const mine: Holder = { pid: process.pid, host: hostname(), user: currentUser(), since: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  for (let attempt = 0; ; attempt++) {
    const created = create(path, lockPath, mine, !!options?.unlessReadOnly);
    if (created === 'readOnly') return null;
    if (created) break;
    const found = inspect(lockPath);
    if (found === 'gone') continue;
    if (!found.stale || attempt >= 5) throw new MethodError('FILE_LOCKED', { path, holder: found.holder });
    removeStale(lockPath, found.ino);
  }
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    try {
      if (parse(fs.readFileSync(lockPath, 'utf8'))?.token === mine.token) fs.unlinkSync(lockPath);
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  return release;
}

function realPath(path: string): string {
  try {
    return fs.realpathSync(path);
  } catch {
    // Not there yet (a new output): lock the name it will have, in its real folder.
    const dir = dirname(resolve(path));
    try {
      return join(fs.realpathSync(dir), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** The errors of a folder that will not take a new file from us. */
const READ_ONLY = ['EROFS', 'EACCES', 'EPERM'];

/** Creates the lock file with our details; false if one exists already. */
function create(path: string, lockPath: string, mine: Holder, unlessReadOnly: boolean): boolean | 'readOnly' {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx', 0o644);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (unlessReadOnly && code !== undefined && READ_ONLY.includes(code)) return 'readOnly';
    throw new MethodError('FILE_WRITE', { path, detail: `cannot create the lock file ${lockPath}: ${(e as Error).message}` });
  }
  try {
    fs.writeFileSync(fd, `${JSON.stringify(mine)}\n`);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(lockPath, { force: true });
    throw new MethodError('FILE_WRITE', { path, detail: `cannot write the lock file ${lockPath}: ${(e as Error).message}` });
  }
  fs.closeSync(fd);
  return true;
}

function inspect(lockPath: string): 'gone' | { stale: boolean; holder: string; ino: number } {
  // One open file for both, so the content read is the content of the inode judged.
  let text: string;
  let st: fs.Stats;
  try {
    const fd = fs.openSync(lockPath, 'r');
    try {
      st = fs.fstatSync(fd);
      text = fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return 'gone';
  }
  const age = Date.now() - st.mtimeMs;
  const holder = parse(text);
  if (!holder) {
    return { stale: age > UNREADABLE_STALE_MS, holder: `unknown, lock file ${lockPath} since ${st.mtime.toISOString()}`, ino: st.ino };
  }
  const sameHost = holder.host === hostname();
  const beforeBoot = Date.parse(holder.since) < Date.now() - uptime() * 1000;
  const stale = sameHost ? beforeBoot || !processAlive(holder.pid) : age > OTHER_HOST_STALE_MS;
  const where = sameHost ? '' : ` on ${holder.host}, lock file ${lockPath}`;
  return { stale, holder: `pid ${holder.pid}, user ${holder.user}${where}, since ${holder.since}`, ino: st.ino };
}

/**
 * Removes a stale lock file, making sure it is the one judged stale: it is first renamed aside
 * (atomic), and if what was renamed turns out to be a fresh lock another run just took, it is
 * linked back.
 */
function removeStale(lockPath: string, ino: number): void {
  const aside = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return; // someone else removed it
  }
  try {
    if (fs.statSync(aside).ino !== ino) fs.linkSync(aside, lockPath);
  } catch {
    // a newer lock is already in place: it wins
  }
  fs.rmSync(aside, { force: true });
}

function parse(text: string): Holder | null {
  try {
    const h = JSON.parse(text) as Partial<Holder>;
    if (!Number.isInteger(h.pid) || (h.pid as number) <= 0 || typeof h.host !== 'string' || typeof h.since !== 'string' || typeof h.token !== 'string') return null;
    return { pid: h.pid as number, host: h.host, user: String(h.user ?? '?'), since: h.since, token: h.token };
  } catch {
    return null;
  }
}


function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? `uid ${process.getuid?.() ?? '?'}`;
  }
}
