import type { ChartPlan, ColumnsChartPlan, FunnelChartPlan } from '../../core/layout';
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
function columnsSource(sheet: Sheet, plan: ColumnsChartPlan) {
  const last = plan.series[plan.series.length - 1].values.right;
  return rangeOf(sheet, { top: plan.categories.top - 1, bottom: plan.categories.bottom, left: plan.categories.left, right: last });
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

/** The first column a chart's first range starts at (1-based); our charts are told apart by it. */
function firstColumn(chart: EmbeddedChart): number {
  const ranges = chart.getRanges();
  return ranges.length > 0 ? ranges[0].getColumn() : 0;
}

/**
 * The plan's charts on a sheet. A chart already there is kept (the funnel plots the same cells);
 * the columns chart is given the rows of its block in use now (more periods end). Charts are
 * found by the column their source starts at, which no two of ours share.
 */
export function placeCharts(sheet: Sheet, plans: readonly ChartPlan[], isNew: boolean): void {
  const there = isNew ? [] : sheet.getCharts();
  const starts = there.map(firstColumn);
  for (const plan of plans) {
    const at = starts.indexOf(plan.categories.left + 1);
    if (plan.kind === 'funnel') {
      if (at < 0) insertFunnelChart(sheet, plan);
    } else if (at < 0) insertColumnsChart(sheet, plan);
    else sheet.updateChart(there[at].modify().clearRanges().addRange(columnsSource(sheet, plan)).build());
  }
}
