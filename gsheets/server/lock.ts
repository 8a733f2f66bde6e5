import { failure } from './failure';
import { say } from '../../core/messages';
import type { Report } from './progress';
import { services } from './sheetsApi';

/** How long a click waits for another run before giving up, and how long it tries first. */
export const WAIT_MS = 30_000;
export const QUICK_MS = 500;

/**
 * Runs `work` holding the document lock, so two set-ups or funnels never interleave: the second
 * reads the spreadsheet only after the first has written (no duplicate tabs, no lost history
 * rows). The lock belongs to one execution, not to a user: "no more than one execution for any
 * given document" (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()),
 * so the same user's menu click and sidebar click wait for each other too, and the messages
 * speak of another run, not another user. A click that has to wait says so in the progress,
 * waits up to 30 s, and then gives up with a bilingual message, having changed nothing. The
 * lock is released in any case.
 *
 * getDocumentLock() returns null when the run has no containing document (a standalone script,
 * a web app: same page). The add-on then cannot keep runs apart, so it refuses, saying exactly
 * that (SHEETS_NO_LOCK), rather than write unguarded.
 */
export function withDocumentLock<T>(report: Report, work: () => T): { value: T; waited: boolean } {
  const lock = services().LockService.getDocumentLock();
  if (lock === null || lock === undefined) throw failure('NO_LOCK');
  let waited = false;
  if (!lock.tryLock(QUICK_MS)) {
    waited = true;
    report({ done: 0, ...say('STAGE_WAITING') });
    try {
      lock.waitLock(WAIT_MS);
    } catch {
      throw failure('LOCK_TIMEOUT');
    }
  }
  try {
    return { value: work(), waited };
  } finally {
    lock.releaseLock();
  }
}
