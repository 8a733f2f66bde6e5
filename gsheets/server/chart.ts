import type { ChartPlan } from '../../core/layout';
import { rangeOf } from './rules';
import type { Sheet } from './sheetsApi';

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
export function insertFunnelChart(sheet: Sheet, plan: ChartPlan): void {
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
    .setPosition(plan.anchor.top + 1, plan.anchor.left + 1, 0, 0)
    .build();
  sheet.insertChart(chart);
}
