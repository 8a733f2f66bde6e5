import { applyPlan } from './applyPlan';
import { planFunnel } from './funnelTab';
import { planSetup } from './planSetup';
import type { FunnelOptions, Plan, SetupOptions, WorkbookSnapshot } from './types';

/**
 * What the pane's button and `pcss apply` do: the set-up, then the funnel on the set-up's
 * result, both planned from one read. The host applies `setup` then `funnel` in one batch;
 * `after` is the workbook's values as they will read back (filled formula columns left out),
 * for the caller's report. `setup`: the set-up's plan when the caller has planned it already
 * (pcss funnel plans it first to learn whether the tracker moved).
 */
export function planRun(snapshot: WorkbookSnapshot, options: SetupOptions & FunnelOptions, setup = planSetup(snapshot, options)): { setup: Plan; funnel: Plan; after: WorkbookSnapshot } {
  const mid = applyPlan(snapshot, setup, { skipFills: true });
  const funnel = planFunnel(mid, { ...options, lang: setup.lang });
  return { setup, funnel, after: applyPlan(mid, funnel) };
}

/** A set-up plan that changes what the funnel counts: opportunities added, or a row brought up to date with the tracker. */
export function changesFigures(setup: Plan): boolean {
  const r = setup.refresh;
  return setup.addedOpportunities > 0 || (r !== undefined && (r.rep.length > 0 || r.amount.length > 0 || r.expectedClose.length > 0 || r.status.length > 0 || r.removed.length > 0));
}
