/**
 * The tracker is the truth for what it holds. Every run brings the rows a tab already has up to
 * date with the team's list: the copied rep, amount and expected close, and the status when the
 * list has a stage or status column. Rows are matched as the set-up matches them (rowKeys: name
 * plus customer, duplicates by occurrence). A row the list no longer has is kept and marked
 * removed, never deleted. Cells reps enter (ticks, levels, roles, notes) are never written.
 */
import { cellFormula, cellValue } from './snapshotCell';
import { blankKey, tabRowKey } from './rowKeys';
import { FIRST_DATA_ROW, type OurTab } from './tabs';
import { showValue } from '../errors';
import { dateFromText, dayNumber } from '../cells/calendar';
import type { PlanBuilder } from './planBuilder';
import type { PlanCell } from './types';

/** A column the tracker refreshes: where it is on our tab, and its value for a source. */
export interface RefreshedColumn<S> {
  readonly col: number;
  readonly field: RefreshField;
  /** The value the tracker gives the cell now holding `current`; undefined leaves it as it is. */
  readonly value: (source: S, current: unknown) => PlanCell | undefined;
}

export type RefreshField = 'rep' | 'amount' | 'expectedClose' | 'status';

export interface RefreshedRow {
  /** 0-based row on our tab. */
  readonly row: number;
  readonly opportunity: string;
  readonly from: string;
  readonly to: string;
}

/** What a run changed on the rows a tab already had, by field, and the rows marked removed. */
export type TrackerRefresh = Readonly<Record<RefreshField, readonly RefreshedRow[]>> & { readonly removed: readonly RefreshedRow[] };

export const NO_REFRESH: TrackerRefresh = { rep: [], amount: [], expectedClose: [], status: [], removed: [] };

/** The day a cell names: a date, its day number, or a date written as text (2027/03/15); else null. */
function dayOf(v: unknown): number | null {
  if (v instanceof Date) return dayNumber(v);
  if (typeof v === 'number') return v;
  const d = typeof v === 'string' ? dateFromText(v) : null;
  return d ? dayNumber(d) : null;
}

/**
 * Two cells hold the same value as a spreadsheet shows it (blank is blank, dates by day and time).
 * A date is the same as its day number (Excel reads a date cell as its number) and as its day
 * written as text: a close the tracker holds as text is read as a date (planSetup.closeSource),
 * and our tab may hold that text (an earlier version's copy, Excel's in-place copy at a first
 * set-up); neither is a change to report or write again each run.
 */
export function sameCell(a: unknown, b: unknown): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (a instanceof Date || b instanceof Date) return dayOf(a) !== null && dayOf(a) === dayOf(b);
  return a === b;
}

/** The rows of our tab matched to the sources, by key occurrence; rows no source has are `unmatched`. */
function matchRows<S>(tab: OurTab, keyCols: readonly number[], sources: readonly { key: string; source: S }[]): { matched: { row: number; source: S }[]; unmatched: number[] } {
  // Each key's next source, and a queue only for a key that repeats (50 000 one-source arrays were ~2.5 MB a tab).
  const next = new Map<string, S | undefined>();
  const more = new Map<string, S[]>();
  for (const { key, source } of sources) {
    const queue = more.get(key);
    if (!next.has(key)) next.set(key, source);
    else if (queue) queue.push(source);
    else more.set(key, [source]);
  }
  const matched: { row: number; source: S }[] = [];
  const unmatched: number[] = [];
  const rows = tab.sheet.rows;
  const values: unknown[] = [];
  for (let r = FIRST_DATA_ROW; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const key = tabRowKey(row, keyCols, values);
    if (blankKey(key)) continue;
    const source = next.get(key);
    if (source !== undefined) next.set(key, more.get(key)?.shift());
    if (source === undefined) unmatched.push(r);
    else matched.push({ row: r, source });
  }
  return { matched, unmatched };
}

/** Unchanged rows a run of changes may span before it is split in two blocks. */
const MAX_GAP = 64;

/**
 * Writes the changed cells of one column as blocks over runs of consecutive rows; the rows in
 * between that did not change are written with the value they hold (our copied columns, never
 * a user's entry), so a column of scattered changes is a few blocks, not thousands. A formula
 * found in the column is never overwritten: it ends a run.
 */
export function writeColumn(plan: PlanBuilder, sheet: string, tab: OurTab, col: number, changes: ReadonlyMap<number, PlanCell>): void {
  const rows = [...changes.keys()].sort((a, b) => a - b);
  let i = 0;
  while (i < rows.length) {
    const top = rows[i];
    const values: PlanCell[][] = [];
    let gap = 0;
    for (let r = top; r <= rows[rows.length - 1]; r++) {
      const cell = tab.sheet.rows[r]?.[col];
      if (changes.has(r)) {
        values.push([changes.get(r)!]);
        gap = 0;
      } else if (cellFormula(cell) !== null || ++gap > MAX_GAP) break;
      else values.push([(cellValue(cell ?? null) ?? null) as PlanCell]);
    }
    // Trailing unchanged rows are not written.
    while (values.length > 0 && !changes.has(top + values.length - 1)) values.pop();
    plan.writes.push({ sheet, row: top, col, values });
    while (i < rows.length && rows[i] < top + values.length) i++;
  }
}

/**
 * The refresh of one tab: each column's new values where they differ from the tab's, and the
 * rows the tracker no longer has marked with `removedStatus` (when the tab has a status column).
 */
export function planTrackerRefresh<S>(
  plan: PlanBuilder,
  tab: OurTab,
  spec: {
    readonly keyCols: readonly number[];
    readonly sources: readonly { key: string; source: S }[];
    readonly columns: readonly RefreshedColumn<S>[];
    readonly nameCols: readonly number[];
    readonly removed?: { readonly col: number; readonly value: PlanCell };
  },
): TrackerRefresh {
  const sheet = tab.sheet.name;
  const { matched, unmatched } = matchRows(tab, spec.keyCols, spec.sources);
  const nameOf = (r: number) => spec.nameCols.map((c) => showValue(cellValue(tab.sheet.rows[r]?.[c] ?? null))).find((t) => t !== '') ?? `#${r + 1}`;
  const report: Record<RefreshField, RefreshedRow[]> & { removed: RefreshedRow[] } = { rep: [], amount: [], expectedClose: [], status: [], removed: [] };
  for (const column of spec.columns) {
    const changes = new Map<number, PlanCell>();
    for (const { row, source } of matched) {
      const cell = tab.sheet.rows[row]?.[column.col];
      if (cellFormula(cell) !== null) continue;
      const now = cellValue(cell ?? null);
      const next = column.value(source, now);
      if (next === undefined || sameCell(now, next)) continue;
      changes.set(row, next);
      report[column.field].push({ row, opportunity: nameOf(row), from: showValue(now), to: showValue(next) });
    }
    if (changes.size > 0) writeColumn(plan, sheet, tab, column.col, changes);
  }
  if (spec.removed) {
    const { col, value } = spec.removed;
    const changes = new Map<number, PlanCell>();
    for (const row of unmatched) {
      const now = cellValue(tab.sheet.rows[row]?.[col] ?? null);
      if (sameCell(now, value)) continue;
      changes.set(row, value);
      report.removed.push({ row, opportunity: nameOf(row), from: showValue(now), to: showValue(value) });
    }
    if (changes.size > 0) writeColumn(plan, sheet, tab, col, changes);
  }
  return report;
}
