import { parseRange, rangeRef, type CellRange } from '../../core/layout/a1';

/** `a` less `b`: up to four rectangles (above, below, left, right of the overlap). */
export function subtract(a: CellRange, b: CellRange): CellRange[] {
  if (b.bottom < a.top || b.top > a.bottom || b.right < a.left || b.left > a.right) return [a];
  const out: CellRange[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/** A space-separated list of ranges (`sqref`) with `cut` taken out; pieces we cannot read stay. */
export function sqrefWithout(sqref: string, cut: readonly CellRange[]): string {
  const out: string[] = [];
  for (const piece of sqref.trim().split(/\s+/)) {
    const range = parseRange(piece);
    if (!range) {
      out.push(piece);
      continue;
    }
    let left = [range];
    for (const c of cut) left = left.flatMap((r) => subtract(r, c));
    for (const r of left) out.push(r.top === r.bottom && r.left === r.right ? rangeRef(r).split(':')[0] : rangeRef(r));
  }
  return out.join(' ');
}

export function union(a: CellRange, b: CellRange): CellRange {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}
