import { isBlank } from '../cells/cellValue';
import { rowKey } from './rowKeys';
import type { TrackerRow } from './tracker';
import type { PlanCell } from './types';

/** A value of the tracker (a customer, a rep) and the row it first appears on. */
export interface TrackedValue {
  readonly value: PlanCell;
  readonly row: number;
}

/**
 * Each value's first occurrence, in tracker order, blanks left out, keyed as rowKey keys it
 * (case, width and spaces ignored). A customer or rep repeats on most rows: a cell already
 * seen as it is is passed over before its key is made again (it would be the same key).
 */
export function distinct(rows: readonly TrackerRow[], field: 'customer' | 'rep'): { key: string; source: TrackedValue }[] {
  const seen = new Set<string>();
  const keyed = new Set<unknown>();
  const out: { key: string; source: TrackedValue }[] = [];
  // By index: a for-of allocates an iteration result per row until the loop is optimised.
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const v = r[field];
    if (keyed.has(v)) continue;
    keyed.add(v);
    if (isBlank(v)) continue;
    const key = rowKey([v]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, source: { value: v as PlanCell, row: r.row } });
  }
  return out;
}
