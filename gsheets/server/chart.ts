import type { ChartPlan } from '../../core/layout';
import { rangeOf } from './rules';
import type { Sheet } from './sheetsApi';

/** The funnel bars' colour: Google's blue, as the sidebar's accent. */
export const FUNNEL_BAR_COLOR = '#1a73e8';

/**
 * The funnel as Sheets can draw it: Sheets has no funnel chart type, so a horizontal stacked bar
 * whose first series (the spacer, half the gap to the widest bar) has no colour centres the
 * visible bars into a funnel's shape. Categories are the domain; spacer then values the series.
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
    .setOption('series', {
      0: { color: 'transparent', visibleInLegend: false, enableInteractivity: false },
      1: { color: FUNNEL_BAR_COLOR, labelInLegend: plan.valuesName, dataLabel: 'value' },
    })
    .setOption('legend', { position: 'none' })
    .setPosition(plan.anchor.top + 1, plan.anchor.left + 1, 0, 0)
    .build();
  sheet.insertChart(chart);
}
