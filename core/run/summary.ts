/**
 * What a run answers, one shape per action for every host, the pane and the tests: the tabs,
 * what was added, and what the run says (the plan's warnings, then the host's notes).
 */
import type { Lang } from '../methodology/bilingual';
import type { FunnelSummaryView } from '../report/summaries';
import type { Plan, PlanWarning, TrackerMapping } from '../layout/types';
import type { TrackerRefresh } from '../layout/trackerRefresh';
import { CHANGE_LABELS, CHANGE_ORDER, type AttentionList, type ChangeKind, type ChangeSummary } from '../layout/movement';
import { ATTENTION_ORDER, type AttentionFlag } from '../layout/aging';
import type { PeriodForecast } from '../layout/periods';
import { periodLabel } from '../layout/periodTable';
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

/** The opportunities a run added from the tracker before a funnel (runFreshFunnel; pcss funnel's pending lines), as a line of its own. */
export function addedLines(count: number): PlanWarning[] {
  if (count === 0) return [];
  const text = say('REFRESH_ADDED', { count });
  return [{ code: 'REFRESH_ADDED', zh: text.zh, en: text.en }];
}

const CHANGE_WORDS = (kind: ChangeKind, n: number, lang: Lang) => `${CHANGE_LABELS[kind][lang]} ${n}`;

/** "Since the last review": one line of counts by kind (CHANGE_ORDER), then the changes, the first few. */
export function reviewLines(review: ChangeSummary | undefined): PlanWarning[] {
  if (!review) return [];
  const kinds = CHANGE_ORDER.filter((k) => (review.counts[k] ?? 0) > 0);
  if (kinds.length === 0) {
    const none = say('REVIEW_NONE');
    return review.since === null ? [] : [{ code: 'REVIEW_NONE', zh: none.zh, en: none.en }];
  }
  const counts = { zh: kinds.map((k) => CHANGE_WORDS(k, review.counts[k]!, 'zh')).join(','), en: kinds.map((k) => CHANGE_WORDS(k, review.counts[k]!, 'en')).join(', ') };
  const key = review.since === null ? 'REVIEW_FIRST' : 'REVIEW_SINCE';
  const zh = say(key, { since: review.since ?? '', counts: counts.zh }).zh;
  const en = say(key, { since: review.since ?? '', counts: counts.en }).en;
  const lines: PlanWarning[] = [{ code: key, zh, en }];
  for (const c of review.changes.slice(-NAMES_SHOWN * 2)) {
    const move = c.from || c.to ? ` (${c.from || '—'} → ${c.to || '—'})` : '';
    lines.push({ code: 'REVIEW_CHANGE', zh: `${c.date} ${c.opportunity}:${CHANGE_LABELS[c.kind].zh}${move}`, en: `${c.date} ${c.opportunity}: ${CHANGE_LABELS[c.kind].en}${move}` });
  }
  if (review.changes.length > NAMES_SHOWN * 2) lines.push({ code: 'REVIEW_CHANGE', zh: `…… 另有 ${review.changes.length - NAMES_SHOWN * 2} 条,见变动记录`, en: `… ${review.changes.length - NAMES_SHOWN * 2} more on the Changes tab` });
  return lines;
}

const ATTENTION_MESSAGES = { pastDue: 'ATTENTION_PAST_DUE', stale: 'ATTENTION_STALE', wonEarly: 'ATTENTION_WON_EARLY' } as const satisfies Record<AttentionFlag, MessageKey>;

/** What the 提醒 column flags, one line per flag: how many, and which (the first few). */
export function attentionLines(list: AttentionList | undefined): PlanWarning[] {
  if (!list) return [];
  return ATTENTION_ORDER.flatMap((flag) => {
    const names = list[flag];
    if (names.length === 0) return [];
    const more = names.length > NAMES_SHOWN ? ` … +${names.length - NAMES_SHOWN}` : '';
    const text = say(ATTENTION_MESSAGES[flag], { count: names.length, names: names.slice(0, NAMES_SHOWN).join(', ') + more });
    return [{ code: ATTENTION_MESSAGES[flag], zh: text.zh, en: text.en }];
  });
}

export interface FunnelSummary extends RunSummary {
  readonly totals: { readonly count: number; readonly amount: number; readonly forecast: number };
  /** Whose funnel: the rep asked for or in the tab's filter cell; the whole team when absent. */
  readonly rep?: string;
  /** The funnel as the pane shows it (rows, forecast by rep, unreadable rows). */
  readonly view: FunnelSummaryView;
  /** What moved since the last review (reviewLines). */
  readonly review?: readonly PlanWarning[];
  /** What the 提醒 column flags: past due, stale, won before M6 (attentionLines). */
  readonly attention?: readonly PlanWarning[];
  /** The forecast by period of expected close, as the funnel tab's period table shows it (the rep shown). */
  readonly periods?: readonly PeriodLine[];
}

/** One period of the period table, as plain data the pane shows: its label, the opportunities, open pipeline, weighted forecast and won. */
export interface PeriodLine {
  readonly zh: string;
  readonly en: string;
  readonly count: number;
  readonly open: number;
  readonly weighted: number;
  readonly won: number;
}

/** The period table's figures as plain lines (core/layout/periods.ts). */
export function periodLines(periods: readonly PeriodForecast[] | undefined): PeriodLine[] {
  return (periods ?? []).map((p) => ({ zh: periodLabel(p.period, 'zh'), en: periodLabel(p.period, 'en'), count: p.count, open: p.open, weighted: p.weighted, won: p.won }));
}

/** A warning as plain data (code, zh, en): what a MethodError or a richer warning says, without the rest. */
export const plainWarning = (w: PlanWarning): PlanWarning => ({ code: w.code, zh: w.zh, en: w.en });

export function runSummary(plan: Plan, notes: readonly PlanWarning[]): RunSummary {
  return {
    lang: plan.lang,
    tabs: { ...plan.tabs },
    tabsAdded: plan.addSheets.map((s) => s.name),
    opportunitiesAdded: plan.addedOpportunities,
    warnings: [...plan.warnings, ...notes].map(plainWarning),
  };
}
