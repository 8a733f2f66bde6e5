/// <reference types="office-js" />
import { cellRef, columnLetter, type CellRange, type ChartPlan, type ColumnsChartPlan, type FunnelChartPlan } from '../../core/layout';
import { jsonBytes } from './bytes';
import type { ChartInfo } from './reader';

/** Our charts in Excel: the funnel (a native Funnel chart) and the accuracy chart (clustered columns). */
/** Our funnel chart's name: a second run finds it and leaves it (it plots the same cells). */
export const FUNNEL_CHART_NAME = 'PCSS_Funnel';

/**
 * The funnel chart's source: two hidden columns of the funnel tab (AX:AY, far right of what core
 * lays out), each row the milestone's label and its count by formula (=A7, =G7). The funnel tab
 * keeps labels and counts apart, and a chart takes its category labels from a source range whose
 * first column is text (as Insert Chart does); a Funnel chart is then made by charts.add alone,
 * with no series call it might refuse (setXAxisValues on a Funnel chart is documented nowhere).
 */
export const CHART_SOURCE_COL = 49;

/** What queueing a chart needs of the applier. */
export interface ChartQueue {
  /** Charts already on a sheet, from the read. */
  there(sheet: string): readonly ChartInfo[];
  step(sheet: string, bytes: number, queue: () => void): void;
  sheet(name: string): Excel.Worksheet;
  range(sheet: string, r: CellRange): Excel.Range;
}

/** The plan's charts: added when missing, found again by name (and kept, or given their rows) when there. */
export function queueCharts(charts: readonly ChartPlan[], on: ChartQueue): void {
  for (const chart of charts) {
    const there = on.there(chart.sheet);
    if (chart.kind === 'columns') {
      // Its source block is the categories column and the series' columns, with their names in the row above.
      const block = { top: chart.categories.top - 1, bottom: chart.categories.bottom, left: chart.categories.left, right: chart.series[chart.series.length - 1].values.right };
      // Found by name and given the block's rows in use now (more periods end), else added.
      if (there.some((x) => x.name === chart.name)) on.step(chart.sheet, 200, () => on.sheet(chart.sheet).charts.getItem(chart.name).setData(on.range(chart.sheet, block), 'Columns'));
      else on.step(chart.sheet, jsonBytes(chart), () => addColumnsChart(on.sheet(chart.sheet), chart, on.range(chart.sheet, block)));
      continue;
    }
    const { categories: c, values: v } = chart;
    if (c.bottom - c.top !== v.bottom - v.top || c.left !== c.right || v.left !== v.right) throw new Error('internal: a chart plots one column of labels and one of values, row for row');
    const source = { top: c.top, bottom: c.bottom, left: CHART_SOURCE_COL, right: CHART_SOURCE_COL + 1 };
    const formulas = Array.from({ length: c.bottom - c.top + 1 }, (_, i) => [`=${cellRef(c.top + i, c.left)}`, `=${cellRef(v.top + i, v.left)}`]);
    // Written every run, so the source follows the tab's layout.
    on.step(chart.sheet, jsonBytes(formulas) + 100, () => {
      on.range(chart.sheet, source).formulas = formulas;
      on.sheet(chart.sheet).getRange(`${columnLetter(CHART_SOURCE_COL)}:${columnLetter(CHART_SOURCE_COL + 1)}`).columnHidden = true;
    });
    // Found by name whatever became of its series; an unnamed Funnel chart on our tab is the one an
    // earlier version's run stopped naming (its series call failed): named now, not added again.
    // Either way it plots hidden cells: its source columns are hidden, and a chart of an earlier
    // version (which left Excel's default) showed no bars.
    const named = there.find((x) => x.name === FUNNEL_CHART_NAME) ?? there.find((x) => x.type === 'Funnel');
    if (named) {
      on.step(chart.sheet, 100, () => {
        const found = on.sheet(chart.sheet).charts.getItem(named.name);
        found.plotVisibleOnly = false;
        // Renamed last: what follows a rename in the batch would look for the old name.
        if (named.name !== FUNNEL_CHART_NAME) found.name = FUNNEL_CHART_NAME;
      });
    } else on.step(chart.sheet, jsonBytes(chart), () => addChart(on.sheet(chart.sheet), chart, on.range(chart.sheet, source)));
  }
}

/** The funnel chart from its source (labels, counts), named before anything else is asked of it. */
function addChart(ws: Excel.Worksheet, plan: FunnelChartPlan, source: Excel.Range): void {
  const chart = ws.charts.add('Funnel', source, 'Columns');
  chart.name = FUNNEL_CHART_NAME;
  chart.title.text = plan.title;
  // Excel plots only visible cells by default; the source columns are hidden.
  chart.plotVisibleOnly = false;
  chart.setPosition(cellRef(plan.anchor.top, plan.anchor.left), cellRef(plan.anchor.bottom, plan.anchor.right));
}

/** Clustered columns from a block: its first column the categories, its first row the series' names (as Insert Chart reads them). */
function addColumnsChart(ws: Excel.Worksheet, plan: ColumnsChartPlan, source: Excel.Range): void {
  const chart = ws.charts.add('ColumnClustered', source, 'Columns');
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.plotVisibleOnly = false;
  chart.setPosition(cellRef(plan.anchor.top, plan.anchor.left), cellRef(plan.anchor.bottom, plan.anchor.right));
}
