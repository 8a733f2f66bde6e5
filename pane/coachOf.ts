/**
 * Core's coaching view of a workbook as every host's bridge answers it (pane/bridge.ts), computed
 * where the pane runs, from the host's own read: null when the workbook is not set up.
 */
import { isMethodError } from '../core/errors';
import type { WorkbookSnapshot } from '../core/layout/types';
import { coachingView } from '../core/report/coaching';
import type { Coaching } from './bridge';

export function coachOf(snapshot: WorkbookSnapshot, rep?: string): Coaching {
  try {
    return coachingView(snapshot, rep);
  } catch (e) {
    if (isMethodError(e) && e.code === 'NOT_SET_UP') return null;
    throw e;
  }
}
