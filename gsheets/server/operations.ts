/**
 * The Sheets host's port over core's run (core/run): the read of the active spreadsheet, the
 * applier under Apps Script's time budget, the spreadsheet's time zone for today; around the
 * run, the document lock and the bilingual failure. The stages, the plan and the summary are core's.
 */
import type { Plan, PlanWarning, TrackerMapping } from '../../core/layout';
import type { Lang } from '../../core/methodology/bilingual';
import { say } from '../../core/messages';
import { workbookInfo, type WorkbookInfoView } from '../../core/report/summaries';
import { runFreshFunnel, runSetup, zonedToday, type FreshFunnelSummary, type RunPort, type SetupSummary } from '../../core/run';
import { applyPlanToSheets, extentOf, mergeDecorated } from './applier';
import { SheetsFailure, toFailure } from './failure';
import { withDocumentLock } from './lock';
import type { Report } from './progress';
import { NeedsFullRead, checkPartial, checkSetup, readForFunnel, sheetCountFor, readForSetup, readSpreadsheet, type SheetsRead } from './reader';
import { readAnchors, tabsAfter, trackerAnchor, writeAnchors, type TrackerAnchor } from './anchors';
import { services, type Spreadsheet } from './sheetsApi';
import { spreadsheetDays } from './days';
import { withDayFormat } from '../../core/errors';
import { widestRow } from './widestRow';

export interface SetupRequest {
  readonly lang?: Lang;
  readonly mapping?: TrackerMapping | null;
}

export interface FunnelRequest {
  readonly lang?: Lang;
  readonly rep?: string;
  /** ISO yyyy-mm-dd for the history row; today in the spreadsheet's time zone when absent. */
  readonly date?: string;
  /** The list and columns the sidebar shows, for the refresh before the funnel (freshFunnelInSheets); the anchored or detected one when absent. */
  readonly mapping?: TrackerMapping;
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
 * `anchored`: the action reads what it needs through the anchors (anchoredRead.ts) rather than
 * every sheet; either way the anchors are read, and written again after the run when they changed.
 */
function sheetsPort(report: Report, ss: Spreadsheet, zone: () => string, anchored: boolean): RunPort<SheetsRead, 'sync'> {
  const { SpreadsheetApp } = services();
  const deadline = Date.now() + TIME_BUDGET_MS;
  let partial = false;
  let setup = false;
  return {
    mode: 'sync',
    document: 'spreadsheet',
    read(need) {
      const read = need.action === 'funnel' ? (anchored ? readForFunnel(ss) : { ...readSpreadsheet(ss), anchors: readAnchors(ss) }) : anchored ? readForSetup(ss, need.mapping) : { ...readSpreadsheet(ss), anchors: readAnchors(ss) };
      partial = !!read.partial;
      setup = need.action === 'setup';
      return setup && read.anchors?.firstSetupStopped ? { ...read, completesFirstSetup: true } : read;
    },
    apply([plan], read, run): readonly PlanWarning[] {
      if (setup) checkSetup(read, plan);
      else checkPartial(read, plan);
      const anchors = read.anchors!;
      // The funnel tab is written again each run; its number formats only when they changed.
      const funnel = plan.tabs.funnel;
      const formats = setup ? undefined : { done: new Map(anchors.funnelFormats ? [[funnel, anchors.funnelFormats]] : []), applied: new Map<string, string>() };
      // A set-up that stopped gave its tabs their colour rules and protections over every planned row first: the next does not add them again there.
      const decorated = setup ? { done: anchors.decorated ?? {}, reached: {} } : undefined;
      const sheetCount = sheetCountFor(ss, read, plan);
      // A first set-up that stops (it adds the milestone tab, or completes one that stopped) says
      // so, until a set-up ends: the run completing it records no opportunity as new.
      const firstSetup = setup && (!!anchors.firstSetupStopped || plan.addSheets.some((a) => a.kind === 'milestones'));
      const anchor = (stopped: boolean) =>
        writeAnchors(ss, anchors, {
          ...tabsAfter(anchors, read, plan.addSheets, (sheet) => extentOf(plan, sheet).cols),
          funnelFormats: formats ? formats.applied.get(funnel) : anchors.funnelFormats,
          tracker: setup ? trackerAfter(plan, read) : anchors.tracker,
          firstSetupStopped: setup ? stopped && firstSetup : anchors.firstSetupStopped,
          decorated: decorated ? (stopped ? mergeDecorated(anchors.decorated, decorated.reached) : undefined) : anchors.decorated,
        });
      try {
        applyPlanToSheets(SpreadsheetApp, ss, plan, read, { marks: run.marks, deadline, onProgress: run.onProgress, formats, sheetCount, decorated });
      } catch (e) {
        // A run stopped at the time limit has added every tab of its plan, each with its marker:
        // anchored now, the run that completes it reads through them, not every sheet.
        if (e instanceof SheetsFailure && e.failure.code === 'SHEETS_TIME_LIMIT') anchor(true);
        throw e;
      }
      anchor(false);
      return [];
    },
    today: () => zonedToday(zone()),
    progress: report,
    // NeedsFullRead is answered by the run itself (setupSpreadsheet, freshFunnelInSheets), as
    // is any refusal of a plan made from a partial read before anything was written: the full
    // read says whether it stands.
    failure: (e, outcome) => (e instanceof NeedsFullRead || (partial && outcome === 'unchanged' && !(e instanceof SheetsFailure)) ? new NeedsFullRead() : new SheetsFailure(toFailure(e, outcome))),
  };
}

/**
 * The tracker anchor a set-up leaves: the list its plan used, unless another list was as
 * likely (the user is told of both at each set-up, which needs every sheet read).
 */
function trackerAfter(plan: Plan, read: SheetsRead): TrackerAnchor | undefined {
  if (!plan.tracker || plan.warnings.some((w) => w.code === 'TRACKER_AMBIGUOUS')) return undefined;
  const sheet = read.snapshot.sheets.find((s) => s.name === plan.tracker!.sheet);
  const width = read.partial && read.anchors?.tracker ? read.anchors.tracker.width : widestRow(sheet?.rows ?? []);
  return trackerAnchor(plan.tracker, width);
}

/** A run on the anchors, run again on every sheet when they did not hold (NeedsFullRead). */
function anchoredFirst<T>(port: (anchored: boolean) => RunPort<SheetsRead, 'sync'>, run: (port: RunPort<SheetsRead, 'sync'>) => T): T {
  try {
    return run(port(true));
  } catch (e) {
    if (!(e instanceof NeedsFullRead)) throw e;
    return run(port(false));
  }
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
  return locked(report, (port) => anchoredFirst(port, (p) => runSetup(p, { lang: request.lang, mapping: request.mapping ?? undefined })));
}

/**
 * The sidebar's and the menu's "Generate funnel": the tabs brought up to date with the tracker
 * first (a set-up again, through the anchors), then the funnel on them (core/run/runFreshFunnel.ts).
 */
export function freshFunnelInSheets(request: FunnelRequest, report: Report): FreshFunnelSummary & RunNote {
  return locked(report, (port) => runFreshFunnel<SheetsRead, 'sync'>((action) => anchoredFirst(port, action), request));
}

/** What the sidebar shows first: the tracker found, its headers, the reps. */
export function inspectSpreadsheet(): WorkbookInfoView {
  const ss = services().SpreadsheetApp.getActiveSpreadsheet();
  return withDayFormat(spreadsheetDays(zoneOf(ss)), () => workbookInfo(readSpreadsheet(ss).snapshot));
}
