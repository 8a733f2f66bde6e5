import { applyPlan } from './applyPlan';
import { planFunnel } from './funnelTab';
import { planSetup } from './planSetup';
import type { FunnelOptions, Plan, SetupOptions, WorkbookSnapshot } from './types';

/**
 * What the pane's button and `pcss apply` do: the set-up, then the funnel on the set-up's
 * result, both planned from one read. The host applies `setup` then `funnel` in one batch;
 * `after` is the workbook's values as they will read back (filled formula columns left out),
 * for the caller's report.
 */
export function planRun(snapshot: WorkbookSnapshot, options: SetupOptions & FunnelOptions): { setup: Plan; funnel: Plan; after: WorkbookSnapshot } {
  const setup = planSetup(snapshot, options);
  const mid = applyPlan(snapshot, setup, { skipFills: true });
  const funnel = planFunnel(mid, { ...options, lang: setup.lang });
  return { setup, funnel, after: applyPlan(mid, funnel) };
}
