/// <reference types="office-js" />
import { HEADER_SCAN_ROWS, rangeRef } from '../../core/layout';
import { jsonBytes } from './bytes';
import { isResponseTooLarge, tooMuchToRead, valuesMissing } from './reader';
import type { ResultBuilder } from './readResultBuilder';
import { queueMerged, type MergedTarget } from './mergedRead';
import { putValues, type SparseGrid } from './sparseGrid';

/** Columns of one sheet to read over a span of rows. */
export interface ColumnNeed {
  readonly sheet: string;
  readonly cols: readonly number[];
  readonly top: number;
  readonly bottom: number;
}

/** Bytes a cell of each column takes in a response, judged from the first rows read. */
function cellBytes(grid: SparseGrid, col: number, from: number): number {
  let bytes = 0;
  let n = 0;
  for (let r = from; r < Math.min(grid.length, HEADER_SCAN_ROWS); r++) {
    const v = grid[r]?.[col];
    if (v === undefined || v === null) continue;
    bytes += jsonBytes(v) + 1;
    n++;
  }
  // A sample is a guess: allow a twentieth more, and some room for blanks and short samples. A
  // read Excel refuses is asked again in smaller pieces (one round trip more, and only on Excel on
  // the web, the one with a cap): cheaper than the piece more a wide margin costs every large read
  // (at 50 000 rows a fifth more made the first set-up five round trips instead of four).
  return n === 0 ? 24 : Math.max(4, Math.ceil((bytes / n) * 1.05));
}

/**
 * Round trips 3…: the needed columns, contiguous columns as one range. Each round trip is filled
 * up to the budget by the estimated response size, cutting a span of rows where the budget ends,
 * so the round trips are as few as the bytes allow. A round trip Excel refuses or answers without
 * values (reader.ts isResponseTooLarge, valuesMissing) is made again with the estimate of its
 * pieces doubled.
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
      for (let c = cols[i]; c <= cols[j]; c++) perRow += cellBytes(grid, c, need.top);
      queue.push({ sheet: need.sheet, left: cols[i], right: cols[j], top: need.top, bottom: need.bottom, perRow });
      i = j + 1;
    }
  }
  let syncs = 0;
  // The merged areas travel with the first round trip (mergedRead.ts), or make one of their own.
  let mergedPending = merged.length > 0;
  while (queue.length > 0 || mergedPending) {
    const batch: Piece[] = [];
    let room = budget;
    while (queue.length > 0) {
      const p = queue[0];
      const fit = Math.floor(room / p.perRow);
      if (fit < 1 && batch.length > 0) break;
      if (fit > p.bottom - p.top) {
        batch.push(queue.shift()!);
        room -= (p.bottom - p.top + 1) * p.perRow;
        continue;
      }
      // Take what fits and leave the rest of the span for the next round trip.
      const rows = Math.max(1, fit);
      batch.push({ ...p, bottom: p.top + rows - 1 });
      queue[0] = { ...p, top: p.top + rows };
      break;
    }
    const loads = batch.map((p) => context.workbook.worksheets.getItem(p.sheet).getRange(rangeRef(p)).load('values'));
    const finish = mergedPending ? queueMerged(context, merged) : undefined;
    syncs++;
    let refused = false;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per response-sized batch: together they pass Excel on the web's 5 MB cap, and a refused batch is retried smaller
      await context.sync();
      refused = loads.some((l) => valuesMissing(l.values));
    } catch (e) {
      if (finish) {
        // Asked again without the merged areas (a sheet past 512 of them fails the round trip).
        mergedPending = false;
        queue.unshift(...batch);
        continue;
      }
      if (!isResponseTooLarge(e)) throw e;
      refused = true;
    }
    if (finish) {
      finish(build.merged);
      mergedPending = false;
    }
    if (refused) {
      if (batch.every((p) => p.top === p.bottom)) throw tooMuchToRead();
      queue.unshift(...batch.map((p) => ({ ...p, perRow: p.perRow * 2 })));
      continue;
    }
    batch.forEach((p, i) => putValues(build.grids.get(p.sheet)!, p.top, p.left, loads[i].values));
  }
  return syncs;
}
