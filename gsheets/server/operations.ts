import { funnelRep, planFunnel, planSetup, type Plan, type TrackerMapping } from '../../core/layout';
import type { Lang } from '../../core/methodology/bilingual';
import { funnelSummary, setupSummary, workbookInfo, type FunnelSummaryView, type SetupSummaryView, type WorkbookInfoView } from '../../core/report/summaries';
import { applyPlanToSheets } from './applier';
import { MESSAGES, SheetsFailure, toFailure } from './failure';
import { withDocumentLock } from './lock';
import { STAGES, type Report } from './progress';
import { readSpreadsheet, type SheetsRead } from './reader';
import { services, type Spreadsheet } from './sheetsApi';

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

const WRITE_SHARE = 0.65;

/** Apps Script ends a run at 6 minutes; no tab is started after 5. */
export const TIME_BUDGET_MS = 5 * 60_000;

/** Read → plan → apply under the document lock, reporting stages; failures come out bilingual. */
function run<T>(report: Report, plan: (read: SheetsRead, ss: Spreadsheet) => Plan, summarize: (plan: Plan, read: SheetsRead) => T): T & RunNote {
  const { SpreadsheetApp } = services();
  const marks = { wrote: false };
  const deadline = Date.now() + TIME_BUDGET_MS;
  try {
    const { value, waited } = withDocumentLock(report, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      report({ done: 0.1, ...STAGES.read });
      const read = readSpreadsheet(ss);
      report({ done: 0.3, ...STAGES.plan });
      const p = plan(read, ss);
      report({ done: 0.35, ...STAGES.write });
      applyPlanToSheets(SpreadsheetApp, ss, p, read, { marks, deadline, onProgress: (done, total) => report({ done: 0.35 + WRITE_SHARE * (done / Math.max(1, total)), ...STAGES.write }) });
      return summarize(p, read);
    });
    report({ done: 1, ...STAGES.done });
    return { ...value, waited };
  } catch (e) {
    throw new SheetsFailure(toFailure(e, marks.wrote ? 'partial' : 'unchanged'));
  }
}

function withWaitNote<T extends { warnings: { zh: string; en: string }[] }>(summary: T & RunNote): T & RunNote {
  return summary.waited ? { ...summary, warnings: [...summary.warnings, { zh: MESSAGES.WAITED.zh, en: MESSAGES.WAITED.en }] } : summary;
}

/**
 * The sidebar's and the menu's "Set up workbook": the methodology's tabs beside the team's own
 * sheets, safe to repeat (only new opportunities are added; no user cell is changed or moved).
 */
export function setupSpreadsheet(request: SetupRequest, report: Report): SetupSummaryView & RunNote {
  return withWaitNote(
    run(
      report,
      (read) => planSetup(read.snapshot, { lang: request.lang, mapping: request.mapping ?? undefined }),
      (plan) => setupSummary(plan),
    ),
  );
}

/** Today as yyyy-mm-dd in a time zone (the spreadsheet's), UTC if the zone is unknown. */
export function isoToday(timeZone: string | undefined, now = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: timeZone || 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    const iso = `${part('year')}-${part('month')}-${part('day')}`;
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  } catch {
    // An unknown zone: fall through to UTC.
  }
  return now.toISOString().slice(0, 10);
}

/**
 * "Generate funnel": the funnel tab's formulas and chart, and one dated history row. The summary
 * the sidebar shows is computed from the milestone tab as the plan leaves it.
 */
export function generateFunnelInSheets(request: FunnelRequest, report: Report): FunnelSummaryView & RunNote & { warnings: { zh: string; en: string }[] } {
  const out = run(
    report,
    (read, ss) => {
      const date = request.date ?? isoToday(ss.getSpreadsheetTimeZone());
      return planFunnel(read.snapshot, { lang: request.lang, rep: request.rep, date });
    },
    (plan, read) => ({
      // The funnel plan does not touch the milestone tab: summarise what was read.
      ...funnelSummary(read.snapshot, funnelRep(read.snapshot, request.rep)),
      warnings: plan.warnings.map((w) => ({ zh: w.zh, en: w.en })),
    }),
  );
  return withWaitNote(out);
}

/** What the sidebar shows first: the tracker found, its headers, the reps. */
export function inspectSpreadsheet(): WorkbookInfoView {
  return workbookInfo(readSpreadsheet(services().SpreadsheetApp.getActiveSpreadsheet()).snapshot);
}
