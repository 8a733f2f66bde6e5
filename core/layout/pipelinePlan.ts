/**
 * What a set-up writes from the pipeline onto the brief and the grading tab (issue 14): the brief's
 * rows for the key opportunities not yet on it and its lookup columns; the grading tab's pipeline
 * columns. Both read the milestone tab down to a bound kept on their marker row (pipelineRows.ts),
 * and their formula columns are written again over their rows when it moves.
 */
import { BL, BRIEF_COLUMNS, briefLookups, briefNextRow, briefValues, isKeyOpportunity, type Intensity } from './briefTab';
import type { LayoutContext } from './columns';
import { GP, pipelineFormulas } from './gradingTab';
import { IN, intensityFormulas } from './intensityTab';
import { planKeyedTab, type FormulaColumn } from './keyedTab';
import { BLANK_ROWS } from './otherTabs';
import { readDeals, type AddedResults, type Deal } from './pipelineRows';
import type { PlanBuilder } from './planBuilder';
import { BRIEF_FORMULAS } from './roleColumns';
import { rowKey } from './rowKeys';
import { rowValues } from './snapshotCell';
import { planBound } from './tabBounds';
import { FIRST_DATA_ROW, type OurTab } from './tabs';
import { visitDealKey } from '../buyingSignalRules';
import type { PlanCell, WorkbookSnapshot } from './types';

export interface PipelineView {
  readonly deals: readonly Deal[];
  /** The intensity tab's first row of each deal (visitDealKey): its sales intensity and weakest factor. */
  readonly intensity: ReadonlyMap<string, Intensity>;
  /** Rows the milestone tab has once the set-up is applied. */
  readonly rows: number;
}

/**
 * The pipeline as the tabs will hold it once the set-up is applied: the rows they have, then the
 * rows it adds (leading cells and status). `known`: the milestone and intensity tabs' formula
 * values on the rows the set-up adds, by column, as its plan computed them (not computed a second time).
 */
export function pipelineView(
  ctx: LayoutContext,
  milestones: OurTab | undefined,
  addedDeals: readonly (readonly PlanCell[])[],
  intensity: OurTab | undefined,
  addedIntensity: readonly (readonly PlanCell[])[],
  known: { readonly milestones?: AddedResults; readonly intensity?: AddedResults } = {},
): PipelineView {
  const deals = readDeals(milestones, addedDeals, ctx.lang, known.milestones);
  const formulas = intensityFormulas(ctx);
  const total = formulas.find((f) => f.col === IN.total)!.value!;
  const weakest = formulas.find((f) => f.col === IN.weakest)!.value!;
  const byDeal = new Map<string, Intensity>();
  const add = (cells: readonly PlanCell[], known?: Intensity) => {
    const key = visitDealKey(cells[0], cells[1]);
    if (key === '\u241f' || byDeal.has(key)) return;
    byDeal.set(key, known ?? { total: total(cells), weakest: weakest(cells) });
  };
  // By index, not map: a row a host did not read (a cleared one, in a sparse grid) is a hole map would keep.
  const rows = intensity?.sheet.rows ?? [];
  for (let r = FIRST_DATA_ROW; r < rows.length; r++) add(rows[r] ? (rowValues(rows[r]!) as PlanCell[]) : []);
  const totals = known.intensity?.get(IN.total);
  const weakests = known.intensity?.get(IN.weakest);
  addedIntensity.forEach((cells, i) => {
    const known = totals?.[i] !== undefined && weakests?.[i] !== undefined ? { total: totals[i], weakest: weakests[i] } : undefined;
    add(cells, known);
  });
  const sheet = milestones?.sheet;
  const had = Math.max(sheet?.rows.length ?? 0, sheet?.usedRows ?? 0, FIRST_DATA_ROW) - FIRST_DATA_ROW;
  return { deals, intensity: byDeal, rows: had + addedDeals.length };
}

/** The bound of one tab: its formula columns to write again when it moves, and the cell that keeps it. */
function boundFor(plan: PlanBuilder, kind: 'brief' | 'grading', tab: OurTab | undefined, view: PipelineView, cols: readonly number[]): { bottom: number; rewrite: number[] } {
  const { bottom, moved } = planBound(plan, kind, tab, view.rows);
  return { bottom, rewrite: moved ? [...cols] : [] };
}

/**
 * 关键机会简报: one row per key opportunity (briefTab.isKeyOpportunity) not yet on the tab, in the
 * milestone tab's order, below the last typed row; rows reps typed, and the cells of every row,
 * stay as they are. A tab an earlier version made (50 blank rows) gains the lookup columns over
 * all its rows.
 */
export function planBrief(plan: PlanBuilder, snapshot: WorkbookSnapshot, tab: OurTab | undefined, view: PipelineView): Deal[] {
  const { bottom, rewrite } = boundFor(plan, 'brief', tab, view, [BL.milestone, BL.intensity, BL.weakest, BL.next]);
  const formulas: FormulaColumn[] = [...BRIEF_FORMULAS, ...briefLookups(plan.ctx, bottom, view.deals, view.intensity)];
  return planKeyedTab(plan, snapshot, tab, {
    kind: 'brief',
    columns: BRIEF_COLUMNS,
    keyCols: [0, 1],
    sources: view.deals.filter(isKeyOpportunity).map((d) => ({ key: rowKey([d.opportunity, d.customer]), source: d })),
    build: briefValues,
    formulas,
    ...(rewrite.length ? { rewrite } : {}),
    nextRow: briefNextRow,
    tableName: 'PCSS_Brief',
    freezeCols: 1,
    blankRows: BLANK_ROWS,
  });
}

/** 客户分级's pipeline columns (gradingTab.pipelineFormulas), with core's values, and those to write again when the bound moved. */
export function gradingPipeline(plan: PlanBuilder, tab: OurTab | undefined, view: PipelineView): { formulas: FormulaColumn[]; rewrite: number[] } {
  const { bottom, rewrite } = boundFor(plan, 'grading', tab, view, [GP.count, GP.amount, GP.weighted]);
  return { formulas: pipelineFormulas(plan.ctx, bottom, view.deals), rewrite };
}
