import type { CellRange } from '../../core/layout/a1';
import { translateFormula } from './formulaShift';
import { cutSqref, sqrefText, type SqrefPiece } from './ranges';

/** One rule's cells and formulas. */
export interface RulePart {
  readonly sqref: string;
  readonly formulas: readonly string[];
}

/** What becomes of an existing validation rule when new rules take `cut`. */
export type RuleCut =
  /** The rule becomes these rules (none: it lost every cell; one, unless one anchor cannot serve what is left). */
  | { readonly whole: false; readonly parts: readonly RulePart[] }
  /** The rule stays as it was, and the new rules stay off `cells`. */
  | { readonly whole: true; readonly cells: readonly CellRange[] };

interface Corner {
  readonly row: number;
  readonly col: number;
}

const same = (a: Corner | null, b: Corner | null) => !!a && !!b && a.row === b.row && a.col === b.col;

/**
 * The cells a reader may count a rule's references from: the first range's top-left, the corner
 * of all the ranges, and the range corner leftmost then topmost (LibreOffice 7.4 takes that one:
 * `LEN(AB45)` on "AB45:AB50 Y51:AB60" reads as counted from Y51). Null: a piece we cannot read.
 */
function corners(pieces: readonly SqrefPiece[]): { first: Corner | null; box: Corner | null; least: Corner | null } {
  const ranges = pieces.filter((p): p is CellRange => typeof p !== 'string');
  if (ranges.length === 0 || ranges.length !== pieces.length) return { first: null, box: null, least: null };
  const box = { row: Math.min(...ranges.map((r) => r.top)), col: Math.min(...ranges.map((r) => r.left)) };
  const least = ranges.reduce((a, r) => (r.left < a.left || (r.left === a.left && r.top < a.top) ? r : a));
  return { first: { row: ranges[0].top, col: ranges[0].left }, box, least: { row: least.top, col: least.left } };
}

/** One cell for every reader: the first range's corner is the corner of all (then also the leftmost-topmost). */
const anchored = (c: ReturnType<typeof corners>) => same(c.first, c.box) && same(c.first, c.least);

/** Formulas moved from one top-left cell to another, or null when one cannot be moved. */
function moved(formulas: readonly string[], from: Corner, to: Corner): string[] | null {
  const out = formulas.map((f) => translateFormula(f, to.row - from.row, to.col - from.col));
  return out.every((f): f is string => f !== null) ? out : null;
}

/**
 * The rule less the cells in `cut`. A rule's relative references count from the top-left cell of
 * its sqref (that is how Excel and LibreOffice read `LEN(AH45)` on AH45:AH60: the cell itself).
 * When the cut moves that cell, the references are translated by the same offset, so every cell
 * the rule keeps is checked against the same cells as before. With several ranges, readers agree
 * on that cell only when the first range's corner is the corner of all (corners() above); our
 * output puts that range first. When what is left has no such cell (the cut took the corner of
 * a block: B1:C5 and A6:C10 are left of A1:C10), each piece becomes a rule of its own, anchored
 * at its own corner. A rule we cannot move safely (its own anchor is ambiguous and
 * the cut changes it, or a reference would fall off the sheet) is kept whole and our new rules
 * leave its cells alone: a user's check that keeps working is worth more than our drop-down on a
 * few cells, and no cell is ever under two rules.
 */
export function cutRule(sqref: string, formulas: readonly string[], cut: readonly CellRange[]): RuleCut {
  const { pieces, touched } = cutSqref(sqref, cut);
  if (!touched) return { whole: false, parts: [{ sqref, formulas }] };
  if (pieces.length === 0) return { whole: false, parts: [] };
  // The piece at the corner of all that is left goes first, so the anchor is one cell for every reader.
  const box = corners(pieces).box;
  const at = pieces.findIndex((p) => typeof p !== 'string' && same({ row: p.top, col: p.left }, box));
  if (at > 0) pieces.unshift(...pieces.splice(at, 1));
  const relative = formulas.some((f) => translateFormula(f, 1, 1) !== f);
  if (!relative) return { whole: false, parts: [{ sqref: sqrefText(pieces), formulas }] };
  const original = cutSqref(sqref, []).pieces;
  const before = corners(original);
  const after = corners(pieces);
  const keep: RuleCut = { whole: true, cells: original.filter((p): p is CellRange => typeof p !== 'string') };
  if (!anchored(before)) {
    // Which cell the rule counts from is unclear already: cut only when no candidate moves.
    const still = same(before.first, after.first) && same(before.box, after.box) && same(before.least, after.least);
    return still ? { whole: false, parts: [{ sqref: sqrefText(pieces), formulas }] } : keep;
  }
  const from = before.first!;
  const groups = anchored(after) ? [pieces] : pieces.map((p) => [p]);
  const parts: RulePart[] = [];
  for (const group of groups) {
    const to = corners(group).first;
    const f = to && moved(formulas, from, to);
    if (!f) return keep;
    parts.push({ sqref: sqrefText(group), formulas: f });
  }
  return { whole: false, parts };
}
