/**
 * Whether a process of this machine still runs: a stale lock or temporary file is one whose
 * process is gone. EPERM means it runs under another user: alive.
 */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
