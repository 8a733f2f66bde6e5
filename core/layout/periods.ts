/**
 * Forecast by period (issue 13): for a month or a quarter of expected close, the open pipeline,
 * the weighted forecast and the amount won, by the milestone tab's rules — what the funnel tab's
 * period table computes with native formulas (periodTable.ts), for the team or one rep.
 *
 * The rules, as the formulas apply them:
 * - a row is in a period when its expected close is a date (a number to a spreadsheet: a date
 *   cell, or a plain number read as a day number) from the period's first day up to, not
 *   including, the next period's first day; text in the cell is in no period;
 * - open pipeline: rows in the forecast (计入预测 = 1: counted and open), amounts as the funnel
 *   counts them (tabRules.tabAmount: a number of 0 or more, anything else 0);
 * - weighted forecast: the weighted amount of those rows;
 * - won: counted rows whose status is 赢单 / Won (dealStatus.tabStatus), amounts as above.
 */
import { PROBABILITY_BY_LEVEL } from '../methodology/milestones';
import { tabStatus } from './dealStatus';
import { rowLevel, type TabRow } from './levelFunnel';
import { MS } from './milestonesTab';
import { isCountedRow, repKey } from './tabRules';
import { tabAmount } from '../cells/amount';
import type { FunnelSource } from './levelFunnel';
import { closeDay, periodDays, type Period } from '../cells/calendar';

export interface PeriodForecast {
  readonly period: Period;
  readonly count: number;
  readonly open: number;
  readonly weighted: number;
  readonly won: number;
}

/** Whether a row is in the forecast: by its status (checklist), or by the in-forecast column the host calculated. */
function inForecast(values: readonly unknown[], source: FunnelSource): boolean {
  if (source === 'levels') return values[MS.inForecast] === 1;
  return isCountedRow(values) && tabStatus(values[MS.status]) === 'open';
}

/** A counted row: its in-forecast cell is a number (the host calculated it), or by the names (tabRules). */
function counted(values: readonly unknown[], source: FunnelSource): boolean {
  return source === 'levels' ? typeof values[MS.inForecast] === 'number' : isCountedRow(values);
}

function weightedOf(values: readonly unknown[], source: FunnelSource, amount: number): number {
  if (source === 'levels') return typeof values[MS.weighted] === 'number' ? (values[MS.weighted] as number) : 0;
  return amount * PROBABILITY_BY_LEVEL[rowLevel(values, source) ?? 0];
}

/**
 * The forecast of each period over the milestone tab's rows (all counted rows, as
 * milestoneTabRows gives them), optionally one rep's (compared as tabRules.repKey). One pass
 * over the rows for all the periods: a row's day, amount and standing are read once, not once a
 * period (the funnel tab's table asks eight periods of 50 000 rows); each period still adds its
 * rows in tab order.
 */
export function periodForecasts(rows: readonly TabRow[], periods: readonly Period[], rep?: string, source: FunnelSource = 'checklist'): PeriodForecast[] {
  const wanted = rep === undefined ? null : repKey(rep);
  const days = periods.map(periodDays);
  const out = periods.map((period) => ({ period, count: 0, open: 0, weighted: 0, won: 0 }));
  // By index: a for-of allocates an iteration result per row until the loop is optimised.
  for (let i = 0; i < rows.length; i++) {
    const { values } = rows[i];
    if (wanted !== null && repKey(values[MS.rep]) !== wanted) continue;
    const day = closeDay(values[MS.expectedClose]);
    if (day === null) continue;
    let row: RowFigures | undefined;
    for (let p = 0; p < days.length; p++) {
      if (day < days[p].from || day >= days[p].to) continue;
      row ??= rowFigures(values, source);
      const f = out[p];
      if (row.inForecast) {
        f.count++;
        f.open += row.amount;
        f.weighted += row.weighted;
      } else if (row.won) f.won += row.amount;
    }
  }
  return out;
}

interface RowFigures {
  readonly amount: number;
  readonly inForecast: boolean;
  readonly weighted: number;
  readonly won: boolean;
}

/** What a row in a period adds to it: its amount, and whether it is in the forecast (with its weighted amount) or won. */
function rowFigures(values: readonly unknown[], source: FunnelSource): RowFigures {
  const amount = tabAmount(values[MS.amount]) ?? 0;
  if (inForecast(values, source)) return { amount, inForecast: true, weighted: weightedOf(values, source, amount), won: false };
  return { amount, inForecast: false, weighted: 0, won: counted(values, source) && tabStatus(values[MS.status]) === 'won' };
}

/**
 * The rows of each rep (keyed as tabRules.repKey: trimmed, case ignored), in tab order: the rows
 * periodForecasts keeps for a rep, each row's key computed once instead of once a period and a rep.
 */
export function rowsByRep(rows: readonly TabRow[]): Map<string, TabRow[]> {
  const out = new Map<string, TabRow[]>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const key = repKey(row.values[MS.rep]);
    const mine = out.get(key);
    if (mine) mine.push(row);
    else out.set(key, [row]);
  }
  return out;
}

/** periodForecasts for one rep (or the team, rep undefined) over rowsByRep's grouping. */
export function repPeriodForecasts(rows: readonly TabRow[], byRep: ReadonlyMap<string, readonly TabRow[]>, periods: readonly Period[], rep: string | undefined, source: FunnelSource): PeriodForecast[] {
  return periodForecasts(rep === undefined ? rows : byRep.get(repKey(rep)) ?? [], periods, undefined, source);
}
