/**
 * 捕捉购买信号 in the workbook: the visit report names each visit's opportunity and the signals
 * seen, one column per group of the course (表情 face, 体态 body, 语言 words) with that group's
 * signals as a dropdown; the milestone tab counts, per deal, the visits with a signal, the latest
 * one's date, and flags a deal with signals at an early milestone (buyingSignalRules.ts).
 */
import { SIGNALS_AHEAD, SIGNALS_EARLY_LEVEL, hasSignal, signalSummaries, signalsAhead, visitDealKey, NO_SIGNALS, type SignalSummary, type SignalVisit } from '../buyingSignalRules';
import { SIGNAL_GROUPS, signalsOf } from '../methodology/buyingSignals';
import type { Bilingual, Lang } from '../methodology/bilingual';
import { cellRef, onSheet, rangeRef } from './a1';
import { FORMATS, type ColumnSpec, type LayoutContext } from './columns';
import type { FormulaColumn } from './keyedTab';
import { MS } from './milestonesTab';
import { cellValue } from './snapshotCell';
import { FIRST_DATA_ROW } from './tabs';
import type { PlanCell, SheetSnapshot } from './types';

/** The visit report's columns the signal formulas read (otherTabs.ts VISIT_COLUMNS: these come after its first eight). */
export const VISIT = { date: 0, customer: 1, rep: 2, step: 5, opportunity: 8, firstSignal: 9 } as const;

/**
 * Rows of a fill-in tab (the visit report, the brief) the formulas of other tabs read: down to
 * the rows it uses when the set-up runs and LOG_MARGIN more. SUMPRODUCT needs a bounded range
 * (whole columns are a million rows per cell, in every engine), and each row it reads costs every
 * opportunity row. The bound is kept on the tab's marker row (LOG_BOUND_CELL, read with the first
 * rows by every host); a set-up that finds the log within half a margin of it writes the formulas
 * again with a new bound (logBounds, planSetup).
 */
export const LOG_MARGIN = 300;
export const LOG_ROWS = 10_000;
export const LOG_BOUND_CELL = { row: 0, col: 1 } as const;

/**
 * How far the formulas read a log tab: the bound they were written with, and the one they need
 * now. A new tab's bound is implied (its blank rows and a margin) and written only once it moves,
 * so a first set-up spends no call on it.
 */
export function logBound(tab: { sheet: SheetSnapshot } | undefined, blankRows: number): { written: number; needed: number } {
  const implied = FIRST_DATA_ROW + blankRows - 1 + LOG_MARGIN;
  if (!tab) return { written: implied, needed: implied };
  const table = tab.sheet.tables.find((t) => t.top === FIRST_DATA_ROW - 1 && t.left === 0);
  const used = Math.max(tab.sheet.rows.length - 1, table?.bottom ?? 0);
  const cell = cellValue(tab.sheet.rows[LOG_BOUND_CELL.row]?.[LOG_BOUND_CELL.col] ?? null);
  const written = typeof cell === 'number' && Number.isInteger(cell) ? cell : implied;
  return { written, needed: used <= written - LOG_MARGIN / 2 ? written : used + LOG_MARGIN };
}

/** A dropdown option: the signal's words without "," (Excel's list separator) or straight quotes. */
export function signalOption(signal: Bilingual, lang: Lang): string {
  return signal[lang].replace(/,/g, '\uff0c').replace(/"([^"]*)"/g, '“$1”');
}

/** The visit report's new columns: the opportunity the visit is of, then one signal column per group. */
export const VISIT_SIGNAL_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '机会名称', en: 'Opportunity' }, width: 22 },
  ...SIGNAL_GROUPS.map((g): ColumnSpec => ({
    header: { zh: `${g.zh.slice(0, 2)}信号`, en: `${g.en} signal` },
    width: 20,
    validation: (ctx) => ({ kind: 'list', values: signalsOf(g.key).map((s) => signalOption(s, ctx.lang)) }),
  })),
];

/** The milestone tab's signal columns, after its last (MS.recorded). */
export const MSX = { signalVisits: MS.recorded + 1, lastSignal: MS.recorded + 2, signalsAhead: MS.recorded + 3 } as const;

export const MILESTONE_SIGNAL_COLUMNS: readonly ColumnSpec[] = [
  { header: { zh: '信号拜访次数', en: 'Visits with signals' }, width: 9, format: FORMATS.integer },
  { header: { zh: '最近信号日期', en: 'Latest signal' }, width: 12, format: FORMATS.date },
  { header: { zh: '信号提醒', en: 'Signal flag' }, width: 16 },
];

