/**
 * The forecast accuracy chart (issue 13): per ended period, the team's forecast at its start
 * beside the amount won in it, as clustered columns next to the accuracy table. The table
 * interleaves each period's team and rep rows, so the chart plots a block of its own: hidden
 * columns of the funnel tab whose formulas point at the table's team rows, oldest period first
 * (a chart reads left to right in time). Every host plots hidden cells for our charts.
 */
import { cellRef } from './a1';
import { FORMATS } from './columns';
import type { Bilingual } from '../methodology/bilingual';
import type { PlanBuilder } from './planBuilder';
import { cellValue } from './snapshotCell';
import type { PlanCell, SheetSnapshot } from './types';
import { isSheetBlank } from '../cells/cellValue';

/** Where the block and the chart sit on the funnel tab (0-based); the rows are the accuracy table's. */
export const ACCURACY_CHART = {
  /** The block's columns: AT (the period), AU (forecast at start), AV (won). */
  sourceCol: 45,
  /** The most ended team rows the table shows (ACCURACY_TABLE: four quarters and three months). */
  rows: 7,
  /** Beside the funnel chart (J–R, rows 2–23): the two charts side by side at the top of the tab, the tables below. */
  anchorLeft: 18,
  anchorWidth: 8,
  anchorTop: 1,
  anchorBottom: 22,
  name: 'PCSS_Accuracy',
} as const;

/** Whether the funnel tab holds anything in the block's cells (an earlier run wrote it). */
function hasBlock(tab: SheetSnapshot | undefined, headerRow: number): boolean {
  if (!tab) return false;
  for (let r = headerRow; r <= headerRow + ACCURACY_CHART.rows; r++) {
    for (let c = ACCURACY_CHART.sourceCol; c < ACCURACY_CHART.sourceCol + 3; c++) if (!isSheetBlank(cellValue(tab.rows[r]?.[c] ?? null))) return true;
  }
  return false;
}

const L = {
  title: { zh: '预测准确度:期初预测与赢单(团队)', en: 'Forecast accuracy: forecast at start and won (team)' },
  forecast: { zh: '期初预测', en: 'Forecast at start' },
  won: { zh: '赢单金额', en: 'Won' },
} satisfies Record<string, Bilingual>;

/** A team row of the accuracy table, as planAccuracyTable wrote it. */
export interface TeamAccuracyRow {
  /** The row on the funnel tab (0-based). */
  readonly row: number;
  /** The period's first day, to order the block by time. */
  readonly start: Date;
  readonly label: string;
  readonly forecast: number;
  readonly won: number;
}

/**
 * The block (always ACCURACY_CHART.rows rows under its header, so a shorter list clears what a
 * longer one left) and, once a period has ended, the chart over the rows in use. `cols` are the
 * accuracy table's period, forecast and won columns. Until a period has ended, and while the tab
 * holds no block, nothing is written: each write costs Sheets calls on every funnel run.
 */
export function planAccuracyChart(plan: PlanBuilder, headerRow: number, firstRow: number, teamRows: readonly TeamAccuracyRow[], cols: { period: number; forecast: number; won: number }, funnelTab?: SheetSnapshot): void {
  const { lang, tabs } = plan.ctx;
  const sheet = tabs.funnel;
  const C = ACCURACY_CHART.sourceCol;
  const shown = [...teamRows].sort((a, b) => a.start.getTime() - b.start.getTime()).slice(-ACCURACY_CHART.rows);
  if (shown.length === 0 && !hasBlock(funnelTab, headerRow)) return;
  const values: PlanCell[][] = [[null, L.forecast[lang], L.won[lang]]];
  for (const t of shown) {
    values.push([
      { formula: cellRef(t.row, cols.period), result: t.label },
      { formula: cellRef(t.row, cols.forecast), result: t.forecast },
      { formula: cellRef(t.row, cols.won), result: t.won },
    ]);
  }
  while (values.length <= ACCURACY_CHART.rows) values.push([null, null, null]);
  plan.writes.push({ sheet, row: headerRow, col: C, values });
  plan.numberFormats.push({ sheet, range: { top: firstRow, bottom: firstRow + ACCURACY_CHART.rows - 1, left: C + 1, right: C + 2 }, format: FORMATS.amount });
  if (shown.length === 0) return;
  const bottom = firstRow + shown.length - 1;
  const column = (col: number) => ({ top: firstRow, bottom, left: col, right: col });
  plan.charts.push({
    kind: 'columns',
    sheet,
    name: ACCURACY_CHART.name,
    title: L.title[lang],
    categories: column(C),
    series: [
      { name: L.forecast[lang], values: column(C + 1) },
      { name: L.won[lang], values: column(C + 2) },
    ],
    anchor: { top: ACCURACY_CHART.anchorTop, left: ACCURACY_CHART.anchorLeft, bottom: ACCURACY_CHART.anchorBottom, right: ACCURACY_CHART.anchorLeft + ACCURACY_CHART.anchorWidth },
    cache: { categories: shown.map((t) => t.label), series: [shown.map((t) => t.forecast), shown.map((t) => t.won)] },
  });
}
