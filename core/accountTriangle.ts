/**
 * 客户管理金三角 (methodology.md §6): 目标 target, 信息 information, 频率 frequency, for key
 * accounts. The course names the three and no more; the rules below are ours: the frequency is
 * visits per month, the actual one the visit log's visits to the customer in the last 30 days
 * up to the run's date, and a key account is on track when it is at or above the intended one.
 */
import type { Bilingual } from './methodology/bilingual';
import { CUSTOMER_GRADES } from './methodology/customerGrades';
import { closeDay } from './cells/calendar';
import { repKey } from './layout/tabRules';

export const FREQUENCY_DAYS = 30;

export const FREQUENCY_STATUS = {
  onTrack: { zh: '正常', en: 'On track' },
  behind: { zh: '不足', en: 'Behind' },
} as const satisfies Record<string, Bilingual>;

export interface CustomerVisit {
  readonly customer: unknown;
  readonly date: unknown;
}

/** Visits to the customer (TRIM(…)= as the formula compares) dated in the FREQUENCY_DAYS days up to asOf. */
export function recentVisits(visits: readonly CustomerVisit[], customer: unknown, asOf: number): number {
  const key = repKey(customer);
  let n = 0;
  for (const v of visits) {
    const day = typeof v.date === 'number' || v.date instanceof Date ? closeDay(v.date) : null;
    if (day !== null && day > asOf - FREQUENCY_DAYS && day <= asOf && repKey(v.customer) === key) n++;
  }
  return n;
}

/** On track or behind, for a key account (its grade cell, either language) with an intended frequency (a number); else none. */
export function frequencyStatus(grade: unknown, intended: unknown, actual: number): keyof typeof FREQUENCY_STATUS | '' {
  const key = CUSTOMER_GRADES[0];
  const isKey = typeof grade === 'string' && [key.zh, key.en].some((l) => l.toLowerCase() === grade.toLowerCase());
  if (!isKey || typeof intended !== 'number') return '';
  return actual >= intended ? 'onTrack' : 'behind';
}
