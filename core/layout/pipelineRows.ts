/**
 * The milestone tab's deals as the brief and the grading tab read them (issue 14): each row's key,
 * customer, whether it is open (in the forecast), its level, amount and weighted amount, by the
 * tab's own rules (tabRules.ts, the same as its formulas); and how far their formulas read the
 * milestone and intensity tabs (a bound kept on their marker row, as the log tabs' bound is).
 */
import { milestoneLevel, nextStep } from '../checklist';
import { isBlank } from '../cells/cellValue';
import { tabAmount } from '../cells/amount';
import { visitDealKey } from '../buyingSignalRules';
import { PROBABILITY_BY_LEVEL } from '../methodology/milestones';
import type { Lang } from '../methodology/bilingual';
import { onSheet, rangeRef } from './a1';
import type { LayoutContext } from './columns';
import { isOpenStatus } from './dealStatus';
import { MS, idLabel, milestoneLabel } from './milestonesTab';
import { cellValue, rowValues } from './snapshotCell';
import { isCountedRow, readTabTicks } from './tabRules';
import { FIRST_DATA_ROW, type OurTab } from './tabs';
import type { CellValue } from '../cells/cellValue';
import type { PlanCell } from './types';
import { CHECKLIST_LENGTH } from '../methodology/checklist';

export interface Deal {
  /** The deal as the formulas match it: TRIM, case ignored (visitDealKey). */
  readonly key: string;
  readonly opportunity: unknown;
  readonly customer: unknown;
  readonly rep: unknown;
  /** In the forecast: counted and open (the tab's 计入预测 = 1). */
  readonly open: boolean;
  readonly level: number;
  readonly label: string;
  /** The next checklist step as the tab shows it; undefined where the ticks were not read. */
  readonly next: string | undefined;
  /** Amount as the tab counts it (a number of 0 or more, else 0) and × the level's probability, for open deals. */
  readonly amount: number;
  readonly weighted: number;
}

/**
 * A row's deal: the level from its ticks, or, where no tick cell was read (Excel reads the level
 * column the host calculated, not the 22 boxes), from its level cell. Null for a row not counted.
 */
export function dealOf(cells: readonly unknown[], lang: Lang): Deal | null {
  if (!isCountedRow(cells)) return null;
  let read = false;
  // Up to the row's end: a new row's cells stop before its checklist.
  const end = Math.min(MS.checklist + CHECKLIST_LENGTH, cells.length);
  for (let i = MS.checklist; i < end && !read; i++) read = !isBlank(cells[i]);
  const verified = readTabTicks(cells).verified;
  const cell = cells[MS.level];
  const fromCell = !read && typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 && cell <= 6;
  const level = fromCell ? cell : milestoneLevel(verified);
  const step = fromCell ? undefined : nextStep(verified);
  const shown = cells[MS.nextStep];
  return rowDeal(cells, isOpenStatus(cells[MS.status]), level, milestoneLabel(level, lang), fromCell ? (typeof shown === 'string' ? shown : undefined) : step ? idLabel(step, lang) : '');
}

/** A row's deal once its level, milestone and next step are known: the amount counts while it is open. */
function rowDeal(cells: readonly unknown[], open: boolean, level: number, label: string, next: string | undefined): Deal {
  const amount = open ? tabAmount(cells[MS.amount]) ?? 0 : 0;
  return {
    key: visitDealKey(cells[MS.opportunity], cells[MS.customer]),
    opportunity: cells[MS.opportunity],
    customer: cells[MS.customer],
    rep: cells[MS.rep],
    open,
    level,
    label,
    next,
    amount,
    weighted: amount * PROBABILITY_BY_LEVEL[level],
  };
}

/** The milestone tab's formula values on the rows a set-up adds, by column, as its plan computed them. */
export type AddedResults = ReadonlyMap<number, readonly (CellValue | undefined)[]>;

/** The columns of AddedResults that addedDeal reads. */
interface AddedColumns {
  readonly level: readonly (CellValue | undefined)[] | undefined;
  readonly milestone: readonly (CellValue | undefined)[] | undefined;
  readonly nextStep: readonly (CellValue | undefined)[] | undefined;
  readonly inForecast: readonly (CellValue | undefined)[] | undefined;
}

