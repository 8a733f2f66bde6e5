import { MethodError, showValue } from '../errors';
import { FunnelBuilder, type Funnel } from '../funnel';
import { milestoneLevel } from '../checklist';
import { CHECKLIST } from '../methodology/checklist';
import type { MilestoneLevel } from '../methodology/milestones';
import type { RowError } from '../pipeline';
import { MS } from './milestonesTab';
import { readTabTicks, repLabel } from './tabRules';
import { tabAmount } from '../cells/amount';
import { isOpenStatus } from './dealStatus';

/**
 * Which cells of the milestone tab the funnel is computed from: the 22 checklist cells as reps
 * typed them, or the level column as the host calculated it. Excel reads the level column: one
 * small number per row instead of 22 cells, which keeps a 50 000-row funnel in one response.
 * Both give the same funnel (the level formula is checked against core by HyperFormula).
 */
export type FunnelSource = 'checklist' | 'levels';

/** A row of the milestone tab: its 0-based sheet row and its cell values. */
export interface TabRow {
  readonly row: number;
  readonly values: readonly unknown[];
}

/** The funnel of the milestone tab as its formulas compute it, and what the run must say about it. */
export interface TabFunnel {
  funnel: Funnel;
  /** Rows left out of the funnel (a level the host calculated is not 0–6); index into the rows given. */
  errors: RowError[];
  /**
   * Rows counted, but with a cell counted as nothing — a checklist cell that is no tick mark (as
   * unticked), an amount that is not a number of 0 or more (as 0) — exactly as the workbook's
   * formulas count them; index into the rows given.
   */
  warnings: RowError[];
}

function opportunityName(values: readonly unknown[]): string {
  const name = showValue(values[MS.opportunity]);
  return name !== '' ? name : showValue(values[MS.customer]);
}

/**
 * A row's milestone, read the one way the tab's rules read it: from the level column the host
 * calculated (null when that cell is no whole number 0–6), or from the checklist's ticks (a cell
 * that is no tick mark counts as unticked). The funnel, the forecast by period and the movement
 * all take a row's milestone from here.
 */
export function rowLevel(values: readonly unknown[], source: FunnelSource): MilestoneLevel | null {
  if (source === 'checklist') return milestoneLevel(readTabTicks(values).verified);
  const v = values[MS.level];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 6 ? (v as MilestoneLevel) : null;
}

/**
 * The funnel of rows of the milestone tab (blank rows already left out), by the tab's rules
 * (tabRules.ts), from the checklist cells or from the level column the host calculated.
 */
export function evaluateTabRows(rows: readonly TabRow[], sheet: string, source: FunnelSource = 'checklist'): TabFunnel {
  const builder = new FunnelBuilder();
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  // By index: forEach's callback, destructuring each row, ran 10 000 times before it was optimised.
  for (let r = 0; r < rows.length; r++) {
    const { row, values } = rows[r];
    // Lost, won, paused and removed deals keep their row and milestone but leave the funnel and
    // the forecast: by their status (checklist), or by the in-forecast column the host calculated.
    if (source === 'levels' ? values[MS.inForecast] === 0 : !isOpenStatus(values[MS.status])) continue;
    // The ticks are read once: for the level (as rowLevel reads it) and for the warnings.
    const ticks = source === 'checklist' ? readTabTicks(values) : null;
    const level = ticks ? milestoneLevel(ticks.verified) : rowLevel(values, source);
    if (level === null) {
      errors.push({ row: r, error: new MethodError('MILESTONE_LEVEL', { value: showValue(values[MS.level]) }) });
      continue;
    }
    if (ticks && ticks.unknown.length > 0) {
      const cells = ticks.unknown.map((i) => `${CHECKLIST[i].id} “${showValue(values[MS.checklist + i])}”`).join(', ');
      warnings.push({ row: r, error: new MethodError('TAB_TICK', { sheet, row: row + 1, opportunity: opportunityName(values), cells }) });
    }
    const amount = tabAmount(values[MS.amount]);
    if (amount === null) warnings.push({ row: r, error: new MethodError('TAB_AMOUNT', { sheet, row: row + 1, opportunity: opportunityName(values), value: showValue(values[MS.amount]) }) });
    // The rep's key is its label in lower case (tabRules.repKey): trimmed once.
    const label = repLabel(values[MS.rep]);
    builder.add(level, amount ?? 0, label, label.toLowerCase());
  }
  return { funnel: builder.build(), errors, warnings };
}

/** Warnings as a run prints them: the first few rows of each kind, then how many more. */
export function summarizeWarnings(warnings: readonly RowError[], sheet: string, perKind = 10): MethodError[] {
  const out: MethodError[] = [];
  for (const [code, what] of [
    ['TAB_TICK', { zh: '勾选标记', en: 'tick marks' }],
    ['TAB_AMOUNT', { zh: '金额', en: 'amounts' }],
  ] as const) {
    const mine = warnings.filter((w) => w.error.code === code);
    out.push(...mine.slice(0, perKind).map((w) => w.error));
    if (mine.length > perKind) out.push(new MethodError('TAB_MORE', { sheet, count: mine.length - perKind, what: what.zh, whatEn: what.en }));
  }
  return out;
}
