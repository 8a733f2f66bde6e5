/// <reference types="office-js" />
import {
  FIRST_DATA_ROW,
  HEADER_SCAN_ROWS,
  MS as MILESTONE_COL,
  SETUP_KEY_COLUMNS,
  TAB_KINDS,
  anchorName,
  TRACKER_FIELDS_PLANNED,
  columnLetter,
  detectTracker,
  findOurTabs,
  rangeRef,
  readMarker,
  type CellRange,
  type SheetSnapshot,
  type SnapshotCell,
  type TabKind,
  type TableSnapshot,
  type TrackerMapping,
  type WorkbookSnapshot,
} from '../../core/layout';
import { parseRangeAddress } from './address';
import { readAnchors, type Anchors } from './anchors';
import { RESPONSE_BUDGET, jsonBytes } from './bytes';
import type { ExcelFeatures } from './features';
import { isResponseTooLarge, queueSheetFacts, toCell, type ReadResult, type SheetFacts } from './reader';

/**
 * Reading only what an action needs, in a number of round trips that does not grow with the
 * workbook (while the needed cells fit one 5 MB response):
 *   1. the outline: sheet, table and workbook names (our tabs' anchors), workbook protection;
 *   2. every sheet's extent, protection, charts and merged areas, its first rows (headers and
 *      our marker) and every table's address and header row;
 *   3. the columns the plan needs: the tracker's opportunity, customer, rep and amount
 *      (TRACKER_FIELDS_PLANNED) and our tabs' key columns (SETUP_KEY_COLUMNS).
 * A 50 000-row tracker's six columns are past 5 MB on their own; the set-up needs four of them to
 * plan and copies the rows it adds inside Excel (CellBlock.copies), so it reads no more.
 * The funnel knows from the anchors where the milestone tab is and reads four of its columns
 * in round trip 2 (see readForFunnel).
 */

const EXTENT = 'rowIndex,columnIndex,rowCount,columnCount';

/** Columns of the first rows read from every sheet (headers past column CV are not looked for). */
const HEAD_COLUMNS = 100;

type Grid = (SnapshotCell[] | undefined)[];

function put(grid: Grid, top: number, left: number, values: readonly (readonly unknown[])[]): void {
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

export interface Outline {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly workbookProtected: boolean;
  readonly anchors: Anchors;
}

/** Round trip 1: names of sheets, tables and our anchors. */
export async function readOutline(context: Excel.RequestContext, features: ExcelFeatures): Promise<Outline> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name');
  const tables = wb.tables.load('items/name');
  // Our names one by one rather than the whole list: some old workbooks carry thousands of names.
  const names = TAB_KINDS.map((kind) => wb.names.getItemOrNullObject(anchorName(kind)).load('name,type,value,visible'));
  const protection = features.freezePanes ? wb.protection.load('protected') : null;
  await context.sync();
  const sheetNames = sheets.items.map((s) => s.name);
  return {
    sheets: sheetNames,
    tables: tables.items.map((t) => t.name),
    workbookProtected: protection?.protected ?? false,
    anchors: readAnchors(names.filter((n) => !n.isNullObject), sheetNames),
  };
}

/** What the applier needs of the facts, gathered into a ReadResult. */
class ResultBuilder {
  readonly grids = new Map<string, Grid>();
  readonly usedRows = new Map<string, number>();
  readonly tables = new Map<string, TableSnapshot[]>();
  readonly protectedSheets = new Set<string>();
  readonly charts = new Map<string, string[]>();
  readonly merged = new Map<string, CellRange[]>();

  constructor(readonly outline: Outline) {
    for (const s of outline.sheets) this.grids.set(s, []);
  }

  facts(sheet: string, f: SheetFacts): void {
    if (f.protection?.protected) this.protectedSheets.add(sheet);
    if (f.charts) this.charts.set(sheet, f.charts.items.map((c) => c.name));
    if (f.merged && !f.merged.isNullObject) this.merged.set(sheet, f.merged.address.split(',').map((a) => parseRangeAddress(a).range));
  }

