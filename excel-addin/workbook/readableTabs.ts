/// <reference types="office-js" />
import type { ColorScalePlan, ColorScalePoint } from '../../core/layout';

/**
 * Issue 14's readable tabs in Excel's terms: a colour scale's criteria (ConditionalColorScaleCriteria,
 * ExcelApi 1.6), and wrapped header cells in a row of the plan's height (RangeFormat, 1.1–1.2).
 */
const TYPES: Record<ColorScalePoint['at'], Excel.ConditionalFormatColorCriterionType> = {
  lowest: 'LowestValue' as Excel.ConditionalFormatColorCriterionType,
  highest: 'HighestValue' as Excel.ConditionalFormatColorCriterionType,
  number: 'Number' as Excel.ConditionalFormatColorCriterionType,
  percentile: 'Percentile' as Excel.ConditionalFormatColorCriterionType,
};

function criterion(p: ColorScalePoint): Excel.ConditionalColorScaleCriterion {
  return { type: TYPES[p.at], formula: p.value === undefined ? (null as unknown as string) : String(p.value), color: `#${p.color}` };
}

export function colorScaleCriteria(cs: ColorScalePlan): Excel.ConditionalColorScaleCriteria {
  return { minimum: criterion(cs.low), midpoint: criterion(cs.mid), maximum: criterion(cs.high) };
}

/** Header text wrapped from the top of its cell, the row made `height` points tall. */
export function wrapHeaders(range: Excel.Range, height: number): void {
  range.format.wrapText = true;
  range.format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
  range.format.rowHeight = height;
}
