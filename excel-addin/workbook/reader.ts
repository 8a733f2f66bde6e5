/// <reference types="office-js" />
import { findOurTabs, rangeRef, type CellRange, type SheetSnapshot, type SnapshotCell, type TableSnapshot, type WorkbookSnapshot } from '../../core/layout';
import { parseRangeAddress } from './address';
import { REQUEST_BUDGET, jsonBytes } from './bytes';
import type { ExcelFeatures } from './features';
import type { Anchors } from './anchors';
import { queueMerged } from './mergedRead';
import { isResponseTooLarge, valuesMissing, syncBatches } from './syncBatch';

/** What the applier needs to know besides the cells: what it may not write, and what exists. */
export interface ReadResult {
  readonly snapshot: WorkbookSnapshot;
  readonly protectedSheets: ReadonlySet<string>;
  readonly workbookProtected: boolean;
  /** Charts by sheet name. */
  readonly charts: ReadonlyMap<string, readonly ChartInfo[]>;
  /** Merged areas by sheet name, where asked (mergedRead.ts; ExcelApi 1.13, empty before). */
  readonly merged: ReadonlyMap<string, readonly CellRange[]>;
  /** Syncs the read took: 2, or more for a workbook whose cells exceed one 5 MB response. */
  readonly syncs: number;
  /** Our tabs' anchors as found (selective reads; see anchors.ts). */
  readonly anchors?: Anchors;
  /**
   * Tracker columns deliberately not read, because the plan only copies them (the expected
   * close date): the applier must copy every one of their cells inside Excel.
   */
  readonly copyOnly?: { readonly sheet: string; readonly cols: ReadonlySet<number> };
}

/** A chart as the read found it: its name and type ('Funnel'…). */
export interface ChartInfo {
  readonly name: string;
  readonly type: string;
}

/** A sheet's charts as loaded by queueSheetFacts. */
export function chartInfos(charts: Excel.ChartCollection): ChartInfo[] {
  return charts.items.map((c) => ({ name: c.name, type: String(c.chartType) }));
}

/** A value as Excel returns it → as core reads it ("" is blank). */
export function toCell(v: unknown): SnapshotCell {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** A first guess at one cell's size in a response; corrected from the first piece of each sheet. */
const BYTES_PER_CELL_GUESS = 16;

interface Grid {
  top: number;
  left: number;
  values: unknown[][];
}

/** What the applier must know of a sheet before writing: its used range, protection, charts (merged areas: mergedRead.ts). */
export interface SheetFacts {
  readonly used: Excel.Range;
  readonly protection: Excel.WorksheetProtection | null;
  readonly charts: Excel.ChartCollection | null;
}

/** Queues a sheet's facts; `usedProps` says what of the used range to load (its values, or only its extent). */
export function queueSheetFacts(sheet: Excel.Worksheet, usedProps: string, charts = true): SheetFacts {
  return {
    used: sheet.getUsedRange(true).load(usedProps),
    protection: sheet.protection.load('protected'),
    charts: charts ? sheet.charts.load('items/name,items/chartType') : null,
  };
}

/** The per-sheet facts of the second sync; `withValues` adds every used cell. */
function queueFacts(sheets: Excel.Worksheet[], tables: Excel.Table[], withValues: boolean) {
  return {
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      sheet,
      ...queueSheetFacts(sheet, withValues ? 'values,rowIndex,columnIndex' : 'rowIndex,columnIndex,rowCount,columnCount'),
    })),
    tables: tables.map((t) => ({ name: t.name, range: t.getRange().load('address') })),
  };
}

/** Used cells in row pieces, as many pieces per sync as fit the budget; a refused sync is retried in halves. */
async function readInPieces(context: Excel.RequestContext, facts: ReturnType<typeof queueFacts>['sheets'], wanted: readonly boolean[], budget: number): Promise<{ grids: Grid[]; syncs: number }> {
  interface Piece {
    sheet: number;
    top: number;
    rows: number;
  }
  const grids: Grid[] = facts.map((f) => ({ top: f.used.rowIndex, left: f.used.columnIndex, values: [] }));
  const perCell = facts.map(() => BYTES_PER_CELL_GUESS);
  const size = (p: Piece) => p.rows * facts[p.sheet].used.columnCount * perCell[p.sheet];
  const queue: Piece[] = [];
  facts.forEach((f, i) => {
    // Sheets the caller does not need are read as their first row (our marker lives there).
    const rows = wanted[i] ? f.used.rowCount : Math.min(1, f.used.rowCount);
    queue.push({ sheet: i, top: f.used.rowIndex, rows });
  });
  const syncs = await syncBatches(context, queue, {
    take: (q) => {
      // Cut pieces to the current estimate, then take as many as fit one response.
      const cut = q.flatMap((p) => {
        const per = Math.max(1, Math.floor(budget / (facts[p.sheet].used.columnCount * perCell[p.sheet])));
        const out: Piece[] = [];
        for (let r = 0; r < p.rows; r += per) out.push({ sheet: p.sheet, top: p.top + r, rows: Math.min(per, p.rows - r) });
        return out;
      });
      q.length = 0;
      for (const p of cut) q.push(p);
      const batch: Piece[] = [];
      let bytes = 0;
      while (q.length > 0 && (batch.length === 0 || bytes + size(q[0]) <= budget)) {
        bytes += size(q[0]);
        batch.push(q.shift()!);
      }
      return batch;
    },
    load: (p) => {
      const f = facts[p.sheet];
      const box = { top: p.top, bottom: p.top + p.rows - 1, left: f.used.columnIndex, right: f.used.columnIndex + f.used.columnCount - 1 };
      return f.sheet.getRange(rangeRef(box)).load('values');
    },
    single: (p) => p.rows === 1,
    smaller: (p) => {
      perCell[p.sheet] *= 2;
      return p;
    },
    got: (p, values) => {
      const grid = grids[p.sheet];
      values.forEach((row, k) => (grid.values[p.top - grid.top + k] = row));
      const cells = p.rows * facts[p.sheet].used.columnCount;
      perCell[p.sheet] = Math.max(2, Math.ceil((jsonBytes(values) / cells) * 1.25));
    },
  });
  return { grids, syncs };
}

