/**
 * The Sheets host's port over core's run (core/run): the read of the active spreadsheet, the
 * applier under Apps Script's time budget, the spreadsheet's time zone for today; around the
 * run, the document lock and the bilingual failure. The stages, the plan and the summary are core's.
 */
import type { PlanWarning, TrackerMapping } from '../../core/layout';
import type { Lang } from '../../core/methodology/bilingual';
import { say } from '../../core/messages';
import { workbookInfo, type WorkbookInfoView } from '../../core/report/summaries';
import { runFunnel, runSetup, zonedToday, type FunnelSummary, type RunPort, type SetupSummary } from '../../core/run';
import { applyPlanToSheets } from './applier';
import { SheetsFailure, toFailure } from './failure';
import { withDocumentLock } from './lock';
import type { Report } from './progress';
import { NeedsFullRead, checkPartial, readForFunnel, readSpreadsheet, type SheetsRead } from './reader';
import { tabsAfter, writeAnchors } from './anchors';
import { services, type Spreadsheet } from './sheetsApi';
import { spreadsheetDays } from './days';
import { withDayFormat } from '../../core/errors';

export interface SetupRequest {
  readonly lang?: Lang;
  readonly mapping?: TrackerMapping | null;
}

export interface FunnelRequest {
  readonly lang?: Lang;
  readonly rep?: string;
  /** ISO yyyy-mm-dd for the history row; today in the spreadsheet's time zone when absent. */
  readonly date?: string;
}

/** Whether a run had to wait for another user's, besides what it did. */
export interface RunNote {
  readonly waited: boolean;
}

/** Apps Script ends a run at 6 minutes; no tab is started after 5. */
export const TIME_BUDGET_MS = 5 * 60_000;

/** Today as yyyy-mm-dd in a time zone (the spreadsheet's), UTC if the zone is unknown. */
export const isoToday = zonedToday;

/** The spreadsheet's time zone, asked for once and only when needed (today's date, a date's day). */
function zoneOf(ss: Spreadsheet): () => string {
  let zone: string | null = null;
  return () => (zone ??= ss.getSpreadsheetTimeZone());
}

/**
 * The active spreadsheet as core's port; the deadline counts from the click, waiting included.
 * `anchored`: the funnel reads its tabs through their anchors (readForFunnel) rather than every sheet.
 */
function sheetsPort(report: Report, ss: Spreadsheet, zone: () => string, anchored: boolean): RunPort<SheetsRead, 'sync'> {
  const { SpreadsheetApp } = services();
  const deadline = Date.now() + TIME_BUDGET_MS;
  return {
    mode: 'sync',
    document: 'spreadsheet',
    // The set-up reads every sheet (the tracker is found among them); the funnel its own tabs, through their anchors.
    read: (need) => (need.action === 'funnel' && anchored ? readForFunnel(ss) : readSpreadsheet(ss)),
    apply([plan], read, run): readonly PlanWarning[] {
      checkPartial(read, plan);
      const anchors = read.anchors;
      // The funnel tab is written again each run; its number formats only when they changed.
      const funnel = plan.tabs.funnel;
      const formats = anchors ? { done: new Map(anchors.funnelFormats ? [[funnel, anchors.funnelFormats]] : []), applied: new Map<string, string>() } : undefined;
      applyPlanToSheets(SpreadsheetApp, ss, plan, read, { marks: run.marks, deadline, onProgress: run.onProgress, formats });
      if (anchors) writeAnchors(ss, anchors, tabsAfter(anchors.tabs, read.snapshot, plan.addSheets), formats?.applied.get(funnel));
      return [];
    },
    today: () => zonedToday(zone()),
    progress: report,
    // NeedsFullRead is raised before anything is written and answered by the run itself (generateFunnelInSheets).
    failure: (e, outcome) => (e instanceof NeedsFullRead ? e : new SheetsFailure(toFailure(e, outcome))),
  };
}

/** Core's run under the document lock; a run that waited says so. Failures come out bilingual. */
function locked<T extends { warnings: readonly PlanWarning[] }>(report: Report, action: (port: (anchored: boolean) => RunPort<SheetsRead, 'sync'>) => T): T & RunNote {
  try {
    const { value, waited } = withDocumentLock(report, () => {
      const ss = services().SpreadsheetApp.getActiveSpreadsheet();
      const zone = zoneOf(ss);
      // Dates core names (row identity, messages) are days in the spreadsheet's time zone.
      return withDayFormat(spreadsheetDays(zone), () => action((anchored) => sheetsPort(report, ss, zone, anchored)));
    });
    return waited ? { ...value, warnings: [...value.warnings, { code: 'NOTE_WAITED', ...say('NOTE_WAITED') }], waited } : { ...value, waited };
  } catch (e) {
    throw new SheetsFailure(toFailure(e, 'unchanged'));
  }
}

/**
 * The sidebar's and the menu's "Set up workbook": the methodology's tabs beside the team's own
 * sheets, safe to repeat (only new opportunities are added; no user cell is changed or moved).
 */
export function setupSpreadsheet(request: SetupRequest, report: Report): SetupSummary & RunNote {
  return locked(report, (port) => runSetup(port(false), { lang: request.lang, mapping: request.mapping ?? undefined }));
}

/** "Generate funnel": the funnel tab's formulas and chart, and one dated history row. */
export function generateFunnelInSheets(request: FunnelRequest, report: Report): FunnelSummary & RunNote {
  return locked(report, (port) => {
    try {
      return runFunnel(port(true), request);
    } catch (e) {
      if (!(e instanceof NeedsFullRead)) throw e;
      return runFunnel(port(false), request);
    }
  });
}

/** What the sidebar shows first: the tracker found, its headers, the reps. */
export function inspectSpreadsheet(): WorkbookInfoView {
  const ss = services().SpreadsheetApp.getActiveSpreadsheet();
  return withDayFormat(spreadsheetDays(zoneOf(ss)), () => workbookInfo(readSpreadsheet(ss).snapshot));
}
