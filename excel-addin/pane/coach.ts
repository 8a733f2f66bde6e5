/// <reference types="office-js" />
/**
 * The pane's coaching view (辅导) in Excel: core's coachingView (through pane/coachOf.ts) over
 * the tabs it reads — the milestone, sales intensity, activity and visit tabs — read as the
 * funnel's full read reads them (readWorkbook: every used cell in two round trips, or past one
 * response only the sheets whose marker names a tab it needs). Read only; null when not set up.
 */
import { readMarker } from '../../core/layout';
import type { Coaching } from '../../pane/bridge';
import { coachOf } from '../../pane/coachOf';
import { mapExcelError, readWorkbook, type ExcelFeatures } from '../workbook';

/** The tabs core's coaching view reads. */
const COACH_NEEDS = new Set<string>(['milestones', 'intensity', 'activity', 'visits']);

export async function coachWorkbook(context: Excel.RequestContext, features: ExcelFeatures, rep?: string): Promise<Coaching> {
  let read;
  try {
    read = await readWorkbook(context, features, { needs: (a1) => COACH_NEEDS.has(readMarker(typeof a1 === 'string' ? a1 : null)?.kind ?? '') });
  } catch (e) {
    throw mapExcelError(e, 'unchanged');
  }
  return coachOf(read.snapshot, rep);
}
