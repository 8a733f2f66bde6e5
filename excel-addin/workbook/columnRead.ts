/// <reference types="office-js" />
import { HEADER_SCAN_ROWS, rangeRef } from '../../core/layout';
import { jsonBytes } from './bytes';
import type { ResultBuilder } from './readResultBuilder';
import { queueMerged, type MergedTarget } from './mergedRead';
import { putValues, type SparseGrid } from './sparseGrid';
import { syncBatches } from './syncBatch';

/** Columns of one sheet to read over a span of rows. */
export interface ColumnNeed {
  readonly sheet: string;
  readonly cols: readonly number[];
  readonly top: number;
  readonly bottom: number;
  /** The column's first data row, where its cells' size is sampled (rows above `top` may be read already). */
  readonly sample?: number;
  /** Bytes a cell is guessed at when no sampled cell holds a value: 24 unless the cells are known to be short (the checklist's TRUE and FALSE). */
  readonly blankBytes?: number;
}

/** Bytes a cell of each column takes in a response, judged from the first rows read. */
function cellBytes(grid: SparseGrid, col: number, from: number, blank = 24): number {
  let bytes = 0;
  let n = 0;
  for (let r = from; r < Math.min(grid.length, from + HEADER_SCAN_ROWS); r++) {
    const v = grid[r]?.[col];
    if (v === undefined || v === null) continue;
    bytes += jsonBytes(v) + 1;
    n++;
  }
  // A sample is a guess: allow a twentieth more, and some room for blanks and short samples. A
  // read Excel refuses is asked again in smaller pieces (one round trip more, and only on Excel on
  // the web, the one with a cap): cheaper than the piece more a wide margin costs every large read
  // (at 50 000 rows a fifth more made the first set-up five round trips instead of four).
  return n === 0 ? blank : Math.max(4, Math.ceil((bytes / n) * 1.05));
}

/**
 * Round trips 3…: the needed columns, contiguous columns as one range. Each round trip is filled
 * up to the budget by the estimated response size, cutting a span of rows where the budget ends,
 * so the round trips are as few as the bytes allow. A round trip Excel refuses or answers without
 * values is made again with the estimate of its pieces doubled (syncBatch.ts).
 */
export async function readColumns(context: Excel.RequestContext, needs: readonly ColumnNeed[], build: ResultBuilder, budget: number, merged: readonly MergedTarget[] = []): Promise<number> {
  interface Piece {
    sheet: string;
    left: number;
    right: number;
    top: number;
    bottom: number;
    perRow: number;
  }
  const queue: Piece[] = [];
  for (const need of needs) {
    const grid = build.grids.get(need.sheet) ?? [];
    const cols = [...new Set(need.cols)].sort((a, b) => a - b);
    for (let i = 0; i < cols.length; ) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      let perRow = 3;
      for (let c = cols[i]; c <= cols[j]; c++) perRow += cellBytes(grid, c, need.sample ?? need.top, need.blankBytes);
      queue.push({ sheet: need.sheet, left: cols[i], right: cols[j], top: need.top, bottom: need.bottom, perRow });
      i = j + 1;
    }
  }
  return syncBatches(context, queue, {
    take: (q) => {
      const batch: Piece[] = [];
      let room = budget;
      while (q.length > 0) {
        const p = q[0];
        const fit = Math.floor(room / p.perRow);
        if (fit < 1 && batch.length > 0) break;
        if (fit > p.bottom - p.top) {
          batch.push(q.shift()!);
          room -= (p.bottom - p.top + 1) * p.perRow;
          continue;
        }
        // Take what fits and leave the rest of the span for the next round trip.
        const rows = Math.max(1, fit);
        batch.push({ ...p, bottom: p.top + rows - 1 });
        q[0] = { ...p, top: p.top + rows };
        break;
      }
      return batch;
    },
    load: (p) => context.workbook.worksheets.getItem(p.sheet).getRange(rangeRef(p)).load('values'),
    single: (p) => p.top === p.bottom,
    smaller: (p) => ({ ...p, perRow: p.perRow * 2 }),
    got: (p, values) => putValues(build.grids.get(p.sheet)!, p.top, p.left, values),
    // The merged areas travel with the first round trip (mergedRead.ts).
    rider: merged.length > 0 ? () => queueMerged(context, merged).bind(null, build.merged) : undefined,
  });
}