/** A column of a log tab down to its bound (LOG_ROWS rows without one), absolute. */
export function logColumn(ctx: LayoutContext, kind: 'visits' | 'brief', col: number): string {
  const bottom = ctx.logs?.[kind] ?? FIRST_DATA_ROW + LOG_ROWS - 1;
  return onSheet(ctx.tabs[kind], rangeRef({ top: FIRST_DATA_ROW, bottom, left: col, right: col }, true));
}

/** TRIM(column)=TRIM(cell): the rows of a log naming this row's value (case ignored, no wildcards). */
export function sameAs(column: string, cell: string): string {
  return `(TRIM(${column})=TRIM(${cell}))`;
}

/** The visits of row `row`'s deal (opportunity and customer) holding a signal, as a 0/1 array. */
function signalVisits(row: number, ctx: LayoutContext): string {
  const col = (c: number) => logColumn(ctx, 'visits', c);
  const any = SIGNAL_GROUPS.map((_, g) => `(TRIM(${col(VISIT.firstSignal + g)})<>"")`).join('+');
  return `${sameAs(col(VISIT.opportunity), cellRef(row, MS.opportunity))}*${sameAs(col(VISIT.customer), cellRef(row, MS.customer))}*((${any})>0)`;
}

export function signalCountFormula(row: number, ctx: LayoutContext): string {
  return `SUMPRODUCT(${signalVisits(row, ctx)})`;
}

/** The latest date among them (numbers only: a date typed as text is no date), blank with none. */
export function lastSignalFormula(row: number, ctx: LayoutContext): string {
  const date = logColumn(ctx, 'visits', VISIT.date);
  return `IF(${cellRef(row, MSX.signalVisits)}=0,"",SUMPRODUCT(MAX(IF(${signalVisits(row, ctx)}*ISNUMBER(${date}),${date},0))))`;
}

export function signalsAheadFormula(row: number, lang: Lang): string {
  const level = cellRef(row, MS.level);
  return `IF(AND(${cellRef(row, MS.inForecast)}=1,ISNUMBER(${level}),${cellRef(row, MSX.signalVisits)}>0),IF(${level}<=${SIGNALS_EARLY_LEVEL},"${SIGNALS_AHEAD[lang]}",""),"")`;
}

/** The visit report's rows as the signal and frequency columns read them. */
export function readVisits(sheet: SheetSnapshot | undefined): SignalVisit[] {
  const out: SignalVisit[] = [];
  if (!sheet) return out;
  for (let r = FIRST_DATA_ROW; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const v = (c: number) => cellValue(row[c] ?? null);
    const visit = { opportunity: v(VISIT.opportunity), customer: v(VISIT.customer), date: v(VISIT.date), signals: SIGNAL_GROUPS.map((_, g) => v(VISIT.firstSignal + g)) };
    if (visit.customer !== null || visit.opportunity !== null || hasSignal(visit)) out.push(visit);
  }
  return out;
}

/**
 * The milestone tab's signal formulas; with the visits (none on a first set-up) their values as
 * core computes them, else left to the engine (a host that read no more of the visit report than its keys).
 */
export function signalFormulas(ctx: LayoutContext, visits?: readonly SignalVisit[], milestones?: readonly FormulaColumn[]): FormulaColumn[] {
  const byDeal = visits ? signalSummaries(visits) : undefined;
  // A new row's level and in-forecast are formulas beside it: their values, as the milestone formulas give them (milestones), else the row's.
  const of = (col: number, c: readonly PlanCell[], extra?: readonly PlanCell[]) => milestones?.find((f) => f.col === col)?.value?.(c, extra) ?? c[col];
  // A row's summary found once for its three columns (keyedTab.ts asks a row's columns in turn);
  // with no signal visit at all, no key is made.
  let last: { cells: readonly PlanCell[]; summary: SignalSummary } | undefined;
  const summary = (c: readonly PlanCell[]): SignalSummary => {
    if (byDeal!.size === 0) return NO_SIGNALS;
    if (last?.cells !== c) last = { cells: c, summary: byDeal!.get(visitDealKey(c[MS.opportunity], c[MS.customer])) ?? NO_SIGNALS };
    return last.summary;
  };
  const known = <T>(f: (c: readonly PlanCell[], extra?: readonly PlanCell[]) => T) => (byDeal ? { value: f } : {});
  return [
    { col: MSX.signalVisits, formula: (row) => signalCountFormula(row, ctx), ...known((c) => summary(c).count) },
    { col: MSX.lastSignal, formula: (row) => lastSignalFormula(row, ctx), ...known((c) => summary(c).latest) },
    { col: MSX.signalsAhead, formula: (row) => signalsAheadFormula(row, ctx.lang), ...known((c, extra) => (summary(c).count > 0 && signalsAhead(of(MS.level, c, extra), of(MS.inForecast, c, extra), summary(c).count) ? SIGNALS_AHEAD[ctx.lang] : '')) },
  ];
}