  /** Records a table; returns it and its sheet as the sheet list spells it. */
  table(name: string, address: string, totalsRow = false): { table: TableSnapshot; sheet: string } {
    const { sheet, range } = parseRangeAddress(address);
    const key = this.outline.sheets.find((s) => s.toLowerCase() === sheet.toLowerCase()) ?? sheet;
    const table = { name, ...range, ...(totalsRow ? { totalsRow } : {}) };
    this.tables.set(key, [...(this.tables.get(key) ?? []), table]);
    return { table, sheet: key };
  }

  snapshot(): WorkbookSnapshot {
    const sheets: SheetSnapshot[] = this.outline.sheets.map((name) => {
      const used = this.usedRows.get(name);
      return { name, rows: this.grids.get(name) ?? [], tables: this.tables.get(name) ?? [], ...(used !== undefined ? { usedRows: used } : {}) };
    });
    return { sheets };
  }

  result(syncs: number, anchors: Anchors): ReadResult {
    return {
      snapshot: this.snapshot(),
      protectedSheets: this.protectedSheets,
      workbookProtected: this.outline.workbookProtected,
      charts: this.charts,
      merged: this.merged,
      syncs,
      anchors,
    };
  }
}

/** Columns of one sheet to read over a span of rows. */
interface ColumnNeed {
  readonly sheet: string;
  readonly cols: readonly number[];
  readonly top: number;
  readonly bottom: number;
}

/** Bytes a cell of each column takes in a response, judged from the first rows read. */
function cellBytes(grid: Grid, col: number, from: number): number {
  let bytes = 0;
  let n = 0;
  for (let r = from; r < Math.min(grid.length, HEADER_SCAN_ROWS); r++) {
    const v = grid[r]?.[col];
    if (v === undefined || v === null) continue;
    bytes += jsonBytes(v) + 1;
    n++;
  }
  // A sample is a guess: allow a fifth more, and some room for blanks and short samples.
  return n === 0 ? 24 : Math.max(4, Math.ceil((bytes / n) * 1.2));
}

/**
 * Round trips 3…: the needed columns, contiguous columns as one range. Each round trip is filled
 * up to the budget by the estimated response size, cutting a span of rows where the budget ends,
 * so the round trips are as few as the bytes allow. A refused round trip (the estimate was low)
 * is made again with the estimate of its pieces doubled.
 */
async function readColumns(context: Excel.RequestContext, needs: readonly ColumnNeed[], build: ResultBuilder, budget: number): Promise<number> {
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
  while (queue.length > 0) {
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
    syncs++;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per response-sized batch: together they pass Excel on the web's 5 MB cap, and a refused batch is retried smaller
      await context.sync();
    } catch (e) {
      if (!isResponseTooLarge(e) || batch.every((p) => p.top === p.bottom)) throw e;
      queue.unshift(...batch.map((p) => ({ ...p, perRow: p.perRow * 2 })));
      continue;
    }
    batch.forEach((p, i) => put(build.grids.get(p.sheet)!, p.top, p.left, loads[i].values));
  }
  return syncs;
}

/** "Read the whole workbook instead", with the round trips already made. */
export interface Fallback {
  readonly fallback: true;
  readonly syncs: number;
  readonly anchors: Anchors;
}

export interface SelectiveReadOptions {
  /** Response budget in bytes (Excel on the web refuses 5 MB); tests lower it. */
  readonly budget?: number;
}

/**
 * Round trip 2 of a set-up or an inspection: every sheet's extent and facts, its first rows,
 * every table's address and header row; `extra` queues more loads into the same round trip and
 * returns what to do with them once it is back.
 */