/**
 * The workbook as core reads it, in two syncs whatever its size while the cells fit one 5 MB
 * response: the first learns the sheet and table names, the second loads every sheet's used
 * values, protection and charts and every table's address at once. A workbook too large for one
 * response (Excel refuses it) is read again in row pieces, a few syncs more. Values only: core
 * plans from what cells show, and loading formulas too would double the response.
 */
export interface ReadOptions {
  readonly budget?: number;
  /**
   * When the workbook is too large for one response: which sheets are needed in full, given
   * the value of their cell A1 (our tabs' marker). Others are then read as their first row.
   */
  readonly needs?: (firstCell: unknown) => boolean;
}

export async function readWorkbook(context: Excel.RequestContext, features: ExcelFeatures, options: ReadOptions = {}): Promise<ReadResult> {
  const budget = options.budget ?? REQUEST_BUDGET;
  const wb = context.workbook;
  const sheetList = wb.worksheets.load('items/name');
  const tableList = wb.tables.load('items/name');
  const wbProtection = wb.protection.load('protected');
  await context.sync();
  let syncs = 1;

  let facts = queueFacts(sheetList.items, tableList.items, true);
  let grids: Grid[] | undefined;
  try {
    await context.sync();
    if (facts.sheets.every((f) => !valuesMissing(f.used.values))) grids = facts.sheets.map((f) => ({ top: f.used.rowIndex, left: f.used.columnIndex, values: f.used.values }));
  } catch (e) {
    if (!isResponseTooLarge(e)) throw e;
  }
  syncs++;
  if (!grids) {
    facts = queueFacts(sheetList.items, tableList.items, false);
    const firstCells = facts.sheets.map((f) => f.sheet.getRange('A1').load('values'));
    await context.sync();
    syncs++;
    const wanted = firstCells.map((a1) => options.needs?.(a1.values[0][0]) ?? true);
    const pieces = await readInPieces(context, facts.sheets, wanted, budget);
    grids = pieces.grids;
    syncs += pieces.syncs;
  }

  const tablesBySheet = new Map<string, TableSnapshot[]>();
  for (const t of facts.tables) {
    const { sheet, range } = parseRangeAddress(t.range.address);
    const key = sheet.toLowerCase();
    tablesBySheet.set(key, [...(tablesBySheet.get(key) ?? []), { name: t.name, ...range }]);
  }
  const protectedSheets = new Set<string>();
  const charts = new Map<string, ChartInfo[]>();
  const merged = new Map<string, CellRange[]>();
  const out: SheetSnapshot[] = facts.sheets.map((s, i) => {
    if (s.protection?.protected) protectedSheets.add(s.name);
    charts.set(s.name, s.charts ? chartInfos(s.charts) : []);
    const rows: (SnapshotCell[] | undefined)[] = [];
    const { top, left, values } = grids[i];
    values.forEach((row, k) => {
      if (!row || row.every((v) => v === '' || v === null)) return;
      const cells: SnapshotCell[] = new Array(left).fill(null);
      for (const v of row) cells.push(toCell(v));
      rows[top + k] = cells;
    });
    return { name: s.name, rows, tables: tablesBySheet.get(s.name.toLowerCase()) ?? [] };
  });
  // Merged areas only over our tabs, where the plan writes, in one more round trip (mergedRead.ts).
  const ours = features.mergedAreas ? [...findOurTabs({ sheets: out }).values()].map((t) => ({ sheet: t.sheet.name })) : [];
  if (ours.length > 0) {
    const finish = queueMerged(context, ours);
    syncs++;
    try {
      await context.sync();
      finish(merged);
    } catch {
      // Past 512 merged areas Excel fails the request: the sheets are left unchecked.
    }
  }
  return { snapshot: { sheets: out }, protectedSheets, workbookProtected: wbProtection.protected, charts, merged, syncs };
}
