import type { CellRange, ChartPlan, ColumnsChartPlan, FunnelChartPlan } from '../../core/layout';
import { rangeOf } from './rules';
import { services, type EmbeddedChart, type Sheet } from './sheetsApi';

/** The funnel bars' colour: Google's blue, as the sidebar's accent. */
export const FUNNEL_BAR_COLOR = '#1a73e8';
/** The chart's background, set explicitly so the spacer can wear the same colour. */
export const CHART_BACKGROUND = '#ffffff';

/**
 * The funnel as Sheets can draw it: Sheets has no funnel chart type, so a horizontal stacked bar
 * whose first series (the spacer, half the gap to the widest bar) cannot be seen centres the
 * visible bars into a funnel's shape. Categories are the domain; spacer then values the series.
 *
 * "Cannot be seen" is the chart's own background colour, not "transparent": Sheets charts take
 * opaque RGB colours, and "the alpha value in the Color object isn't generally supported"
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ColorStyle),
 * so a transparent spacer may well be drawn in a default colour, and the funnel as an ordinary
 * stacked bar (issue 17). The value axis and its gridlines are hidden too: they would show as
 * breaks across the spacer, and a funnel's widths carry no scale anyway (the values are labels).
 */
export function insertFunnelChart(sheet: Sheet, plan: FunnelChartPlan): void {
  const chart = sheet
    .newChart()
    .asBarChart()
    .setStacked()
    .setTitle(plan.title)
    .addRange(rangeOf(sheet, plan.categories))
    .addRange(rangeOf(sheet, plan.spacer))
    .addRange(rangeOf(sheet, plan.values))
    .setOption('backgroundColor', CHART_BACKGROUND)
    .setOption('series', {
      0: { color: CHART_BACKGROUND, visibleInLegend: false, enableInteractivity: false },
      1: { color: FUNNEL_BAR_COLOR, labelInLegend: plan.valuesName, dataLabel: 'value' },
    })
    .setOption('hAxis', { textPosition: 'none', gridlines: { color: CHART_BACKGROUND, count: 0 }, baselineColor: CHART_BACKGROUND })
    .setOption('legend', { position: 'none' })
    // The spacer column is hidden; Sheets skips hidden columns unless told.
    .setHiddenDimensionStrategy(services().Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
    .setPosition(plan.anchor.top + 1, plan.anchor.left + 1, 0, 0)
    .build();
  sheet.insertChart(chart);
}

/** A columns chart's source: its block, the series' names in the row above the categories. */
function columnsBlock(plan: ColumnsChartPlan): CellRange {
  return { top: plan.categories.top - 1, bottom: plan.categories.bottom, left: plan.categories.left, right: plan.series[plan.series.length - 1].values.right };
}

const columnsSource = (sheet: Sheet, plan: ColumnsChartPlan) => rangeOf(sheet, columnsBlock(plan));

/** The ranges charts inserted from these plans are drawn from. */
export function chartRanges(plans: readonly ChartPlan[]): CellRange[] {
  return plans.flatMap((p) => (p.kind === 'funnel' ? [p.categories, p.spacer, p.values] : [columnsBlock(p)]));
}

/** Clustered columns from their block (hidden columns: plotted anyway), the first row the series' names. */
export function insertColumnsChart(sheet: Sheet, plan: ColumnsChartPlan): void {
  const chart = sheet
    .newChart()
    .asColumnChart()
    .setTitle(plan.title)
    .addRange(columnsSource(sheet, plan))
    .setNumHeaders(1)
    .setHiddenDimensionStrategy(services().Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
    .setOption('legend', { position: 'bottom' })
    .setPosition(plan.anchor.top + 1, plan.anchor.left + 1, 0, 0)
    .build();
  sheet.insertChart(chart);
}

/** The first column a chart's first range starts at (1-based): two reads, asked only to tell our two charts apart. */
function firstColumn(chart: EmbeddedChart): number {
  const ranges = chart.getRanges();
  return ranges.length > 0 ? ranges[0].getColumn() : 0;
}

/**
 * The plan's charts on a sheet, given the charts `there` (read before the run writes anything:
 * each get… is a read that flushes pending writes, issue 15; none on a sheet the run adds). A
 * sheet with no chart gets every planned one. The funnel,
 * once there, is kept: it plots the same cells. The accuracy chart is added beside a lone funnel
 * chart; with two there, it is found by the column its source starts at (no two of ours share
 * one) and given the rows of its block in use now, as more periods end.
 */
export function placeCharts(sheet: Sheet, plans: readonly ChartPlan[], there: readonly EmbeddedChart[]): void {
  for (const plan of plans) {
    if (plan.kind === 'funnel') {
      if (there.length === 0) insertFunnelChart(sheet, plan);
      continue;
    }
    const ours = there.length >= 2 ? there.find((c) => firstColumn(c) === plan.categories.left + 1) : undefined;
    if (ours) sheet.updateChart(ours.modify().clearRanges().addRange(columnsSource(sheet, plan)).build());
    else insertColumnsChart(sheet, plan);
  }
}
