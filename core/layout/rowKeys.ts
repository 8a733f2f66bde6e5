import { isBlank, normalizeText } from '../cells/cellValue';
import { dayText } from '../errors';
import { cellValue } from './tracker';
import type { SheetSnapshot, SnapshotCell } from './types';
import { FIRST_DATA_ROW, HEADER_ROW } from './tabs';

/**
 * Row identity across runs: an opportunity is its name plus its customer, compared as users
 * see them (case, width and spaces ignored). The tracker has no id column and we may not add
 * one to the user's list; an id column of our own would not survive a rep retyping a row.
 * Duplicates are matched by occurrence: the second "ERP升级 | 华东精密" in the tracker is the
 * second such row on our tab. A renamed opportunity appears as a new row; nothing is deleted.
 * A date is its day in the host's time zone (dayText), so it matches the same day typed as text.
 */
export function rowKey(values: readonly unknown[]): string {
  // Joined by hand: one key per tracker row and tab row, without the two arrays map/join make.
  let key = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) key += '\u241f';
    if (!isBlank(v)) key += normalizeText(v instanceof Date ? dayText(v) : String(v));
  }
  return key;
}

/** A key of blank cells only (nothing but separators): a row that is no opportunity. */
export function blankKey(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== 0x241f) return false;
  return true;
}

/**
 * The key of a tab's row, its key columns read into `into` (one array for every row of a tab:
 * tens of thousands of rows per tab on a re-run, each an array and a string of garbage before).
 */
export function tabRowKey(row: readonly SnapshotCell[], keyCols: readonly number[], into: unknown[]): string {
  for (let k = 0; k < keyCols.length; k++) into[k] = cellValue(row[keyCols[k]]);
  into.length = keyCols.length;
  return rowKey(into);
}

/** Whether the row's first `width` cells are all blank. */
function blankRow(row: readonly SnapshotCell[], width: number): boolean {
  const n = Math.min(row.length, width);
  for (let c = 0; c < n; c++) if (!isBlank(cellValue(row[c]))) return false;
  return true;
}

/** How many times each key already appears on our tab, and the first free row below the data. */
export function existingKeys(sheet: SheetSnapshot, keyCols: readonly number[], firstDataRow: number, width = Infinity): { counts: Map<string, number>; nextRow: number } {
  const counts = new Map<string, number>();
  const values: unknown[] = [];
  let last = firstDataRow - 1;
  for (let r = firstDataRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    // Only the tab's own columns: a block beside them (the coaching tab's team counts) is no row of the tab.
    if (!row || blankRow(row, width)) continue;
    last = r;
    const key = tabRowKey(row, keyCols, values);
    if (blankKey(key)) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Cells in columns the host did not read still count: append below everything in use.
  if (sheet.usedRows !== undefined) last = Math.max(last, sheet.usedRows - 1);
  // A table may reach below the last filled row (rows users cleared): never write inside it.
  for (const t of sheet.tables) if (t.top <= firstDataRow && t.bottom > last) last = t.bottom;
  return { counts, nextRow: last + 1 };
}

/**
 * The sources not yet on the tab, in source order, by key occurrence: a key's first `counts`
 * sources are on the tab. `counts` is used up (counted down), instead of a second map of every
 * key (~2.5 MB a tab at 50 000 rows, held through planning).
 */
export function newSources<S>(sources: readonly { key: string; source: S }[], counts: Map<string, number>): S[] {
  const out: S[] = [];
  for (const { key, source } of sources) {
    const onTab = counts.get(key) ?? 0;
    if (onTab > 0) counts.set(key, onTab - 1);
    else out.push(source);
  }
  return out;
}

/**
 * Where an append-only tab of ours takes its next row: below the last row with a value in its
 * first `width` columns (every column when absent, and then below what the host saw in use), and
 * below its own table (at the header row, from column A).
 */
export function rowBelowLast(sheet: SheetSnapshot, width = Infinity): number {
  let last = FIRST_DATA_ROW - 1;
  for (let r = sheet.rows.length - 1; r > last; r--) {
    if (sheet.rows[r]?.slice(0, width).some((c: SnapshotCell) => !isBlank(cellValue(c)))) {
      last = r;
      break;
    }
  }
  if (width === Infinity && sheet.usedRows !== undefined) last = Math.max(last, sheet.usedRows - 1);
  for (const t of sheet.tables) if (t.top === HEADER_ROW && t.left === 0 && t.bottom > last) last = t.bottom;
  return last + 1;
}
