/**
 * 捕捉购买信号 (methodology.md §7) against the milestones (§3): the rules the milestone tab's
 * signal columns follow (layout/signalColumns.ts), written once here for core and the tests.
 */
import { isSheetBlank } from './cells/cellValue';
import type { Bilingual } from './methodology/bilingual';
import { closeDay } from './cells/calendar';
import { repKey } from './layout/tabRules';

/**
 * The course lists buying signals beside its closing methods (常用成交方法): they belong to the
 * buyer's 选择评价 and 实际购买 stages. A deal at M2 (合格经办人) or earlier has not yet
 * qualified its decision maker (M3 合格决策者, K09–K13): signals there mean the checklist lags
 * the conversation, or the signals come from someone who cannot buy. Either is the manager's.
 */
export const SIGNALS_EARLY_LEVEL = 2;

export const SIGNALS_AHEAD: Bilingual = { zh: '有购买信号,里程碑偏早', en: 'Buying signals, early milestone' };

/** A visit as the signal columns read it: whose it is, when, and the signal cells (one per group). */
export interface SignalVisit {
  readonly opportunity: unknown;
  readonly customer: unknown;
  readonly date: unknown;
  readonly signals: readonly unknown[];
}

/** A visit with a signal: any signal cell not blank (TRIM(cell)<>""). */
export function hasSignal(visit: SignalVisit): boolean {
  return visit.signals.some((s) => !isSheetBlank(s));
}

/** Which deal a visit is of: its opportunity and customer as TRIM(…)= compares them (case ignored, no wildcards). */
export function visitDealKey(opportunity: unknown, customer: unknown): string {
  return `${repKey(opportunity)}\u241f${repKey(customer)}`;
}

export interface SignalSummary {
  /** Visits of the deal with at least one signal. */
  readonly count: number;
  /** The latest date among them (a day number; 0 when none of them has a date), '' with none. */
  readonly latest: number | '';
}

/** Each deal's signal summary, keyed by visitDealKey; deals with no signal visit are absent. */
export function signalSummaries(visits: readonly SignalVisit[]): Map<string, SignalSummary> {
  const out = new Map<string, { count: number; latest: number }>();
  for (const v of visits) {
    if (!hasSignal(v)) continue;
    const key = visitDealKey(v.opportunity, v.customer);
    const s = out.get(key) ?? { count: 0, latest: 0 };
    s.count++;
    const day = typeof v.date === 'number' || v.date instanceof Date ? closeDay(v.date) : null;
    if (day !== null && day > s.latest) s.latest = day;
    out.set(key, s);
  }
  return out;
}

export const NO_SIGNALS: SignalSummary = { count: 0, latest: '' };

/** A deal in the forecast with signals while at or before SIGNALS_EARLY_LEVEL. */
export function signalsAhead(level: unknown, inForecast: unknown, count: number): boolean {
  return inForecast === 1 && typeof level === 'number' && level <= SIGNALS_EARLY_LEVEL && count > 0;
}
