import type { SnapshotCell } from './types';

/** A snapshot cell's value: a formula cell's cached result, any other cell as it is. */
export function cellValue(cell: SnapshotCell): unknown {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) return cell.result;
  return cell;
}

/** The formula text of a formula cell (no leading "="), else null. */
export function cellFormula(cell: SnapshotCell | undefined): string | null {
  if (cell !== null && cell !== undefined && typeof cell === 'object' && !(cell instanceof Date)) return cell.formula;
  return null;
}

/** A row's values (formula cells as their results): the row itself when it holds no formula, as most rows read back do. */
export function rowValues(row: readonly SnapshotCell[]): readonly unknown[] {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) return row.map(cellValue);
  }
  return row;
}
