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
