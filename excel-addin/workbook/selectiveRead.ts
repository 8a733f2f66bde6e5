/// <reference types="office-js" />
import {
  FIRST_DATA_ROW,
  HEADER_SCAN_ROWS,
  MS as MILESTONE_COL,
  SETUP_READ_COLUMNS,
  TRACKER_FIELDS_PLANNED,
  columnLetter,
  detectTracker,
  findOurTabs,
  type TabKind,
  type TrackerMapping,
  type WorkbookSnapshot,
} from '../../core/layout';
import { RESPONSE_BUDGET } from './bytes';
import { readColumns, type ColumnNeed } from './columnRead';
import { prefetchAnchored } from './anchoredPrefetch';
import { isResponseTooLarge } from './syncBatch';
import type { MergedTarget } from './mergedRead';
import type { ExcelFeatures } from './features';
import { HEAD_COLUMNS, readHeads } from './headsRead';
import { readOutline } from './outline';
import type { ReadResult } from './reader';
import { putValues } from './sparseGrid';

/**
 * Reading only what an action needs, in a number of round trips that does not grow with the
 * workbook (while the needed cells fit one 5 MB response):
 *   1. the outline: sheet, table and workbook names (our tabs' anchors), workbook protection;
 *   2. every sheet's extent, protection and charts, its first rows (headers and our marker) and
 *      every table's address and header row; on a re-run also, through the anchors, the first
 *      rows of our big tabs' read columns, in the room the response has left (anchoredPrefetch.ts);
 *   3. the columns the plan needs: the tracker's opportunity, customer, rep and amount
 *      (TRACKER_FIELDS_PLANNED) and our tabs' key and refreshed columns (SETUP_READ_COLUMNS), with the merged
 *      areas of the tracker and of our tabs (mergedRead.ts).
 * A 50 000-row tracker's six columns are past 5 MB on their own; the set-up needs four of them to
 * plan and copies the rows it adds inside Excel (CellBlock.copies), so it reads no more.
 * The funnel knows from the anchors where the milestone tab is and reads four of its columns
 * in round trip 2 (see readForFunnel in funnelRead.ts).
 *
 * The pieces: outline.ts (round trip 1), headsRead.ts (round trip 2), columnRead.ts (round
 * trips 3…), readResultBuilder.ts (the ReadResult they fill), sparseGrid.ts (cells as read).
 */

export interface SelectiveReadOptions {
  /** Response budget in bytes (Excel on the web refuses 5 MB); tests lower it. */
  readonly budget?: number;
}

/**
 * What a funnel planned on the set-up's result reads besides the set-up's columns (Generate
 * funnel in one read, core/run/freshFunnelInOneBatch.ts): the milestone tab's checklist, status
 * and movement columns (the funnel is counted from the checklist, since the refresh's new values
 * are not calculated yet), and the tabs the funnel rewrites or appends to, whole; all in round
 * trip 3's pieces with the rest.
 */
const FUNNEL_AFTER_SETUP_COLUMNS = [MILESTONE_COL.opportunity, MILESTONE_COL.customer, MILESTONE_COL.rep, MILESTONE_COL.amount, MILESTONE_COL.expectedClose, MILESTONE_COL.status, MILESTONE_COL.since, MILESTONE_COL.recorded];
const CHECKLIST_COLUMNS = Array.from({ length: MILESTONE_COL.level - MILESTONE_COL.checklist }, (_, i) => MILESTONE_COL.checklist + i);
/**
 * A tick cell's bytes in a response when the first rows have none ticked: the dropdown's TRUE or
 * FALSE, or blank (`false,` is 6). The default guess, a name's 24, would make the checklist alone
 * ~26 MB at 50 000 rows instead of ~6.
 */
const TICK_BYTES = 6;
const FUNNEL_WHOLE_TABS: readonly TabKind[] = ['funnel', 'history', 'changes', 'forecasts'];

/**
 * What the pane shows when it opens (the tracker, its headers, the reps for the funnel filter),
 * in two round trips whatever the size: the first rows of every sheet and, through its anchor,
 * the milestone tab's rep column. The tracker's extent is not read: the set-up reads it again.
 */
export async function readForInspect(context: Excel.RequestContext, features: ExcelFeatures): Promise<WorkbookSnapshot> {
  const outline = await readOutline(context);
  const milestones = outline.anchors.sheets.get('milestones');
  const { build, extent } = await readHeads(context, features, outline, () => {
    if (!milestones) return () => undefined;
    const col = columnLetter(MILESTONE_COL.rep);
    const reps = context.workbook.worksheets.getItem(milestones).getRange(`${col}:${col}`).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
    return (b) => {
      if (!reps.isNullObject) putValues(b.grids.get(milestones)!, reps.rowIndex, reps.columnIndex, reps.values);
    };
  });
  // A milestone tab without an anchor (set up before anchors existed): its reps in one more round trip.
  const found = milestones ? undefined : findOurTabs(build.snapshot()).get('milestones');
  const bottom = found ? extent.get(found.sheet.name)?.bottom ?? 0 : 0;
  if (found && bottom >= FIRST_DATA_ROW) await readColumns(context, [{ sheet: found.sheet.name, cols: [MILESTONE_COL.rep], top: FIRST_DATA_ROW, bottom }], build, RESPONSE_BUDGET);
  return build.snapshot();
}

