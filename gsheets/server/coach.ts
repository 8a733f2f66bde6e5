/**
 * What the sidebar's coaching view (辅导) reads: the tabs core's coachingView reads (milestone,
 * sales intensity, activity, visit report), as the sidebar's inspect reads the spreadsheet
 * (readSpreadsheet). Read only: no lock, nothing written. The sidebar computes the view with the
 * same core function as Excel's pane (pane/coachOf.ts), which keeps it out of Code.js's budget.
 */
import { closeDay } from '../../core/cells/calendar';
import { withDayFormat } from '../../core/errors';
import { findOurTabs, type SheetSnapshot, type TabKind, type WorkbookSnapshot } from '../../core/layout';
import { spreadsheetDays } from './days';
import type { Envelope } from './endpoints';
import { toFailure } from './failure';
import { readSpreadsheet } from './reader';
import { services } from './sheetsApi';

const COACH_TABS: readonly TabKind[] = ['milestones', 'intensity', 'activity', 'visits'];

/** A tab as google.script.run carries it: a date (which cannot cross) as the day it names in the spreadsheet's zone. */
const carried = (s: SheetSnapshot): SheetSnapshot => ({ ...s, rows: s.rows.map((r) => r?.map((c) => (c instanceof Date ? closeDay(c) : c))) });

export function coachTabs(): Envelope<WorkbookSnapshot> {
  try {
    const ss = services().SpreadsheetApp.getActiveSpreadsheet();
    return {
      ok: true,
      value: withDayFormat(spreadsheetDays(() => ss.getSpreadsheetTimeZone()), () => {
        const tabs = findOurTabs(readSpreadsheet(ss).snapshot);
        return { sheets: COACH_TABS.flatMap((kind) => tabs.get(kind)?.sheet ?? []).map(carried) };
      }),
    };
  } catch (e) {
    return { ok: false, ...toFailure(e, 'unchanged') };
  }
}
