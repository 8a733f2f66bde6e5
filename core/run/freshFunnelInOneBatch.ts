import { applyPlan } from '../layout/applyPlan';
import { funnelRep, planFunnel } from '../layout/funnelTab';
import { evaluateMilestones } from '../layout/milestoneEvaluation';
import { planSetup } from '../layout/planSetup';
import { findOurTabs } from '../layout/tabs';
import type { Plan, PlanWarning, WorkbookSnapshot } from '../layout/types';
import { then, type Later, type Mode } from './flow';
import { guarded, readStage } from './guard';
import type { PortRead, RunPort } from './port';
import { stageProgress } from './progress';
import { withRefresh, type FreshFunnelRequest, type FreshFunnelSummary } from './runFreshFunnel';
import { funnelRunSummary } from './runFunnel';
import { checkChosen, notRefreshed } from './runSetup';
import { refreshLines, runSummary } from './summary';
import { writeStage } from './write';

/**
 * The refresh's plan, as runSetup's refreshing run makes it: none on a workbook not set up (the
 * funnel refuses it its own way), none with a warning when the list is gone (the funnel goes on).
 */
function refreshPlan(snapshot: WorkbookSnapshot, request: FreshFunnelRequest, date: string, completesFirstSetup: boolean | undefined): { setup?: Plan; warnings: PlanWarning[] } {
  if (!findOurTabs(snapshot).has('milestones')) return { warnings: [] };
  if (request.mapping) checkChosen(snapshot, request.mapping);
  const setup = planSetup(snapshot, { lang: request.lang, mapping: request.mapping, date, completesFirstSetup });
  if (setup.tracker) return { setup, warnings: [] };
  return { warnings: [notRefreshed(snapshot)] };
}

/**
 * "Generate funnel" in the Excel pane: what runFreshFunnel does (the tabs brought up to date with
 * the tracker, then the funnel on them), from one read and in one write, for a host whose every
 * read and write costs round trips. The port reads a set-up's needs and a funnel's at once
 * ({ action: 'setup', funnel: true }) and writes the two plans in one batch; the funnel is planned
 * on the set-up's result as core works it out (planRun's way, as `pcss apply` does), from the
 * checklist, since the refreshed values are not calculated yet. A plan that cannot be written
 * is refused before either writes anything.
 */
export function runFreshFunnelInOneBatch<R extends PortRead, M extends Mode>(port: RunPort<R, M>, request: FreshFunnelRequest = {}): Later<M, FreshFunnelSummary> {
  const marks = { wrote: false };
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
      return then(writeStage(port, setup ? [setup, funnel] : [funnel], read, marks), (notes) => {
        // The refresh's part as runSetup says it (none written: the warning only), joined as the two stages join it.
        const refresh = setup ? { ...runSummary(setup, []), refreshed: refreshLines(setup.refresh) } : { tabsAdded: [], opportunitiesAdded: 0, warnings, refreshed: [] };
        return withRefresh(funnelRunSummary(funnel, notes, mid, evaluation), refresh);
      });
    }),
  );
}
