/**
 * This process's peak resident memory in MB, since it started running its own program: Linux's
 * VmHWM (/proc/self/status), the high-water mark of the process's current address space.
 * `process.resourceUsage().maxRSS` is not that: the kernel carries it over from before exec,
 * so a child spawned by a 300 MB parent (a jest worker, the bench runner) reports at least the
 * parent's size. Elsewhere than Linux, maxRSS is what there is.
 */
import { readFileSync } from 'fs';

export function peakRssMb(): number {
  try {
    const line = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (line) return Math.round((Number(line[1]) / 1024) * 100) / 100;
  } catch {
    // not Linux
  }
  return Math.round((process.resourceUsage().maxRSS / 1024) * 100) / 100;
}
