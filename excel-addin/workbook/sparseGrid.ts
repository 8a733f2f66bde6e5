import type { SnapshotCell } from '../../core/layout';
import { toCell } from './reader';

/** A sheet's cells as read so far, by row then column: what was not read (or is blank) is missing. */
export type SparseGrid = (SnapshotCell[] | undefined)[];

/**
 * Puts values loaded from the block whose top-left cell is (top, left) into the grid; blanks stay
 * missing, and so does a block Excel gave no values for (null past five million cells: callers
 * that need those cells check syncBatch.ts valuesMissing first).
 */
export function putValues(grid: SparseGrid, top: number, left: number, values: readonly (readonly unknown[])[] | null): void {
  if (values === null || !Array.isArray(values)) return;
  values.forEach((row: readonly unknown[], k: number) => {
    let cells = grid[top + k];
    row.forEach((v, j) => {
      const cell = toCell(v);
      if (cell === null) return;
      if (!cells) cells = grid[top + k] = [];
      while (cells.length < left + j) cells.push(null);
      cells[left + j] = cell;
    });
  });
}
