/// <reference types="office-js" />
import { FIRST_DATA_ROW, HEADER_SCAN_ROWS, MARKER_ROW, SETUP_READ_COLUMNS, rangeRef, readMarker, type TabKind } from '../../core/layout';
import type { Outline } from './outline';
import { HEAD_COLUMNS } from './headsRead';
import type { ResultBuilder } from './readResultBuilder';
import { putValues } from './sparseGrid';
import { valuesMissing } from './syncBatch';

/** Our tabs with a row per opportunity or customer: the ones whose columns pass a response at 50 000 rows. */
const PREFETCHED = ['milestones', 'intensity', 'grading'] as const satisfies readonly TabKind[];

/**
 * A cell's bytes in a response, guessed before any is read: a name of about ten CJK characters.
 * Too low and round trip 2 is refused and made again without the prefetch (one round trip more);
 * too high and less is read early.
 */
const GUESS_BYTES_PER_CELL = 32;

/**
 * A re-run's head start (issue 13): round trip 2 reads the first rows of our big tabs' read
 * columns (SETUP_READ_COLUMNS) beside the heads, found through their anchors, in the room a
 * response has left; round trip 3 reads only the rows below. The cells are the same a later
 * read would give, read earlier: a sorted, grown or shrunk tab is read as it is. A tab whose
 * marker is not where its anchor points is not prefetched.
 *
 * At 50 000 opportunities plus a tenth (bench excel.rerun_setup_syncs) the re-run takes 6 round
 * trips instead of 7: round trip 2 carries ~2.6 MB of the ~15 MB the plan needs. 4 would take
 * reading less, not earlier: a formula Excel evaluates during the read saying our tabs still
 * match the tracker row by row, weighed and left for now in docs/excel.md ("Set up again").
 */
export function prefetchAnchored(context: Excel.RequestContext, outline: Outline, budget: number) {
  /** The first row not yet read, per prefetched sheet. */
  const readFrom = new Map<string, number>();
  const tabs = PREFETCHED.flatMap((kind) => {
    const sheet = outline.anchors.sheets.get(kind);
    return sheet ? [{ kind, sheet, cols: [...SETUP_READ_COLUMNS[kind]].sort((a, b) => a - b) }] : [];
  });
  const heads = outline.sheets.length * HEADER_SCAN_ROWS * HEAD_COLUMNS * 8;
  const cells = tabs.reduce((n, t) => n + t.cols.length, 0);
  const rows = cells === 0 ? 0 : Math.floor((budget - heads) / (cells * GUESS_BYTES_PER_CELL));
  const queue = () => {
    if (rows < 1) return () => undefined;
    const loads = tabs.map((t) => {
      const ws = context.workbook.worksheets.getItem(t.sheet);
      const spans: Excel.Range[] = [];
      for (let i = 0; i < t.cols.length; ) {
        let j = i;
        while (j + 1 < t.cols.length && t.cols[j + 1] === t.cols[j] + 1) j++;
        const box = { top: FIRST_DATA_ROW, bottom: FIRST_DATA_ROW + rows - 1, left: t.cols[i], right: t.cols[j] };
        spans.push(ws.getRange(rangeRef(box)).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'));
        i = j + 1;
      }
      return { ...t, spans };
    });
    return (build: ResultBuilder) => {
      for (const t of loads) {
        const grid = build.grids.get(t.sheet);
        if (!grid || readMarker(grid[MARKER_ROW]?.[0] ?? null)?.kind !== t.kind) continue;
        if (t.spans.some((s) => !s.isNullObject && valuesMissing(s.values))) continue;
        for (const s of t.spans) if (!s.isNullObject) putValues(grid, s.rowIndex, s.columnIndex, s.values);
        readFrom.set(t.sheet, FIRST_DATA_ROW + rows);
      }
    };
  };
  return { queue, readFrom };
}