async function readHeads(context: Excel.RequestContext, features: ExcelFeatures, outline: Outline, extra?: () => (build: ResultBuilder) => void) {
  const wb = context.workbook;
  const build = new ResultBuilder(outline);
  const headRange = `A1:${columnLetter(HEAD_COLUMNS - 1)}${HEADER_SCAN_ROWS}`;
  const sheets = outline.sheets.map((name) => {
    const ws = wb.worksheets.getItem(name);
    return { name, facts: queueSheetFacts(ws, features, EXTENT), head: ws.getRange(headRange).load('values') };
  });
  const tables = outline.tables.map((name) => {
    const t = wb.tables.getItem(name);
    // ExcelApi 1.3 (readHeads runs on 1.4+): a Total Row is not an opportunity.
    return { name, table: t.load('showTotals'), range: t.getRange().load('address'), header: t.getHeaderRowRange().load('values') };
  });
  const finish = extra?.();
  await context.sync();

  const extent = new Map<string, { bottom: number; right: number }>();
  for (const s of sheets) {
    build.facts(s.name, s.facts);
    put(build.grids.get(s.name)!, 0, 0, s.head.values);
    const u = s.facts.used;
    const bottom = u.rowIndex + u.rowCount - 1;
    const right = u.columnIndex + u.columnCount - 1;
    extent.set(s.name, { bottom, right });
    // A sheet that fits in the rows read is whole; any other is read in part.
    if (bottom >= HEADER_SCAN_ROWS || right >= HEAD_COLUMNS) build.usedRows.set(s.name, bottom + 1);
  }
  for (const t of tables) {
    const { table, sheet } = build.table(t.name, t.range.address, t.table.showTotals);
    const grid = build.grids.get(sheet);
    if (grid) put(grid, table.top, table.left, t.header.values);
  }
  finish?.(build);
  return { build, extent };
}

/**
 * What the pane shows when it opens (the tracker, its headers, the reps for the funnel filter),
 * in two round trips whatever the size: the first rows of every sheet and, through its anchor,
 * the milestone tab's rep column. The tracker's extent is not read: the set-up reads it again.
 */
