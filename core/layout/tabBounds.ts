/**
 * How far the formulas of the brief, the grading, the coaching and the control tab read the tabs
 * below them (issue 14): a bound kept on the marker row of the brief, the grading and the coaching
 * tab (pipelineRows.pipelineBound; the control tab follows the brief's), that a set-up moves when
 * the rows read pass three quarters of it, writing again the formulas that read it; while it
 * holds, nothing is written for it.
 */
import type { PlanBuilder } from './planBuilder';
import { PIPELINE_BOUND_CELL, PIPELINE_MIN_ROWS, pipelineBound } from './pipelineRows';
import { FIRST_DATA_ROW, type OurTab, type TabKind } from './tabs';

export interface TabBound {
  /** The last row the formulas read (0-based), as they are to be written. */
  readonly bottom: number;
  /** The tab exists and its formulas read another row: those reading it are to be written again. */
  readonly moved: boolean;
}

/** `kind`'s bound for `used` rows, its cell written on the tab's marker row when it changes. */
export function planBound(plan: PlanBuilder, kind: TabKind, tab: OurTab | undefined, used: number, at: { row: number; col: number } = PIPELINE_BOUND_CELL, min = PIPELINE_MIN_ROWS): TabBound {
  const { written, needed } = pipelineBound(tab, used, at, min);
  if (written === needed) return { bottom: needed, moved: false };
  plan.writes.push({ sheet: plan.ctx.tabs[kind], row: at.row, col: at.col, values: [[needed]] });
  return { bottom: needed, moved: !!tab };
}

/**
 * A bound as this set-up leaves it, where another tab's formulas follow it (the control tab's, the
 * brief's): moved whenever it is written, a new tab's included.
 */
export function followedBound(tab: OurTab | undefined, used: number): TabBound {
  const { written, needed } = pipelineBound(tab, used);
  return { bottom: needed, moved: written !== needed };
}

/** The data rows a tab of ours will have once the plan is applied: as read (its extent where read in part, its tables), or as far as the plan's table for it reaches. */
export function rowsAfter(plan: PlanBuilder, kind: TabKind, tab: OurTab | undefined): number {
  const sheet = tab?.sheet;
  const had = sheet ? Math.max(sheet.rows.length, sheet.usedRows ?? 0, ...sheet.tables.map((t) => t.bottom + 1)) : 0;
  const planned = plan.tables.filter((t) => t.sheet === plan.ctx.tabs[kind]).map((t) => t.range.bottom + 1);
  return Math.max(FIRST_DATA_ROW, had, ...planned) - FIRST_DATA_ROW;
}
