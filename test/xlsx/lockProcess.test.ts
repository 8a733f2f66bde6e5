import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import { join } from 'path';
import { writeFileAtomic } from '../../xlsx/atomicWrite';
import { acquireLock } from '../../xlsx/lock';
import { methodErrorFrom as failure, tempFolder } from '../support/files';

/** Other processes, running our TypeScript through tsx as bin/pcss.js does. */
const TSX = require.resolve('tsx/cjs');
const LOCK = join(__dirname, '../../xlsx/lock.ts');
const ATOMIC = join(__dirname, '../../xlsx/atomicWrite.ts');

function script(body: string): string[] {
  return ['-e', `require(${JSON.stringify(TSX)});\n${body}`];
}

const folder = () => tempFolder('pcss-proc-');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => T | null | undefined, timeoutMs = 4000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));
}

describe('two processes and one workbook', () => {
  it('refuses a second run in another process while the first holds the lock', () => {
    const file = join(folder(), 'team.xlsx');
    fs.writeFileSync(file, 'workbook');
    const release = acquireLock(file);
    try {
      const r = spawnSync(
        process.execPath,
        script(`try { require(${JSON.stringify(LOCK)}).acquireLock(${JSON.stringify(file)}); console.log('acquired'); }
          catch (e) { console.log(e.code + ' | ' + e.params.holder); }`),
        { encoding: 'utf8', timeout: 4000 },
      );
      expect(r.stdout.trim()).toMatch(new RegExp(`^FILE_LOCKED \\| pid ${process.pid}, user .+, since `));
    } finally {
      release();
    }
  });

  it('is refused while another process holds the lock, and takes it once that process is killed', async () => {
    const file = join(folder(), 'team.xlsx');
    fs.writeFileSync(file, 'workbook');
    const child = spawn(
      process.execPath,
      script(`require(${JSON.stringify(LOCK)}).acquireLock(${JSON.stringify(file)}); process.stdout.write('locked\\n'); setInterval(() => {}, 1000);`),
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      let out = '';
      child.stdout!.on('data', (d) => (out += d));
      await until('the child to take the lock', () => out.includes('locked'));
      const e = failure(() => acquireLock(file));
      expect(e.code).toBe('FILE_LOCKED');
      expect(e.params.holder).toMatch(new RegExp(`^pid ${child.pid}, user .+, since `));
      expect(e.en).toContain(`(pid ${child.pid}, user`);
    } finally {
      child.kill('SIGKILL');
      await exited(child);
    }
    const release = acquireLock(file);
    release();
  });

  it('keeps the workbook intact when a run is killed in the middle of writing it, and the next write removes its temporary file', async () => {
    const dir = folder();
    const file = join(dir, 'team.xlsx');
    const before = Buffer.from('the workbook as the user saved it');
    fs.writeFileSync(file, before);
    // The child writes 8 MB in 64 KB pieces, pausing after each: slow enough to be caught mid-write.
    const child = spawn(
      process.execPath,
      script(`const fs = require('fs');
        const w = require(${JSON.stringify(ATOMIC)});
        const pause = new Int32Array(new SharedArrayBuffer(4));
        w.__setWriterForTests({ writeSync(fd, buf, off, len, pos) {
          const n = fs.writeSync(fd, buf, off, Math.min(len, 65536), pos);
          Atomics.wait(pause, 0, 0, 20);
          return n;
        } });
        w.writeFileAtomic(${JSON.stringify(file)}, Buffer.alloc(8 * 1024 * 1024, 1));
        process.stdout.write('finished\\n');`),
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    const tmp = await until('the child to start writing', () => {
      const name = fs.readdirSync(dir).find((n) => n.startsWith(`.pcss-${child.pid}-`));
      return name && fs.statSync(join(dir, name)).size > 0 ? name : null;
    });
    child.kill('SIGKILL');
    await exited(child);
    expect(out).not.toContain('finished');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual([tmp, 'team.xlsx'].sort());

    writeFileAtomic(join(dir, 'other-result.xlsx'), Buffer.from('next run'));
    expect(fs.readdirSync(dir).sort()).toEqual(['other-result.xlsx', 'team.xlsx']);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
