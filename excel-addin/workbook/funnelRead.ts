/// <reference types="office-js" />
import { MS as MILESTONE_COL, STALE_DAYS_COL, STALE_FIRST_ROW, STALE_HEADER_ROW, STALE_LEVELS, columnLetter, readMarker, type TabKind } from '../../core/layout';
import type { Anchors } from './anchors';
import type { ExcelFeatures } from './features';
import { readOutline } from './outline';
import { queueSheetFacts, type ReadResult, type SheetFacts } from './reader';
import { isResponseTooLarge, valuesMissing } from './syncBatch';
import { queueMerged } from './mergedRead';
import { ResultBuilder } from './readResultBuilder';
import { putValues } from './sparseGrid';

/**
 * The milestone tab's columns the funnel reads: the level, weighted amount and in-forecast flag
 * as Excel calculated them (not the checklist), the expected close and status the period table
 * needs, and what the movement is recorded from (the day reached, the recorded code). No more:
 * at 50 000 rows these stay one response (the customer, the days and the flags would not; core
 * computes the flags from these, with the rubric tab's thresholds read beside the markers).
 */
const FUNNEL_COLUMNS = [
  MILESTONE_COL.opportunity,
  MILESTONE_COL.rep,
  MILESTONE_COL.amount,
  MILESTONE_COL.expectedClose,
  MILESTONE_COL.level,
  MILESTONE_COL.weighted,
  MILESTONE_COL.status,
  MILESTONE_COL.inForecast,
  MILESTONE_COL.since,
  MILESTONE_COL.recorded,
] as const;

/** Our tabs the funnel reads whole: its own, the history, the Changes tab and the forecast record it appends to (and reads the last review and the recorded forecasts from). */
const READ_WHOLE: readonly TabKind[] = ['funnel', 'history', 'changes', 'forecasts'];

/** "Read the whole workbook instead", with the round trips already made. */
export interface Fallback {
  readonly fallback: true;
  readonly syncs: number;
  readonly anchors: Anchors;
}

/**
 * What the funnel needs, in two round trips, when the anchors say where our tabs are: the
 * milestone tab's opportunity, rep, amount and calculated level columns, the funnel and history
 * tabs whole (they are small), and the marker of every other tab of ours. A Fallback when the
 * anchors are missing or do not hold (a tab moved, a marker gone) or the columns pass one
 * response: the caller then reads the whole workbook.
 */
export async function readForFunnel(context: Excel.RequestContext, features: ExcelFeatures): Promise<ReadResult | Fallback> {
  const outline = await readOutline(context);
  const { anchors } = outline;
  const milestones = anchors.sheets.get('milestones');
  if (!milestones) return { fallback: true, syncs: 1, anchors };
  const wb = context.workbook;
  const build = new ResultBuilder(outline);
  const ms = wb.worksheets.getItem(milestones);
  const spans: [number, number][] = [];
  for (const c of FUNNEL_COLUMNS) {
    const last = spans[spans.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else spans.push([c, c]);
  }
  // The tabs the funnel writes: their merged areas are asked with the rest (mergedRead.ts).
  const written = features.mergedAreas ? [...anchors.sheets].filter(([kind]) => READ_WHOLE.includes(kind)).map(([, sheet]) => ({ sheet })) : [];
  const queue = (withMerged: boolean) => {
    const msUsed = ms.getUsedRange(true).load('rowIndex,rowCount');
    const columns = spans.map(([l, r]) => ms.getRange(`${columnLetter(l)}:${columnLetter(r)}`).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'));
    const whole = new Map<TabKind, { sheet: string; facts: SheetFacts }>();
    const markers = new Map<TabKind, { sheet: string; a1: Excel.Range }>();
    let staleTable: { sheet: string; range: Excel.Range } | undefined;
    for (const [kind, sheet] of anchors.sheets) {
      if (kind === 'milestones') continue;
      const ws = wb.worksheets.getItem(sheet);
      if (READ_WHOLE.includes(kind)) whole.set(kind, { sheet, facts: queueSheetFacts(ws, 'values,rowIndex,columnIndex', kind === 'funnel') });
      else markers.set(kind, { sheet, a1: ws.getRange('A1').load('values') });
      // The stale thresholds, which the attention flags core reports are computed with.
      if (kind === 'rubrics') staleTable = { sheet, range: ws.getRange(`A${STALE_HEADER_ROW + 1}:${columnLetter(STALE_DAYS_COL)}${STALE_FIRST_ROW + STALE_LEVELS}`).load('values') };
    }
    const tables = outline.tables.map((name) => ({ name, range: wb.tables.getItem(name).getRange().load('address') }));
    const merged = withMerged && written.length > 0 ? queueMerged(context, written) : undefined;
    return { msUsed, columns, whole, markers, tables, merged, staleTable };
  };
  let syncs = 2;
  let round = queue(true);
  try {
    try {
      await context.sync();
    } catch (e) {
      if (!round.merged) throw e;
      // Asked again without the merged areas (a tab past 512 of them fails the round trip).
      round = queue(false);
      syncs++;
      await context.sync();
    }
  } catch (e) {
    if (isResponseTooLarge(e)) return { fallback: true, syncs, anchors };
    throw e;
  }
  const { msUsed, columns, whole, markers, tables, staleTable } = round;
  round.merged?.(build.merged);
  // Past five million cells Excel may return no values at all: read the workbook the other way.
  if (columns.some((c) => !c.isNullObject && valuesMissing(c.values)) || [...whole.values()].some((w) => valuesMissing(w.facts.used.values))) return { fallback: true, syncs, anchors };

  const kindAt = (v: unknown) => readMarker(typeof v === 'string' ? v : null)?.kind;
  const msGrid = build.grids.get(milestones)!;
  for (const c of columns) if (!c.isNullObject) putValues(msGrid, c.rowIndex, c.columnIndex, c.values);
  build.usedRows.set(milestones, msUsed.rowIndex + msUsed.rowCount);
  let holds = kindAt(msGrid[0]?.[0]) === 'milestones';
  for (const [kind, w] of whole) {
    putValues(build.grids.get(w.sheet)!, w.facts.used.rowIndex, w.facts.used.columnIndex, w.facts.used.values);
    build.facts(w.sheet, w.facts);
    if (kindAt(build.grids.get(w.sheet)![0]?.[0]) !== kind) holds = false;
  }
  for (const [kind, m] of markers) {
    putValues(build.grids.get(m.sheet)!, 0, 0, m.a1.values);
    if (kindAt(m.a1.values[0][0]) !== kind) holds = false;
  }
  if (staleTable && !valuesMissing(staleTable.range.values)) putValues(build.grids.get(staleTable.sheet)!, STALE_HEADER_ROW, 0, staleTable.range.values);
  if (!holds) return { fallback: true, syncs, anchors };
  for (const t of tables) build.table(t.name, t.range.address);
  return build.result(syncs, anchors);
}
