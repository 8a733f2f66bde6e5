import { shiftRows } from './a1';
import type { FormulaFill, PlanCell, Plan, SheetSnapshot, SnapshotCell, TableSnapshot, WorkbookSnapshot } from './types';

function toSnapshotCell(cell: PlanCell): SnapshotCell {
  return cell;
}

export interface ApplyOptions {
  /**
   * Leave formula columns out: planning the funnel needs only the values, and writing out the
   * text of every filled formula costs seconds at 50 000 rows.
   */
  readonly skipFills?: boolean;
}

/**
 * How far the plan's writes reach on each row, by sheet: the length a written row ends with, so
 * a row copied to be written is made at that length at once (grown cell by cell, each of 50 000
 * new milestone rows would keep room for 67 cells, not 39). Holes in a plan's row are not
 * written: a row reaches its last cell. applyPlan sets a row's entry to -1 once it has copied it.
 */
function reachOf(plan: Plan, fills: readonly FormulaFill[]): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  const size = (sheet: string, rows: number) => {
    if ((out.get(sheet)?.length ?? 0) < rows) out.set(sheet, new Int32Array(rows));
  };
  for (const block of plan.writes) size(block.sheet, block.row + block.values.length);
  for (const fill of fills) size(fill.sheet, fill.bottom + 1);
  for (const block of plan.writes) {
    const reach = out.get(block.sheet)!;
    block.values.forEach((values, i) => {
      let end = values.length;
      while (end > 0 && !(end - 1 in values)) end--;
      reach[block.row + i] = Math.max(reach[block.row + i], block.col + end);
    });
  }
  for (const fill of fills) {
    const reach = out.get(fill.sheet)!;
    for (let r = fill.top; r <= fill.bottom; r++) reach[r] = Math.max(reach[r], fill.col + 1);
  }
  return out;
}

/**
 * The plan applied to a snapshot, in memory: what a host's read-back would show. Core uses it to
 * plan the funnel on the set-up's result in the same batch; tests and host fakes use it as the
 * reference applier. Sheets and rows not written are shared, not copied.
 */
export function applyPlan(snapshot: WorkbookSnapshot, plan: Plan, options: ApplyOptions = {}): WorkbookSnapshot {
  const sheets = new Map<string, { name: string; rows: (SnapshotCell[] | undefined)[]; tables: TableSnapshot[] }>();
  const order: string[] = [];
  for (const s of snapshot.sheets) {
    sheets.set(s.name, { name: s.name, rows: s.rows as (SnapshotCell[] | undefined)[], tables: [...s.tables] });
    order.push(s.name);
  }
  const fills = options.skipFills ? [] : plan.fills;
  const reaches = reachOf(plan, fills);
  const rowsCopied = new Set<string>();
  const sheetOf = (name: string) => {
    const s = sheets.get(name);
    if (!s) throw new Error(`plan writes to a sheet that does not exist: ${name}`);
    if (!rowsCopied.has(name)) {
      s.rows = s.rows.slice();
      rowsCopied.add(name);
    }
    return s;
  };
  // Row r of a sheet as its own copy, at the length the plan's writes give it.
  const ownRow = (s: { name: string; rows: (SnapshotCell[] | undefined)[] }, r: number): SnapshotCell[] => {
    const reach = reaches.get(s.name)!;
    if (reach[r] >= 0) {
      const old = s.rows[r] ?? [];
      const row = new Array<SnapshotCell>(Math.max(old.length, reach[r]));
      for (let c = 0; c < old.length; c++) if (c in old) row[c] = old[c];
      s.rows[r] = row;
      reach[r] = -1;
    }
    return s.rows[r]!;
  };
  for (const add of plan.addSheets) {
    sheets.set(add.name, { name: add.name, rows: [], tables: [] });
    order.push(add.name);
    rowsCopied.add(add.name);
  }
  for (const block of plan.writes) {
    const s = sheetOf(block.sheet);
    block.values.forEach((values, i) => {
      const r = block.row + i;
      if (block.col === 0 && s.rows[r] === undefined) {
        // A new row: the plan's own array is shared, not copied (50 000 rows of ours would
        // otherwise exist twice); a later write to the row copies it first (it is not `copied`).
        s.rows[r] = values as SnapshotCell[];
        return;
      }
      const row = ownRow(s, r);
      // By index, as forEach would (holes not written), without a callback made for each of 50 000 rows.
      for (let j = 0; j < values.length; j++) if (j in values) row[block.col + j] = toSnapshotCell(values[j]);
    });
  }
  for (const fill of fills) {
    const s = sheetOf(fill.sheet);
    for (let r = fill.top; r <= fill.bottom; r++) ownRow(s, r)[fill.col] = { formula: shiftRows(fill.formula, r - fill.top) };
  }
  for (const t of plan.tables) {
    const s = sheetOf(t.sheet);
    const table: TableSnapshot = { name: t.name, ...t.range };
    const i = s.tables.findIndex((x) => x.name === t.name);
    if (i >= 0) s.tables[i] = table;
    else s.tables.push(table);
  }
  const out: SheetSnapshot[] = order.map((name) => {
    const s = sheets.get(name)!;
    return { name: s.name, rows: s.rows, tables: s.tables };
  });
  return { sheets: out };
}