export async function readForInspect(context: Excel.RequestContext, features: ExcelFeatures): Promise<WorkbookSnapshot> {
  const outline = await readOutline(context, features);
  const milestones = outline.anchors.sheets.get('milestones');
  const { build, extent } = await readHeads(context, features, outline, () => {
    if (!milestones) return () => undefined;
    const col = columnLetter(MILESTONE_COL.rep);
    const reps = context.workbook.worksheets.getItem(milestones).getRange(`${col}:${col}`).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
    return (b) => {
      if (!reps.isNullObject) put(b.grids.get(milestones)!, reps.rowIndex, reps.columnIndex, reps.values);
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
 * tracker's mapped columns and our keyed tabs' key columns. Other cells are not read; sheets
 * read in part say how many rows they use, so nothing is appended over an unread cell.
 */
export async function readForSetup(context: Excel.RequestContext, features: ExcelFeatures, options: SelectiveReadOptions & { mapping?: TrackerMapping } = {}): Promise<ReadResult> {
  const budget = options.budget ?? RESPONSE_BUDGET;
  const outline = await readOutline(context, features);
  const { build, extent } = await readHeads(context, features, outline);
  let syncs = 2;

  const heads = build.snapshot();
  const needs: ColumnNeed[] = [];
  const inHeads = (sheet: string, cols: readonly number[], bottom: number) => bottom < HEADER_SCAN_ROWS && cols.every((c) => c < HEAD_COLUMNS) && !build.usedRows.has(sheet);
  for (const [kind, tab] of findOurTabs(heads)) {
    const cols = (SETUP_KEY_COLUMNS as Partial<Record<TabKind, readonly number[]>>)[kind];
    const bottom = extent.get(tab.sheet.name)?.bottom ?? 0;
    if (cols && bottom >= FIRST_DATA_ROW && !inHeads(tab.sheet.name, cols, bottom)) needs.push({ sheet: tab.sheet.name, cols, top: FIRST_DATA_ROW, bottom });
  }
  const mapping = options.mapping ?? detectTracker(heads);
  let copyOnly: ReadResult['copyOnly'];
  if (mapping && outline.sheets.includes(mapping.sheet)) {
    // Where Excel can copy (1.9), the close date is copied in place and not read: at 50 000 rows
    // it is what would push the read past one response.
    const fields = features.funnelChart ? TRACKER_FIELDS_PLANNED : [...TRACKER_FIELDS_PLANNED, 'expectedClose' as const];
    const cols = fields.map((f) => mapping.columns[f]).filter((c): c is number => c !== undefined);
    const close = mapping.columns.expectedClose;
    if (features.funnelChart && close !== undefined && !cols.includes(close)) copyOnly = { sheet: mapping.sheet, cols: new Set([close]) };
    // The table's bottom as it is now (a mapping from the pane may predate new rows), else the sheet's.
    const used = extent.get(mapping.sheet)?.bottom ?? 0;
    const table = mapping.table === undefined ? undefined : heads.sheets.find((s) => s.name === mapping.sheet)?.tables.find((t) => t.name === mapping.table);
    const bottom = table ? table.bottom : used;
    const headerRow = table?.top ?? mapping.headerRow;
    if (cols.length > 0 && bottom > headerRow && !inHeads(mapping.sheet, cols, bottom)) needs.push({ sheet: mapping.sheet, cols, top: headerRow + 1, bottom });
  }
  syncs += await readColumns(context, needs, build, budget);
  return { ...build.result(syncs, outline.anchors), copyOnly };
}

/** The milestone tab's columns the funnel reads: the level as Excel calculated it, not the checklist. */
const FUNNEL_COLUMNS = [MILESTONE_COL.opportunity, MILESTONE_COL.rep, MILESTONE_COL.amount, MILESTONE_COL.level] as const;

/**
 * What the funnel needs, in two round trips, when the anchors say where our tabs are: the
 * milestone tab's opportunity, rep, amount and calculated level columns, the funnel and history
 * tabs whole (they are small), and the marker of every other tab of ours. A Fallback when the
 * anchors are missing or do not hold (a tab moved, a marker gone) or the columns pass one
 * response: the caller then reads the whole workbook.
 */
export async function readForFunnel(context: Excel.RequestContext, features: ExcelFeatures): Promise<ReadResult | Fallback> {
  const outline = await readOutline(context, features);
  const { anchors } = outline;
  const milestones = anchors.sheets.get('milestones');
  if (!milestones) return { fallback: true, syncs: 1, anchors };
  const wb = context.workbook;
  const build = new ResultBuilder(outline);
  const ms = wb.worksheets.getItem(milestones);
  const msUsed = ms.getUsedRange(true).load('rowIndex,rowCount');
  const spans: [number, number][] = [];
  for (const c of FUNNEL_COLUMNS) {
    const last = spans[spans.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else spans.push([c, c]);
  }
  const columns = spans.map(([l, r]) => ms.getRange(`${columnLetter(l)}:${columnLetter(r)}`).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'));
  const whole = new Map<TabKind, { sheet: string; facts: SheetFacts }>();
  const markers = new Map<TabKind, { sheet: string; a1: Excel.Range }>();
  for (const [kind, sheet] of anchors.sheets) {
    if (kind === 'milestones') continue;
    const ws = wb.worksheets.getItem(sheet);
    if (kind === 'funnel' || kind === 'history') whole.set(kind, { sheet, facts: queueSheetFacts(ws, features, 'values,rowIndex,columnIndex', kind === 'funnel') });
    else markers.set(kind, { sheet, a1: ws.getRange('A1').load('values') });
  }
  const tables = outline.tables.map((name) => ({ name, range: wb.tables.getItem(name).getRange().load('address') }));
  try {
    await context.sync();
  } catch (e) {
    if (isResponseTooLarge(e)) return { fallback: true, syncs: 2, anchors };
    throw e;
  }

  const kindAt = (v: unknown) => readMarker(typeof v === 'string' ? v : null)?.kind;
  const msGrid = build.grids.get(milestones)!;
  for (const c of columns) if (!c.isNullObject) put(msGrid, c.rowIndex, c.columnIndex, c.values);
  build.usedRows.set(milestones, msUsed.rowIndex + msUsed.rowCount);
  let holds = kindAt(msGrid[0]?.[0]) === 'milestones';
  for (const [kind, w] of whole) {
    put(build.grids.get(w.sheet)!, w.facts.used.rowIndex, w.facts.used.columnIndex, w.facts.used.values);
    build.facts(w.sheet, w.facts);
    if (kindAt(build.grids.get(w.sheet)![0]?.[0]) !== kind) holds = false;
  }
  for (const [kind, m] of markers) {
    put(build.grids.get(m.sheet)!, 0, 0, m.a1.values);
    if (kindAt(m.a1.values[0][0]) !== kind) holds = false;
  }
  if (!holds) return { fallback: true, syncs: 2, anchors };
  for (const t of tables) build.table(t.name, t.range.address);
  return build.result(2, anchors);
}

