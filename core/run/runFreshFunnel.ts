import type { TrackerMapping } from '../layout/types';
import { then, type Later, type Mode } from './flow';
import type { PortRead, RunPort } from './port';
import { runFunnel, type FunnelRequest } from './runFunnel';
import { runSetup } from './runSetup';
import { addedLines, type FunnelSummary, type SetupSummary } from './summary';

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
 * "Generate funnel" in the sidebar (and any host that reads and writes each stage on its own):
 * the tracker is the truth for what it holds (issue 13), so the run first brings the tabs up to
 * date with it, as a set-up again does (rep, amount, expected close and status of every
 * opportunity the tabs have, the opportunities new to the list added, the removed ones marked),
 * then plans the funnel on the workbook as that left it. Two stages, each read → plan → write:
 * the funnel's read sees what the refresh wrote. One `marks`: a failure of the funnel after the
 * refresh wrote says the workbook was partly changed. Excel, where each read and write costs
 * round trips, does the same from one read and in one write (runFreshFunnelInOneBatch, a module
 * of its own so that Sheets' Code.js does not carry it); a core test holds the two equal.
 */
export function runFreshFunnel<R extends PortRead, M extends Mode>(onPort: OnPort<R, M>, request: FreshFunnelRequest = {}): Later<M, FreshFunnelSummary> {
  const marks = { wrote: false };
  const refresh = onPort((port) => runSetup(port, { lang: request.lang, mapping: request.mapping, date: request.date, refreshing: true }, marks));
  return then(refresh, (setup) => then(onPort((port) => runFunnel(port, request, marks)), (funnel) => withRefresh(funnel, setup))) as Later<M, FreshFunnelSummary>;
}

/** The funnel's summary with the refresh's: the tabs either added, the opportunities added, both stages' warnings, what was refreshed. */
export function withRefresh(funnel: FunnelSummary, setup: Pick<SetupSummary, 'tabsAdded' | 'opportunitiesAdded' | 'warnings' | 'refreshed'>): FreshFunnelSummary {
  return {
    ...funnel,
    tabsAdded: [...setup.tabsAdded, ...funnel.tabsAdded.filter((t) => !setup.tabsAdded.includes(t))],
    opportunitiesAdded: setup.opportunitiesAdded,
    warnings: [...setup.warnings, ...funnel.warnings],
    refreshed: [...addedLines(setup.opportunitiesAdded), ...(setup.refreshed ?? [])],
  };
}
