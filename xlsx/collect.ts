import { getHeapStatistics, setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

/**
 * Collects what a stage of `pcss apply` left behind, between stages, when there is enough of it
 * to matter. Each stage leaves most of what it allocated as garbage (reading: the parts' text;
 * planning: each tab's keys, rows and deals), and V8 lets its heap grow to several times what is
 * live before collecting: at 50 000 opportunities the re-run began writing with ~150 MB of the
 * planning's garbage on top of ~75 MB live, the first apply with ~50 MB. One full collection
 * there takes tens of milliseconds; a stage that grew the heap by less than WORTH (a workbook of
 * some thousands of rows) is followed by none. The collector is reached as Jest's leak detector
 * reaches it: --expose-gc set for the moment `gc` is taken from a new context, so the program's
 * own global gains nothing.
 */
const WORTH = 64 << 20;

let gc: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
      setFlagsFromString('--no-expose-gc');
    } catch {
      gc = null;
    }
  }
  return gc;
}

/**
 * The heap's size now, as the system counts it (what V8 holds, garbage and free pages included),
 * to measure a stage's growth from. Not what is in use: V8 may just have collected by itself and
 * still hold the pages it freed.
 */
export function heapSize(): number {
  return getHeapStatistics().total_heap_size;
}

/**
 * Collects when the heap grew by WORTH or more since `since` (heapSize() when the stage began:
 * in a process that runs other work, a test runner, only what this run made counts). Gives the
 * heap in use afterwards, to measure the next stage from.
 */
export function collectAfterStage(since: number): number {
  const now = heapSize();
  if (now - since < WORTH) return now;
  collector()?.();
  return heapSize();
}
