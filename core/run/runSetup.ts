import { MethodError } from '../errors';
import { planRun } from '../layout/planRun';
import { planSetup } from '../layout/planSetup';
import { findOurTabs, isOurSheet } from '../layout/tabs';
import { mappingFor, type TrackerChoice } from '../layout/trackerChoice';
import type { Plan, PlanWarning, TrackerMapping, WorkbookSnapshot } from '../layout/types';
import type { Period } from '../cells/calendar';
import type { Lang } from '../methodology/bilingual';
import { then, type Later, type Mode } from './flow';
import { guarded, readStage } from './guard';
import type { PortRead, RunPort } from './port';
import { stageProgress } from './progress';
import { plainWarning, refreshLines, runSummary, type SetupSummary } from './summary';
import { writeStage } from './write';

export interface SetupRequest {
  readonly lang?: Lang;
  /** The list and columns the user confirmed in the pane; detected when absent. */
  readonly mapping?: TrackerMapping;
  /** The list and headers the user named (pcss --sheet, --map): made a mapping once read, refused when unknown. */
  readonly choice?: TrackerChoice;
  /** Plan the funnel on the set-up's result too, applied in the same batch (pcss apply). */
  readonly funnel?: { readonly rep?: string; readonly date?: string; readonly periods?: readonly Period[] };
  /** A host's own refusal of the workbook as read (pcss apply: a --lang other than the tabs'), before anything is planned. */
  readonly check?: (snapshot: WorkbookSnapshot) => void;
  /**
   * The refresh a funnel run starts with (runFreshFunnel): a workbook not set up is left as it is
   * (the funnel says so its own way), and a workbook whose list is gone is not refused: nothing is
   * written and the run says the tabs were not brought up to date (TRACKER_NOT_REFRESHED).
   */
  readonly refreshing?: boolean;
  /** ISO yyyy-mm-dd of the run (the day new rows reach M0, the changes' date); the host's today when absent. */
  readonly date?: string;
}

/** The plans of one set-up: the set-up's, then (asked for) the funnel's, and the workbook after them. */
function plansOf(snapshot: WorkbookSnapshot, request: SetupRequest, mapping: TrackerMapping | undefined, today: () => string, completesFirstSetup?: boolean): { setup: Plan; plans: Plan[]; after?: WorkbookSnapshot } {
  if (!request.funnel) {
    const setup = planSetup(snapshot, { lang: request.lang, mapping, date: today(), completesFirstSetup });
    return { setup, plans: [setup] };
  }
  const { setup, funnel, after } = planRun(snapshot, { lang: request.lang, mapping, rep: request.funnel.rep, date: request.funnel.date ?? today(), periods: request.funnel.periods });
  return { setup, plans: [setup, funnel], after };
}

/** A refresh that wrote nothing: the workbook is not set up, or its list is gone (said). Its lang is the one asked for: the funnel run after it says its own. */
const NOT_REFRESHED = (request: SetupRequest, warnings: PlanWarning[]): SetupSummary => ({ lang: request.lang ?? 'zh', tabs: {}, tabsAdded: [], opportunitiesAdded: 0, warnings, tracker: null, refreshed: [] });

/** A refresh without a list: said, naming the sheets the user may choose from (TRACKER_NOT_REFRESHED). */
export const notRefreshed = (snapshot: WorkbookSnapshot): PlanWarning => plainWarning(new MethodError('TRACKER_NOT_REFRESHED', { sheets: theirSheets(snapshot) }));

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
const theirSheets = (snapshot: WorkbookSnapshot) => quoted(snapshot.sheets.filter((s) => !isOurSheet(s)).map((s) => s.name));

/**
 * A list the pane handed over that cannot be used as it is: its sheet is gone (renamed or
 * deleted since the pane read it), or it names neither the opportunity nor the customer column
 * (the user picked a sheet and has not chosen them yet). Refused before anything is planned.
 */
export function checkChosen(snapshot: WorkbookSnapshot, mapping: TrackerMapping): void {
  if (!snapshot.sheets.some((s) => s.name === mapping.sheet)) throw new MethodError('TRACKER_SHEET_UNKNOWN', { sheet: mapping.sheet, sheets: theirSheets(snapshot) });
  if (mapping.columns.opportunity === undefined && mapping.columns.customer === undefined) throw new MethodError('TRACKER_NEEDS_NAME', { sheet: mapping.sheet });
}

/**
 * "Set up": read what the set-up needs → plan the methodology's tabs beside the team's own
 * sheets → the host writes the plan → done. Safe to repeat; never moves, alters or deletes a
 * user's cell or sheet. Without an opportunity list (none found, none chosen) it is refused
 * before anything is written, in every host: a set-up is never "done" with no tracker.
 */
export function runSetup<R extends PortRead, M extends Mode>(port: RunPort<R, M>, request: SetupRequest = {}, marks = { wrote: false }): Later<M, SetupSummary> {
  return guarded(port, marks, () =>
    then(readStage(port, { action: 'setup', mapping: request.mapping }), (read): SetupSummary | Promise<SetupSummary> => {
      port.progress(stageProgress('plan', port.document));
      request.check?.(read.snapshot);
      if (request.refreshing && !findOurTabs(read.snapshot).has('milestones')) return NOT_REFRESHED(request, []);
      // A sheet or header that does not exist is refused here, before anything is written.
      const mapping = request.mapping ?? (request.choice ? mappingFor(read.snapshot, request.choice) ?? undefined : undefined);
      if (request.mapping) checkChosen(read.snapshot, request.mapping);
      const { setup, plans, after } = plansOf(read.snapshot, request, mapping, () => request.date ?? port.today(), read.completesFirstSetup);
      // No list, no set-up: empty tabs and "done" would say the job was done when it was not.
      // The user chooses the sheet (pane, sidebar) or names it (pcss apply --sheet) and runs it again.
      if (!setup.tracker) {
        if (request.refreshing) return NOT_REFRESHED(request, [notRefreshed(read.snapshot)]);
        throw new MethodError('TRACKER_NONE', { sheets: theirSheets(read.snapshot) });
      }
      const warnings = plans.slice(1).flatMap((p) => p.warnings);
      return then(writeStage(port, plans, read, marks, after), (notes): SetupSummary => ({ ...runSummary(setup, [...warnings, ...notes]), tracker: setup.tracker, refreshed: refreshLines(setup.refresh) }));
    }),
  );
}
