/**
 * The milestone tab's columns as the funnel tab's formulas read them, and the pieces those
 * formulas are built from: shared by the level rows, the rep table (funnelTab.ts) and the period
 * table (periodTable.ts), so each rule is written once.
 */
import { cellRef, onSheet, rangeRef } from "./a1";
import type { LayoutContext } from "./columns";
import { MS } from "./milestonesTab";
import { FIRST_DATA_ROW } from "./tabs";

/** Where the funnel tab's rep filter cell is (0-based), for the formulas that honour it. */
export const FILTER_CELL = { row: 2, col: 1 } as const;

/** The milestone tab's columns the funnel tab reads, as absolute ranges down to `bottom`. */
export interface FunnelRefs {
  level: string;
  inForecast: string;
  rep: string;
  amount: string;
  weighted: string;
  close: string;
  status: string;
  filter: string;
}

export function funnelRefs(ctx: LayoutContext, bottom: number): FunnelRefs {
  const col = (c: number) =>
    onSheet(
      ctx.tabs.milestones,
      rangeRef({ top: FIRST_DATA_ROW, bottom, left: c, right: c }, true),
    );
  return {
    level: col(MS.level),
    inForecast: col(MS.inForecast),
    rep: col(MS.rep),
    amount: col(MS.amount),
    weighted: col(MS.weighted),
    close: col(MS.expectedClose),
    status: col(MS.status),
    filter: cellRef(FILTER_CELL.row, FILTER_CELL.col, true),
  };
}

/**
 * Rows of one rep, as a 0/1 array for SUMPRODUCT: TRIM(rep)=TRIM(name). "=" compares text as
 * text — case ignored, no wildcards, no operators — where COUNTIFS(rep,name) would read a rep
 * called Ann* as "every rep starting with Ann" and one called >5 as "greater than 5".
 */
export function sameRep(refs: FunnelRefs, name: string): string {
  return `(TRIM(${refs.rep})=TRIM(${name}))`;
}

/** Rows the funnel counts at `test` on the level (ISNUMBER leaves out the rows with a blank level). */
export function atLevel(refs: FunnelRefs, test: string): string {
  return `ISNUMBER(${refs.level})*(${refs.level}${test})*(${refs.inForecast}=1)`;
}

/** Amounts as the funnel counts them, as SUMPRODUCT's second array: numbers of 0 or more (text, negatives: 0). */
export function usableAmount(refs: FunnelRefs): string {
  return `ISNUMBER(${refs.amount})*(${refs.amount}>=0),${refs.amount}`;
}

/**
 * One figure of a funnel row: the whole team by COUNTIF/SUMIFS when the filter cell is blank
 * (TRIM(filter)=""), else one rep's by SUMPRODUCT with "=" on the rep (see sameRep).
 */
export function filtered(
  refs: FunnelRefs,
  fn: "COUNT" | "SUM",
  op: "=" | ">=",
  level: number,
): string {
  const all =
    fn === "COUNT"
      ? `COUNTIFS(${refs.level},${op === "=" ? level : `">=${level}"`},${refs.inForecast},1)`
      : `SUMIFS(${refs.amount},${refs.level},${level},${refs.amount},">=0",${refs.inForecast},1)`;
  const rows = `${atLevel(refs, `${op}${level}`)}*${sameRep(refs, refs.filter)}`;
  const one =
    fn === "COUNT"
      ? `SUMPRODUCT(${rows})`
      : `SUMPRODUCT(${rows}*${usableAmount(refs)})`;
  return `IF(TRIM(${refs.filter})="",${all},${one})`;
}
