/**
 * How long a deal has sat at its milestone, and what the manager should look at: typed data and
 * the rules the milestone tab's formulas mirror (milestonesTab.ts: 里程碑日期, 停留天数, 提醒).
 *
 * The course sets no time limits: the days after which an open deal counts as stale are ours,
 * editable on the rubric tab (停滞天数 table) and written in README ("The pipeline over time").
 */
import type { Bilingual } from '../methodology/bilingual';
import { MILESTONE_BY_LEVEL } from '../methodology/milestones';
import { calendarDate, closeDay, dayNumber } from '../cells/calendar';
import { tabStatus, type DealStatus } from './dealStatus';

/**
 * Days an open deal may stay at a milestone before it is flagged stale, by level (M0–M5; a deal
 * at M6 is closed business). Qualifying is quick or the deal is not real; the decision maker's
 * stages take longer; a verbal yes (M5) that does not become a contract within weeks is at risk.
 */
export const STALE_DAYS_DEFAULT: readonly number[] = [14, 30, 30, 45, 45, 21];

/** The flags of the 提醒 Attention column, in the order the column shows the first that holds. */
export type AttentionFlag = 'pastDue' | 'stale' | 'wonEarly';

export const ATTENTION_LABELS: Readonly<Record<AttentionFlag, Bilingual>> = {
  pastDue: { zh: '已逾期', en: 'Past due' },
  stale: { zh: '停滞', en: 'Stale' },
  wonEarly: { zh: '赢单未达结案', en: 'Won before M6' },
};

export const ATTENTION_ORDER: readonly AttentionFlag[] = ['pastDue', 'stale', 'wonEarly'];

/** A run date (yyyy-mm-dd) as a spreadsheet day number. */
export function runDay(date: string): number {
  return dayNumber(calendarDate(date));
}

/** A stale threshold as the formula reads it: a number of days, or none (blank, text: never stale). */
export function thresholdOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Days at the milestone as of the run: blank without a date reached; never negative. */
export function daysAt(since: unknown, asOf: number): number | '' {
  const day = closeDay(since);
  return day === null ? '' : Math.max(0, asOf - day);
}

export interface AgingRow {
  readonly level: number;
  readonly status: unknown;
  readonly inForecast: boolean;
  readonly since: unknown;
  readonly expectedClose: unknown;
}

/** The flag the 提醒 column shows for a counted row, or '' (see ATTENTION_ORDER). */
export function attentionFlag(row: AgingRow, asOf: number, thresholds: readonly (number | null)[]): AttentionFlag | '' {
  if (row.inForecast) {
    const close = closeDay(row.expectedClose);
    if (close !== null && close < asOf) return 'pastDue';
    const days = daysAt(row.since, asOf);
    const limit = thresholds[row.level] ?? null;
    if (days !== '' && limit !== null && days > limit) return 'stale';
    return '';
  }
  const status: DealStatus = tabStatus(row.status);
  return status === 'won' && row.level < MILESTONE_BY_LEVEL.length - 1 ? 'wonEarly' : '';
}
