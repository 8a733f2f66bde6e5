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

/** The cells `a` and `b` share, or null. */
export function overlap(a: CellRange, b: CellRange): CellRange | null {
  const r = { top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom), left: Math.max(a.left, b.left), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** A `sqref`'s pieces: its ranges, and as text the pieces we cannot read. */
export type SqrefPiece = CellRange | string;

/** The pieces of `sqref` with `cut` taken out (pieces we cannot read stay), and whether any cell went. */
export function cutSqref(sqref: string, cut: readonly CellRange[]): { pieces: SqrefPiece[]; touched: boolean } {
  const pieces: SqrefPiece[] = [];
  let touched = false;
  for (const piece of sqref.trim().split(/\s+/)) {
    const range = parseRange(piece);
    if (!range) {
      if (piece) pieces.push(piece);
      continue;
    }
    let left = [range];
    for (const c of cut) left = left.flatMap((r) => subtract(r, c));
    if (left.length !== 1 || left[0] !== range) touched = true;
    pieces.push(...left);
  }
  return { pieces, touched };
}

export function sqrefText(pieces: readonly SqrefPiece[]): string {
  return pieces.map((r) => (typeof r === 'string' ? r : r.top === r.bottom && r.left === r.right ? rangeRef(r).split(':')[0] : rangeRef(r))).join(' ');
}

export function union(a: CellRange, b: CellRange): CellRange {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}
