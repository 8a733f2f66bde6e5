/**
 * What a run answers, one shape per action for every host, the pane and the tests: the tabs,
 * what was added, and what the run says (the plan's warnings, then the host's notes).
 */
import type { Lang } from '../methodology/bilingual';
import type { FunnelSummaryView } from '../report/summaries';
import type { Plan, PlanWarning, TrackerMapping } from '../layout/types';

export interface RunSummary {
  readonly lang: Lang;
  readonly tabs: Readonly<Record<string, string>>;
  readonly tabsAdded: readonly string[];
  readonly opportunitiesAdded: number;
  /** The plan's warnings and what this host could not do, zh and en. */
  readonly warnings: readonly PlanWarning[];
}

export interface SetupSummary extends RunSummary {
  /** The list and columns the set-up took its opportunities from. */
  readonly tracker: TrackerMapping | null;
}

export interface FunnelSummary extends RunSummary {
  readonly totals: { readonly count: number; readonly amount: number; readonly forecast: number };
  /** Whose funnel: the rep asked for or in the tab's filter cell; the whole team when absent. */
  readonly rep?: string;
  /** The funnel as the pane shows it (rows, forecast by rep, unreadable rows). */
  readonly view: FunnelSummaryView;
}

const plain = (w: PlanWarning): PlanWarning => ({ code: w.code, zh: w.zh, en: w.en });

export function runSummary(plan: Plan, notes: readonly PlanWarning[]): RunSummary {
  return {
    lang: plan.lang,
    tabs: { ...plan.tabs },
    tabsAdded: plan.addSheets.map((s) => s.name),
    opportunitiesAdded: plan.addedOpportunities,
    warnings: [...plan.warnings, ...notes].map(plain),
  };
}
