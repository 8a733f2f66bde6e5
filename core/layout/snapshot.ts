/**
 * The read side of read → plan → apply: what a host hands core, as plain data. A host may read
 * only some columns of a sheet (see `usedRows`); nothing here holds a host object.
 */
import type { CellValue } from '../cells/cellValue';
import type { CellRange } from './a1';

/** A formula cell as read back: the formula text (no leading "=") and its cached value, if any. */
export interface FormulaCell {
  readonly formula: string;
  readonly result?: CellValue;
}

export type SnapshotCell = CellValue | FormulaCell;

export interface TableSnapshot extends CellRange {
  readonly name: string;
  /** The table's last row is its Total Row (sums, counts), not an opportunity. */
  readonly totalsRow?: boolean;
}

export interface SheetSnapshot {
  readonly name: string;
  /** The used range from A1: rows[r][c], 0-based; rows may be ragged or missing (sparse). */
  readonly rows: readonly (readonly SnapshotCell[] | undefined)[];
  readonly tables: readonly TableSnapshot[];
  /**
   * Set when `rows` holds only some of the sheet's columns (a host read just what the plan
   * needs): how many rows from the top are in use by any cell, so that new rows are never
   * appended over cells that were not read.
   */
  readonly usedRows?: number;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}
