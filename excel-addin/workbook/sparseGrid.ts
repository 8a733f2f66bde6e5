import type { SnapshotCell } from '../../core/layout';
import { toCell } from './reader';

/** A sheet's cells as read so far, by row then column: what was not read (or is blank) is missing. */
export type SparseGrid = (SnapshotCell[] | undefined)[];

/** Puts values loaded from the block whose top-left cell is (top, left) into the grid; blanks stay missing. */
export function putValues(grid: SparseGrid, top: number, left: number, values: readonly (readonly unknown[])[]): void {
  values.forEach((row, k) => {
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
