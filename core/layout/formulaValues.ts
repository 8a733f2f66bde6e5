/**
 * The formula columns of our tabs paired with the values core computes for them (the cached
 * results hosts write), and those values over many rows.
 */
import type { CellValue } from '../cells/cellValue';
import type { PlanCell } from './types';

export interface FormulaColumn {
  col: number;
  formula: (row: number) => string;
  /**
   * What the formula gives for a row holding `cells` (the whole row, by column), computed by
   * the core function the formula mirrors; undefined where it cannot tell (an error value).
   */
  value?: (cells: readonly PlanCell[], extra?: readonly PlanCell[]) => CellValue | undefined;
  /**
   * Whether a formula found in this column on an existing row is the one this version writes
   * (in substance: a formula Excel or LibreOffice re-saved may be spelled differently). When a
   * column holds an outdated one, every formula column of the tab is written again over the
   * existing rows, so a workbook set up by an earlier version follows today's rules on all its
   * rows, not only on the rows added since.
   */
  isCurrent?: (formula: string) => boolean;
  /**
   * `value` as entry `k` of what one function computes for a whole row (`of`, shared by the tab's
   * columns: milestoneRows.ts, intensityTab.ts): resultsOfAll calls it once a row for all of them
   * instead of each column's own closure (18 calls a row over the milestone and intensity tabs).
   * `value` gives the same; the array `of` returns is read at once, never kept.
   */
  fromRow?: { readonly of: RowValues; readonly k: number };
}

/** A row's values of several formula columns at once (FormulaColumn.fromRow); the array may be reused from row to row. */
export type RowValues = (cells: readonly PlanCell[], extra?: readonly PlanCell[]) => readonly (CellValue | undefined)[];

/** A formula value, or undefined where the core function throws (an error value in the sheet). */
function valueOrUndefined(value: NonNullable<FormulaColumn['value']>, cells: readonly PlanCell[], extra: readonly PlanCell[] | undefined): CellValue | undefined {
  try {
    return value(cells, extra);
  } catch {
    return undefined;
  }
}

/** A row's values by FormulaColumn.fromRow, or null where it throws (then each column is asked on its own). */
function rowOrNull(of: RowValues, cells: readonly PlanCell[], extra: readonly PlanCell[] | undefined): readonly (CellValue | undefined)[] | null {
  try {
    return of(cells, extra);
  } catch {
    return null;
  }
}

/** A formula column's value for each row, or undefined where a core function throws. */
export function resultsOf(f: FormulaColumn, rows: readonly (readonly PlanCell[])[]): (CellValue | undefined)[] | undefined {
  return resultsOfAll([f], rows)[0];
}

/**
 * resultsOf for several formula columns, row by row: the columns of one row are asked in turn,
 * so a tab's formulas read each row once for all of them (milestoneRows.ts, signalColumns.ts).
 * `extras`: the cells written beside the rows (KeyedTabSpec.extras), one column each, handed to
 * the formulas row by row.
 */
export function resultsOfAll(formulas: readonly FormulaColumn[], rows: readonly (readonly PlanCell[])[], extras?: readonly (readonly PlanCell[])[]): ((CellValue | undefined)[] | undefined)[] {
  // Each column's results made at their full length once (pushed, a 50 000-row column is copied as it grows),
  // holding any value from the start: columns whose first results are numbers, then text, would
  // each change their kind of elements, and the store below would see a dozen kinds of array.
  const out = formulas.map((f) => (f.value ? generalColumn(rows.length) : undefined));
  // A row's extra cells live only while its formulas are asked: one array, filled again for each row
  // (not 50 000 arrays through the tab's planning, nor one made and dropped per row).
  const extra = extras ? new Array<PlanCell>(extras.length) : undefined;
  // Read once: the columns are objects of several shapes (with or without isCurrent, fromRow), and
  // reading them row after row, the loop's optimised code was thrown away at each new shape.
  const values = formulas.map((f) => f.value);
  const fromRows = formulas.map((f) => f.fromRow);
  for (let i = 0; i < rows.length; i++) {
    if (extra) for (let e = 0; e < extra.length; e++) extra[e] = extras![e][i];
    // The row function last asked on this row, and what it gave (null: it threw).
    let shared: RowValues | undefined;
    let sharedValues: readonly (CellValue | undefined)[] | null = null;
    for (let k = 0; k < formulas.length; k++) {
      const value = values[k];
      if (!value) continue;
      const from = fromRows[k];
      if (from === undefined) {
        out[k]![i] = valueOrUndefined(value, rows[i], extra);
        continue;
      }
      if (from.of !== shared) {
        shared = from.of;
        sharedValues = rowOrNull(from.of, rows[i], extra);
      }
      out[k]![i] = sharedValues !== null ? sharedValues[from.k] : valueOrUndefined(value, rows[i], extra);
    }
  }
  return out;
}

/** An array of `length` holes that takes any kind of value without changing its kind of elements. */
function generalColumn(length: number): (CellValue | undefined)[] {
  const column = new Array<CellValue | undefined>(length);
  if (length > 0) column[0] = undefined;
  return column;
}

