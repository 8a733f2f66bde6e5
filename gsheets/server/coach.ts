/**
 * The sidebar's coaching view (辅导): core's coachingView over the spreadsheet as the sidebar's
 * inspect reads it (readSpreadsheet), read only: no lock, nothing written. A spreadsheet not set
 * up answers null, which the sidebar says in both languages.
 */
import { isMethodError, withDayFormat } from '../../core/errors';
import { coachingView, type CoachingView } from '../../core/report/coaching';
import { spreadsheetDays } from './days';
import type { Envelope } from './endpoints';
import { toFailure } from './failure';
import { readSpreadsheet } from './reader';
import { funnelRequest } from './requests';
import { services } from './sheetsApi';

export function coachSpreadsheet(request: unknown): Envelope<CoachingView | null> {
  try {
    // The request is checked as the funnel's is: its language and rep.
    const { rep } = funnelRequest(request);
    const ss = services().SpreadsheetApp.getActiveSpreadsheet();
    const { snapshot } = readSpreadsheet(ss);
    return { ok: true, value: withDayFormat(spreadsheetDays(() => ss.getSpreadsheetTimeZone()), () => coachingView(snapshot, rep)) };
  } catch (e) {
    if (isMethodError(e) && e.code === 'NOT_SET_UP') return { ok: true, value: null };
    return { ok: false, ...toFailure(e, 'unchanged') };
  }
}
