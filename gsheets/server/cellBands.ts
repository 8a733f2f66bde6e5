/** Cells of one sheet written in bands of rows, each started only while the time budget allows it. */
import { FIRST_DATA_ROW, type CellRange } from '../../core/layout';
import { CELL_MS, cellUnits, valueKind, type TimeBudget } from './budget';
import type { GridWrite } from './cellGrid';
import { rangeOf } from './rules';
import type { Cell, DataValidation, Sheet } from './sheetsApi';

/** The smallest rectangle holding all of `ranges`. */
export function boxOf(ranges: readonly CellRange[]): CellRange {
  return ranges.slice(1).reduce<CellRange>((a, r) => ({ top: Math.min(a.top, r.top), left: Math.min(a.left, r.left), bottom: Math.max(a.bottom, r.bottom), right: Math.max(a.right, r.right) }), { ...ranges[0] });
}

/** A grid over `from` placed inside a grid over `to` (which holds it), `fill` elsewhere. */
function padTo<T>(grid: readonly (readonly T[])[], from: CellRange, to: CellRange, fill: T): T[][] {
  if (from.top === to.top && from.left === to.left && from.bottom === to.bottom && from.right === to.right) return grid as T[][];
  const out: T[][] = [];
  for (let r = to.top; r <= to.bottom; r++) {
    const inside = r >= from.top && r <= from.bottom ? grid[r - from.top] : null;
    const row = new Array<T>(to.right - to.left + 1);
    for (let c = to.left; c <= to.right; c++) row[c - to.left] = inside && c >= from.left && c <= from.right ? inside[c - from.left] : fill;
    out.push(row);
  }
  return out;
}

function boldGrid(headers: readonly CellRange[], box: CellRange): ('bold' | null)[][] {
  const out: ('bold' | null)[][] = [];
  for (let r = box.top; r <= box.bottom; r++) out.push(new Array<'bold' | null>(box.right - box.left + 1).fill(null));
  for (const h of headers) for (let r = h.top; r <= h.bottom; r++) for (let c = h.left; c <= h.right; c++) out[r - box.top][c - box.left] = 'bold';
  return out;
}

/** Cells of a range. */
export const cellsOf = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/**
 * A sheet the run added is empty, so its cells, dropdowns and bold headers go through one Range
 * over their common box: one setValues ("" in the gaps), one setDataValidations (null: no rule)
 * and one setFontWeights (null: Sheets' default, normal), instead of a Range or RangeList each.
 * A box too large for one band (budget.ts) goes as several bands of rows, top first, each the
 * same three calls over its rows.
 */
export function writeNewSheet(sheet: Sheet, w: GridWrite, validations: { range: CellRange; grid: (DataValidation | null)[][] } | null, headers: readonly CellRange[], budget: TimeBudget, headerOnly: boolean): void {
  const box = boxOf([w.range, ...(validations ? [validations.range] : []), ...headers]);
  const values = padTo<Cell>(w.values, w.range, box, '');
  const rules = validations ? padTo(validations.grid, validations.range, box, null) : null;
  const bold = headers.length > 0 ? boldGrid(headers, box) : null;
  const rowUnits = values.map((row, r) => cellUnits([row], valueKind) + (rules ? cellUnits([rules[r]], 'rule') : 0) + (bold ? row.length * CELL_MS.format : 0));
  writeBands(box, rowUnits, budget, true, headerOnly, (band, from, to) => {
    const range = rangeOf(sheet, band);
    range.setValues(values.slice(from, to));
    if (rules) range.setDataValidations(rules.slice(from, to));
    if (bold) range.setFontWeights(bold.slice(from, to));
  });
}

/**
 * The rows of `box` in bands, top first, each started only while the budget allows it
 * (`rowUnits`: each row's guessed milliseconds). The first band of a sheet this run added is
 * always written, so the tab carries its marker and headers and the next run knows it as ours;
 * when the budget does not allow it whole (or `headerOnly`: the time ran out before this sheet's
 * cells) it is cut to those header rows when the tab is larger (a tab of a row per opportunity,
 * which the next run completes by its rows' keys).
 */
function writeBands(box: CellRange, rowUnits: readonly number[], budget: TimeBudget, isNew: boolean, headerOnly: boolean, write: (band: CellRange, from: number, to: number) => void): void {
  const height = box.bottom - box.top + 1;
  const units = (from: number, to: number) => rowUnits.slice(from, to).reduce((a, b) => a + b, 0);
  for (let from = 0; from < height; ) {
    // Recomputed each time: the budget learns the pace from each band.
    let to = Math.min(height, from + budget.bandRows(rowUnits, from));
    let last = false;
    if (headerOnly || !budget.allows(units(from, to))) {
      if (from > 0 || !isNew) {
        budget.stopped = true;
        return;
      }
      // A new tab must carry its marker and headers, and only them when the time is short.
      const header = Math.min(height, Math.max(1, FIRST_DATA_ROW - box.top));
      to = Math.min(to, header);
      budget.stopped = last = to < height;
    }
    const band = { ...box, top: box.top + from, bottom: box.top + to - 1 };
    budget.timed(units(from, to), () => write(band, from, to));
    if (last) return;
    from = to;
  }
}

/**
 * Cells of an existing sheet: each block and the validations, band by band over the rows they
 * span together, so that a row is written with its checkboxes before the run may stop.
 */
export function writeExisting(sheet: Sheet, writes: readonly GridWrite[], validations: { range: CellRange; grid: (DataValidation | null)[][] } | null, budget: TimeBudget): void {
  const all = [...writes.map((w) => w.range), ...(validations ? [validations.range] : [])];
  if (all.length === 0) return;
  const box = boxOf(all);
  const rowUnits = new Array<number>(box.bottom - box.top + 1).fill(0);
  for (const w of writes) w.values.forEach((row, i) => (rowUnits[w.range.top + i - box.top] += cellUnits([row], valueKind)));
  if (validations) validations.grid.forEach((row, i) => (rowUnits[validations.range.top + i - box.top] += cellUnits([row], 'rule')));
  writeBands(box, rowUnits, budget, false, false, (band) => {
    for (const w of writes) {
      const top = Math.max(w.range.top, band.top);
      const bottom = Math.min(w.range.bottom, band.bottom);
      if (top > bottom) continue;
      rangeOf(sheet, { ...w.range, top, bottom }).setValues(w.values.slice(top - w.range.top, bottom - w.range.top + 1));
    }
    if (validations) {
      const top = Math.max(validations.range.top, band.top);
      const bottom = Math.min(validations.range.bottom, band.bottom);
      if (top <= bottom) rangeOf(sheet, { ...validations.range, top, bottom }).setDataValidations(validations.grid.slice(top - validations.range.top, bottom - validations.range.top + 1));
    }
  });
}
