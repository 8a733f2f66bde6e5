import type { CellRange, NumberFormatPlan } from '../../core/layout';
import { CELL_MS, type TimeBudget } from './budget';
import { cellsOf } from './cellBands';
import { a1List, rangeOf } from './rules';
import type { Sheet } from './sheetsApi';

/**
 * A sheet's number formats in the fewer calls of two ways: a RangeList per distinct format
 * (getRangeList and setNumberFormat), or one setNumberFormats per rectangle of adjacent formatted
 * columns over the same rows (every cell of such a rectangle is planned, so no other cell's
 * format is set), one call each where its range was fetched ahead (`fetched`, a new sheet:
 * newSheetRanges.ts), two otherwise.
 */
export function applyNumberFormats(sheet: Sheet, formats: readonly NumberFormatPlan[], budget: TimeBudget, fetched = false): boolean {
  const rects = formatRects(formats, fetched);
  if (rects) return rects.every((rect) => budget.call(cellsOf(rect.range) * CELL_MS.format, () => rangeOf(sheet, rect.range).setNumberFormats(rect.grid)));
  return [...new Set(formats.map((f) => f.format))].every((format) => {
    const ranges = formats.filter((f) => f.format === format).map((f) => f.range);
    return budget.call(ranges.reduce((n, r) => n + cellsOf(r), 0) * CELL_MS.format, () => sheet.getRangeList(a1List(ranges)).setNumberFormat(format));
  });
}

/** The rectangles of adjacent formatted columns, when they are the fewer calls (else null: a RangeList per format). */
export function formatRects(formats: readonly NumberFormatPlan[], fetched: boolean): { range: CellRange; grid: string[][] }[] | null {
  const byFormat = new Set(formats.map((f) => f.format));
  const rects: { range: CellRange; grid: string[][] }[] = [];
  const sorted = [...formats].sort((a, b) => a.range.top - b.range.top || a.range.bottom - b.range.bottom || a.range.left - b.range.left);
  const overlap = formats.some((a, i) => formats.some((b, j) => j > i && a.range.left <= b.range.right && b.range.left <= a.range.right && a.range.top <= b.range.bottom && b.range.top <= a.range.bottom));
  for (const f of sorted) {
    const { top, bottom, left, right } = f.range;
    const last = rects[rects.length - 1];
    const columns = new Array<string>(right - left + 1).fill(f.format);
    if (last && last.range.top === top && last.range.bottom === bottom && last.range.right + 1 === left) {
      last.range = { ...last.range, right };
      last.grid.forEach((row) => row.push(...columns));
    } else {
      const grid: string[][] = [];
      for (let r = top; r <= bottom; r++) grid.push([...columns]);
      rects.push({ range: { top, bottom, left, right }, grid });
    }
  }
  return !overlap && rects.length < byFormat.size * (fetched ? 2 : 1) ? rects : null;
}
