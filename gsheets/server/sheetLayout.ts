/** How a planned sheet looks in Sheets: hidden rows and columns, frozen panes, column widths, bold and wrapped headers, notes. */
import type { CellNote, CellRange, SheetLayoutPlan } from '../../core/layout';
import { CELL_MS, type TimeBudget } from './budget';
import { cellsOf } from './cellBands';
import { a1List, rangeOf } from './rules';
import type { Range, Sheet } from './sheetsApi';
import { widthPaints } from './columnWidths';

/** Consecutive items with the same key, as [start, count, key]. */
function runs<T>(items: readonly T[]): [number, number, T][] {
  const out: [number, number, T][] = [];
  items.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && last[2] === v && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1, v]);
  });
  return out;
}

/** Hidden rows and columns, frozen panes, column widths and bold headers of one sheet. */
export function applyLayout(sheet: Sheet, layout: SheetLayoutPlan, boldDone: boolean, budget: TimeBudget): void {
  for (const [start, count] of runs(layout.hiddenRows.map((r, i) => r - i))) sheet.hideRows(layout.hiddenRows[start] + 1, count);
  const hiddenColumns = layout.hiddenColumns ?? [];
  for (const [start, count] of runs(hiddenColumns.map((c, i) => c - i))) sheet.hideColumns(hiddenColumns[start] + 1, count);
  if (layout.freezeRows > 0) sheet.setFrozenRows(layout.freezeRows);
  if (layout.freezeCols > 0) sheet.setFrozenColumns(layout.freezeCols);
  for (const [start, count, px] of widthPaints(layout.widths, hiddenColumns)) sheet.setColumnWidths(start + 1, count, px);
  const headers = layout.headerRanges;
  if (headers.length > 0 && !boldDone) budget.call(headers.reduce((n, r) => n + cellsOf(r), 0) * CELL_MS.format, () => sheet.getRangeList(a1List(headers)).setFontWeight('bold'));
  const wrap = layout.wrapHeaders;
  const notes = layout.notes ?? [];
  // Sheets' own bottom alignment is kept: a call fewer (issue 15), and a line that does not fit cannot happen (the row is tall enough).
  const wrapped = wrap ? rangeOf(sheet, wrap.range) : undefined;
  if (wrap && wrapped && budget.call(cellsOf(wrap.range) * CELL_MS.format, () => wrapped.setWrap(true))) {
    sheet.setRowHeights(wrap.range.top + 1, wrap.range.bottom - wrap.range.top + 1, Math.ceil((wrap.height * 4) / 3)); // points → pixels
  }
  applyNotes(sheet, notes, wrap && wrapped ? { range: wrap.range, handle: wrapped } : undefined);
}

/** Each row's notes as one box, from its first note to its last, with the line setNotes takes (blank between). */
export function noteBoxes(notes: readonly CellNote[]): { box: CellRange; line: (string | null)[] }[] {
  return [...new Set(notes.map((n) => n.row))].map((row) => {
    const on = notes.filter((n) => n.row === row);
    const box = { top: row, bottom: row, left: Math.min(...on.map((n) => n.col)), right: Math.max(...on.map((n) => n.col)) };
    const line: (string | null)[] = new Array<string | null>(box.right - box.left + 1).fill(null);
    for (const n of on) line[n.col - box.left] = n.text;
    return { box, line };
  });
}

/** Notes as one setNotes over the row they are on (the header row); on the wrapped headers' range when they cover it (a getRange fewer). */
function applyNotes(sheet: Sheet, notes: readonly CellNote[], wrapped?: { range: CellRange; handle: Range }): void {
  for (const { box, line } of noteBoxes(notes)) {
    const same = wrapped && (['top', 'bottom', 'left', 'right'] as const).every((k) => wrapped.range[k] === box[k]);
    (same ? wrapped.handle : rangeOf(sheet, box)).setNotes([line]);
  }
}