/**
 * What the set-up needs: every sheet's first rows (the tracker's header, our markers), the
 * tracker's mapped columns and our keyed tabs' key columns; with `funnel`, what a funnel planned
 * on its result needs too (FUNNEL_AFTER_SETUP_COLUMNS). Other cells are not read; sheets read in
 * part say how many rows they use, so nothing is appended over an unread cell.
 */
export async function readForSetup(context: Excel.RequestContext, features: ExcelFeatures, options: SelectiveReadOptions & { mapping?: TrackerMapping; funnel?: boolean } = {}): Promise<ReadResult> {
  const budget = options.budget ?? RESPONSE_BUDGET;
  const outline = await readOutline(context);
  const prefetch = prefetchAnchored(context, outline, budget);
  let syncs = 2;
  let round2: Awaited<ReturnType<typeof readHeads>>;
  try {
    round2 = await readHeads(context, features, outline, prefetch.queue);
  } catch (e) {
    // The prefetch passed a response after all: round trip 2 again without it.
    if (!isResponseTooLarge(e)) throw e;
    prefetch.readFrom.clear();
    round2 = await readHeads(context, features, outline);
    syncs++;
  }
  const { build, extent } = round2;

  const heads = build.snapshot();
  const needs: ColumnNeed[] = [];
  // Merged areas where they matter (mergedRead.ts): our tabs, which the plan writes, and the tracker.
  const merged: MergedTarget[] = [];
  const inHeads = (sheet: string, cols: readonly number[], bottom: number) => bottom < HEADER_SCAN_ROWS && cols.every((c) => c < HEAD_COLUMNS) && !build.usedRows.has(sheet);
  for (const [kind, tab] of findOurTabs(heads)) {
    if (features.mergedAreas) merged.push({ sheet: tab.sheet.name });
    const cols = (SETUP_READ_COLUMNS as Partial<Record<TabKind, readonly number[]>>)[kind];
    const bottom = extent.get(tab.sheet.name)?.bottom ?? 0;
    const top = prefetch.readFrom.get(tab.sheet.name) ?? FIRST_DATA_ROW;
    if (cols && bottom >= top && !inHeads(tab.sheet.name, cols, bottom)) needs.push({ sheet: tab.sheet.name, cols, top, bottom, sample: FIRST_DATA_ROW });
    if (!options.funnel) continue;
    // Read from their first data row: the prefetch read only the set-up's columns.
    if (kind === 'milestones' && bottom >= FIRST_DATA_ROW) {
      const rest = FUNNEL_AFTER_SETUP_COLUMNS.filter((c) => !cols?.includes(c));
      if (rest.length > 0 && !inHeads(tab.sheet.name, rest, bottom)) needs.push({ sheet: tab.sheet.name, cols: rest, top: FIRST_DATA_ROW, bottom });
      if (!inHeads(tab.sheet.name, CHECKLIST_COLUMNS, bottom)) needs.push({ sheet: tab.sheet.name, cols: CHECKLIST_COLUMNS, top: FIRST_DATA_ROW, bottom, blankBytes: TICK_BYTES });
    }
    const right = extent.get(tab.sheet.name)?.right ?? 0;
    const whole = Array.from({ length: right + 1 }, (_, c) => c);
    if (FUNNEL_WHOLE_TABS.includes(kind) && !inHeads(tab.sheet.name, whole, bottom)) needs.push({ sheet: tab.sheet.name, cols: whole, top: 0, bottom });
  }
  const mapping = options.mapping ?? detectTracker(heads);
  let copyOnly: ReadResult['copyOnly'];
  if (mapping && outline.sheets.includes(mapping.sheet)) {
    // The close date is read only when our milestone tab exists, to refresh it on the rows the
    // tab has (issue 13); a first set-up copies it in place (Range.copyFrom) unread: at 50 000
    // rows reading it too is what would push the read past one response.
    const refreshing = findOurTabs(heads).has('milestones');
    const fields = refreshing ? TRACKER_FIELDS_PLANNED : TRACKER_FIELDS_PLANNED.filter((f) => f !== 'expectedClose');
    const cols = fields.map((f) => mapping.columns[f]).filter((c): c is number => c !== undefined);
    const close = mapping.columns.expectedClose;
    if (close !== undefined && !cols.includes(close)) copyOnly = { sheet: mapping.sheet, cols: new Set([close]) };
    // The table's bottom as it is now (a mapping from the pane may predate new rows), else the sheet's.
    const used = extent.get(mapping.sheet)?.bottom ?? 0;
    const table = mapping.table === undefined ? undefined : heads.sheets.find((s) => s.name === mapping.sheet)?.tables.find((t) => t.name === mapping.table);
    const bottom = table ? table.bottom : used;
    const headerRow = table?.top ?? mapping.headerRow;
    if (cols.length > 0 && bottom > headerRow && !inHeads(mapping.sheet, cols, bottom)) needs.push({ sheet: mapping.sheet, cols, top: headerRow + 1, bottom });
    const mapped = Object.values(mapping.columns).filter((c): c is number => c !== undefined);
    if (features.mergedAreas && mapped.length > 0) merged.push({ sheet: mapping.sheet, box: { top: 0, left: 0, bottom: Math.max(bottom, headerRow), right: Math.max(...mapped) } });
  }
  syncs += await readColumns(context, needs, build, budget, merged);
  return { ...build.result(syncs, outline.anchors), copyOnly };
}
