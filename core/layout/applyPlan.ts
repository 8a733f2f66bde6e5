import { shiftRows } from './a1';
import type { PlanCell, Plan, SheetSnapshot, SnapshotCell, TableSnapshot, WorkbookSnapshot } from './types';

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
 * The plan applied to a snapshot, in memory: what a host's read-back would show. Core uses it to
 * plan the funnel on the set-up's result in the same batch; tests and host fakes use it as the
 * reference applier. Sheets and rows not written are shared, not copied.
 */
export function applyPlan(snapshot: WorkbookSnapshot, plan: Plan, options: ApplyOptions = {}): WorkbookSnapshot {
  const sheets = new Map<string, { name: string; rows: (SnapshotCell[] | undefined)[]; tables: TableSnapshot[]; copied: Set<number> }>();
  const order: string[] = [];
  for (const s of snapshot.sheets) {
    sheets.set(s.name, { name: s.name, rows: s.rows as (SnapshotCell[] | undefined)[], tables: [...s.tables], copied: new Set() });
    order.push(s.name);
  }
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
  for (const add of plan.addSheets) {
    sheets.set(add.name, { name: add.name, rows: [], tables: [], copied: new Set() });
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
      if (!s.copied.has(r)) {
        s.rows[r] = s.rows[r] ? s.rows[r]!.slice() : [];
        s.copied.add(r);
      }
      const row = s.rows[r]!;
      values.forEach((v, j) => {
        row[block.col + j] = toSnapshotCell(v);
      });
    });
  }
  for (const fill of options.skipFills ? [] : plan.fills) {
    const s = sheetOf(fill.sheet);
    for (let r = fill.top; r <= fill.bottom; r++) {
      if (!s.copied.has(r)) {
        s.rows[r] = s.rows[r] ? s.rows[r]!.slice() : [];
        s.copied.add(r);
      }
      s.rows[r]![fill.col] = { formula: shiftRows(fill.formula, r - fill.top) };
    }
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