/**
 * The deal of row `i` the set-up adds, from what its plan computed for the row's formula columns
 * (level, milestone, next step, in forecast: milestoneRows.ts, by the same rules dealOf reads),
 * not worked out a second time; undefined where they are not all known, or where the row has
 * checklist or level cells of its own (dealOf reads those).
 */
function addedDeal(cells: readonly unknown[], i: number, results: AddedColumns): Deal | null | undefined {
  const level = results.level?.[i];
  const label = results.milestone?.[i];
  const next = results.nextStep?.[i];
  const inForecast = results.inForecast?.[i];
  if (cells[MS.level] !== undefined) return undefined;
  const end = Math.min(MS.checklist + CHECKLIST_LENGTH, cells.length);
  for (let c = MS.checklist; c < end; c++) if (cells[c] !== undefined) return undefined;
  // A row neither counts (no opportunity, no customer): blank in every formula column.
  if (level === '' && label === '' && next === '' && inForecast === '') return null;
  if (typeof level !== 'number' || typeof label !== 'string' || typeof next !== 'string' || (inForecast !== 0 && inForecast !== 1)) return undefined;
  return rowDeal(cells, inForecast === 1, level, label, next);
}

/**
 * The deals of the milestone tab as read, then those of the rows the set-up adds (`added`: their
 * leading cells and status; `results`: their formula values, addedDeal), in tab order.
 */
export function readDeals(tab: OurTab | undefined, added: readonly (readonly PlanCell[])[], lang: Lang, results?: AddedResults): Deal[] {
  const out: Deal[] = [];
  const rows = tab?.sheet.rows ?? [];
  for (let r = FIRST_DATA_ROW; r < rows.length; r++) {
    const d = rows[r] ? dealOf(rowValues(rows[r]!), lang) : null;
    if (d) out.push(d);
  }
  // The four columns addedDeal reads, found once (not four lookups a row).
  const columns: AddedColumns | undefined = results && { level: results.get(MS.level), milestone: results.get(MS.milestone), nextStep: results.get(MS.nextStep), inForecast: results.get(MS.inForecast) };
  // By index: a for-of allocates an iteration result per row until the loop is optimised.
  for (let i = 0; i < added.length; i++) {
    const known = columns ? addedDeal(added[i], i, columns) : undefined;
    const d = known === undefined ? dealOf(added[i], lang) : known;
    if (d) out.push(d);
  }
  return out;
}

/** The marker-row cell of the brief and the grading tab holding how far their formulas read the milestone tab. */
export const PIPELINE_BOUND_CELL = { row: 0, col: 2 } as const;
export const PIPELINE_MIN_ROWS = 1000;

/**
 * The last row the formulas read: the bound written on `tab` (without one, the implied
 * PIPELINE_MIN_ROWS rows, so a first set-up of a team's size writes no cell for it), kept while the
 * milestone tab's `used` rows stay a quarter of it away, else twice the rows in use, as the funnel
 * reads "as far as it is in use and as many again". `at` and `min`: another bound of the tab's
 * (the coaching tab's over the activity tab, tabBounds.ts).
 */
export function pipelineBound(tab: OurTab | undefined, used: number, at: { row: number; col: number } = PIPELINE_BOUND_CELL, min = PIPELINE_MIN_ROWS): { written: number; needed: number } {
  const cell = tab ? cellValue(tab.sheet.rows[at.row]?.[at.col] ?? null) : undefined;
  const written = typeof cell === 'number' && Number.isInteger(cell) ? cell : FIRST_DATA_ROW + min - 1;
  const fresh = FIRST_DATA_ROW + Math.max(min, 2 * used) - 1;
  return { written, needed: used * 4 <= 3 * (written - FIRST_DATA_ROW + 1) ? written : fresh };
}

/** A column of one of our tabs from the first data row down to `bottom`, absolute. */
export function boundColumn(ctx: LayoutContext, kind: 'milestones' | 'intensity', col: number, bottom: number): string {
  return onSheet(ctx.tabs[kind], rangeRef({ top: FIRST_DATA_ROW, bottom, left: col, right: col }, true));
}

/** The same value, as "=" compares it: TRIM, case ignored. */
export function sameKey(range: string, cell: string): string {
  return `(TRIM(${range})=TRIM(${cell}))`;
}
