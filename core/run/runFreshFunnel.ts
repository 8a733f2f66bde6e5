import { applyPlan } from '../layout/applyPlan';
import { funnelRep, planFunnel } from '../layout/funnelTab';
import { evaluateMilestones } from '../layout/milestoneEvaluation';
import { planSetup } from '../layout/planSetup';
import { findOurTabs } from '../layout/tabs';
import type { Plan, PlanWarning, TrackerMapping, WorkbookSnapshot } from '../layout/types';
import { MethodError } from '../errors';
import { then, type Later, type Mode } from './flow';
import { guarded, readStage } from './guard';
import type { PortRead, RunPort } from './port';
import { stageProgress } from './progress';
import { funnelRunSummary, runFunnel, type FunnelRequest } from './runFunnel';
import { checkChosen, runSetup, theirSheets } from './runSetup';
import { addedLines, plainWarning, refreshLines, runSummary, type FunnelSummary, type SetupSummary } from './summary';
import { writeStage } from './write';

/**
 * How a host runs one action on its port: Excel and the .xlsx host call it as it is; Sheets
 * runs it on its anchors first and again on a full read when they did not hold.
 */
export type OnPort<R extends PortRead, M extends Mode> = <T>(action: (port: RunPort<R, M>) => Later<M, T>) => Later<M, T>;

export interface FreshFunnelRequest extends FunnelRequest {
  /** The list and columns the pane shows (the user may have corrected them); detected when absent. */
  readonly mapping?: TrackerMapping;
}

/** The funnel's summary, with what the refresh before it changed and said. */
export interface FreshFunnelSummary extends FunnelSummary {
  /** What the refresh brought up to date from the tracker, one line per field (refreshLines). */
  readonly refreshed: NonNullable<SetupSummary['refreshed']>;
}

/**
 * "Generate funnel" in the pane and the sidebar: the tracker is the truth for what it holds
 * (issue 13), so the run first brings the tabs up to date with it, as a set-up again does (rep,
 * amount, expected close and status of every opportunity the tabs have, the opportunities new to
 * the list added, the removed ones marked), then plans the funnel on the workbook as that left it.
 *
 * A host that reads both stages' needs at once and writes two plans in one batch
 * (RunPort.refreshesInOneBatch: Excel, where each read and write is a round trip) does it in one
 * read and one write: the funnel is planned on the set-up's result as core works it out
 * (planRun's way), from the checklist. Any other host (Sheets) runs two stages, each read → plan
 * → write: the funnel's read then sees what the refresh wrote. One `marks` either way: a failure
 * of the funnel after the refresh wrote says the workbook was partly changed.
 */
export function runFreshFunnel<R extends PortRead, M extends Mode>(onPort: OnPort<R, M>, request: FreshFunnelRequest = {}): Later<M, FreshFunnelSummary> {
  const marks = { wrote: false };
  const first = onPort<FreshFunnelSummary | SetupSummary>((port) =>
    port.refreshesInOneBatch ? inOneBatch(port, request, marks) : runSetup(port, { lang: request.lang, mapping: request.mapping, date: request.date, refreshing: true }, marks),
  );
  return then(first, (done) => ('view' in done ? done : then(onPort((port) => runFunnel(port, request, marks)), (funnel) => withRefresh(funnel, done)))) as Later<M, FreshFunnelSummary>;
}

/** The funnel's summary with the refresh's: the tabs either added, the opportunities added, both stages' warnings, what was refreshed. */
function withRefresh(funnel: FunnelSummary, setup: SetupSummary): FreshFunnelSummary {
  return {
    ...funnel,
    tabsAdded: [...setup.tabsAdded, ...funnel.tabsAdded.filter((t) => !setup.tabsAdded.includes(t))],
    opportunitiesAdded: setup.opportunitiesAdded,
    warnings: [...setup.warnings, ...funnel.warnings],
    refreshed: [...addedLines(setup.opportunitiesAdded), ...(setup.refreshed ?? [])],
  };
}

/**
 * The refresh's plan, as runSetup's refreshing run makes it: none on a workbook not set up (the
 * funnel refuses it its own way), none with a warning when the list is gone (the funnel goes on).
 */
function refreshPlan(snapshot: WorkbookSnapshot, request: FreshFunnelRequest, date: string, completesFirstSetup: boolean | undefined): { setup?: Plan; warnings: PlanWarning[] } {
  if (!findOurTabs(snapshot).has('milestones')) return { warnings: [] };
  if (request.mapping) checkChosen(snapshot, request.mapping);
  const setup = planSetup(snapshot, { lang: request.lang, mapping: request.mapping, date, completesFirstSetup });
  if (setup.tracker) return { setup, warnings: [] };
  return { warnings: [plainWarning(new MethodError('TRACKER_NOT_REFRESHED', { sheets: theirSheets(snapshot) }))] };
}

/** Generate funnel in one read and one write (RunPort.refreshesInOneBatch). */
function inOneBatch<R extends PortRead, M extends Mode>(port: RunPort<R, M>, request: FreshFunnelRequest, marks: { wrote: boolean }): Later<M, FreshFunnelSummary> {
  return guarded(port, marks, () =>
    then(readStage(port, { action: 'setup', mapping: request.mapping, funnel: true }), (read) => {
      port.progress(stageProgress('plan', port.document));
      const date = request.date ?? port.today();
      const { setup, warnings } = refreshPlan(read.snapshot, request, date, read.completesFirstSetup);
      // Planned on the set-up's result without its formula columns' values: from the checklist.
      const mid = setup ? applyPlan(read.snapshot, setup, { skipFills: true }) : read.snapshot;
      const source = setup ? 'checklist' : (read.source ?? 'checklist');
      const evaluation = evaluateMilestones(mid, funnelRep(mid, request.rep), source);
      const funnel = planFunnel(mid, { lang: setup?.lang ?? request.lang, rep: request.rep, date, source }, evaluation);
      return then(writeStage(port, setup ? [setup, funnel] : [funnel], read, marks), (notes): FreshFunnelSummary => {
        const summary = funnelRunSummary(funnel, notes, mid, evaluation);
        if (!setup) return { ...summary, warnings: [...warnings, ...summary.warnings], refreshed: [] };
        const refresh = runSummary(setup, []);
        return {
          ...summary,
          tabsAdded: [...refresh.tabsAdded, ...summary.tabsAdded.filter((t) => !refresh.tabsAdded.includes(t))],
          opportunitiesAdded: setup.addedOpportunities,
          warnings: [...refresh.warnings, ...summary.warnings],
          refreshed: [...addedLines(setup.addedOpportunities), ...refreshLines(setup.refresh)],
        };
      });
    }),
  );
}
