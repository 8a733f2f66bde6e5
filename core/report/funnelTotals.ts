/**
 * The funnels and forecasts of several workbooks added up, for a manager of several teams
 * (`pcss funnel a.xlsx b.xlsx`, or a folder): each workbook's figures and their total. Pure: the
 * hosts read the workbooks, this adds what they computed.
 */
import { funnel as emptyFunnel, type Funnel, type FunnelRow } from '../funnel';
import type { PeriodForecast } from '../layout/periods';

/** One workbook's funnel and its forecast by period, as `pcss funnel` computes them. */
export interface FunnelPart {
  readonly name: string;
  readonly funnel: Funnel;
  readonly periods: readonly PeriodForecast[];
}

/** One workbook's line of the table. */
export interface FunnelPartLine {
  readonly name: string;
  readonly count: number;
  readonly amount: number;
  readonly forecast: number;
}

export interface FunnelTotals {
  /** Each workbook, in the order given. */
  readonly parts: readonly FunnelPartLine[];
  /**
   * The funnel of all of them: counts, amounts and weighted amounts added per milestone, the
   * conversion worked out again from the added counts (a rate is not added). No rep table: two
   * teams may each have their own 王芳, so reps stay per workbook.
   */
  readonly total: Funnel;
  /** Each period's figures added; periods in the order first met. */
  readonly periods: readonly PeriodForecast[];
}

function addRows(parts: readonly FunnelPart[]): FunnelRow[] {
  // Every milestone, at zero: no workbook adds up to an empty funnel.
  const rows = emptyFunnel([]).rows.map((r) => ({ ...r }));
  for (const { funnel } of parts) {
    funnel.rows.forEach((r, i) => {
      rows[i].count += r.count;
      rows[i].amount += r.amount;
      rows[i].weighted += r.weighted;
    });
  }
  // As core's FunnelBuilder: at or beyond a milestone over at or beyond the previous one.
  const atOrBeyond = new Array<number>(rows.length + 1).fill(0);
  for (let i = rows.length - 1; i >= 0; i--) atOrBeyond[i] = atOrBeyond[i + 1] + rows[i].count;
  return rows.map((r, i) => ({ ...r, conversion: i === 0 || atOrBeyond[i - 1] === 0 ? null : atOrBeyond[i] / atOrBeyond[i - 1] }));
}

function addPeriods(parts: readonly FunnelPart[]): PeriodForecast[] {
  const byKey = new Map<string, { -readonly [K in keyof PeriodForecast]: PeriodForecast[K] }>();
  for (const part of parts) {
    for (const p of part.periods) {
      const sum = byKey.get(p.period.key);
      if (!sum) byKey.set(p.period.key, { ...p });
      else {
        sum.count += p.count;
        sum.open += p.open;
        sum.weighted += p.weighted;
        sum.won += p.won;
      }
    }
  }
  return [...byKey.values()];
}

/** Each workbook's count, amount and forecast, and the funnel and periods of all of them. */
export function addFunnels(parts: readonly FunnelPart[]): FunnelTotals {
  const rows = addRows(parts);
  return {
    parts: parts.map((p) => ({ name: p.name, count: p.funnel.count, amount: p.funnel.amount, forecast: p.funnel.forecast })),
    total: {
      rows,
      count: rows.reduce((s, r) => s + r.count, 0),
      amount: rows.reduce((s, r) => s + r.amount, 0),
      forecast: rows.reduce((s, r) => s + r.weighted, 0),
      byRep: [],
    },
    periods: addPeriods(parts),
  };
}
