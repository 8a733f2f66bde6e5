/**
 * What a run answers, one shape per action for every host, the pane and the tests: the tabs,
 * what was added, and what the run says (the plan's warnings, then the host's notes).
 */
import type { Lang } from '../methodology/bilingual';
import type { FunnelSummaryView } from '../report/summaries';
import type { Plan, PlanWarning, TrackerMapping } from '../layout/types';
import type { TrackerRefresh } from '../layout/trackerRefresh';
import { say, type MessageKey } from '../messages';

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
  /** What the run brought up to date from the tracker on rows it already had, one line per field (refreshLines). */
  readonly refreshed?: readonly PlanWarning[];
}

const REFRESH_MESSAGES = {
  rep: 'REFRESH_REP',
  amount: 'REFRESH_AMOUNT',
  expectedClose: 'REFRESH_EXPECTED_CLOSE',
  status: 'REFRESH_STATUS',
  removed: 'REFRESH_REMOVED',
} as const satisfies Record<keyof TrackerRefresh, MessageKey>;

/** Names shown per line; the rest are counted. */
const NAMES_SHOWN = 5;

/** What a set-up changed on the rows it already had, said per field: how many, and which (the first few, with old → new). */
export function refreshLines(refresh: TrackerRefresh | undefined): PlanWarning[] {
  if (!refresh) return [];
  return (Object.keys(REFRESH_MESSAGES) as (keyof TrackerRefresh)[]).flatMap((field) => {
    const rows = refresh[field];
    if (rows.length === 0) return [];
    const shown = rows.slice(0, NAMES_SHOWN).map((r) => (field === 'removed' ? r.opportunity : `${r.opportunity} (${r.from || '—'} → ${r.to || '—'})`));
    const more = rows.length > NAMES_SHOWN ? ` … +${rows.length - NAMES_SHOWN}` : '';
    const text = say(REFRESH_MESSAGES[field], { count: rows.length, names: shown.join(', ') + more });
    return [{ code: REFRESH_MESSAGES[field], zh: text.zh, en: text.en }];
  });
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
