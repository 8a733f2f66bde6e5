import { shiftRows, type CellRange, type Plan, type PlanCell, type SheetSnapshot, type SnapshotCell } from '../../core/layout';
import { toSheetsCell } from './cells';
import type { Cell } from './sheetsApi';

/** One setValues: a rectangle (0-based, inclusive) and its grid of cells. */
export interface GridWrite {
  readonly sheet: string;
  readonly range: CellRange;
  readonly values: Cell[][];
}

/** A block or a fill of the plan, as a rectangle that paints its cells. */
interface Piece {
  readonly range: CellRange;
  readonly cell: (row: number, col: number) => PlanCell | undefined;
}

function piecesOf(plan: Plan, sheet: string): Piece[] {
  const out: Piece[] = [];
  for (const b of plan.writes) {
    if (b.sheet !== sheet || b.values.length === 0) continue;
    const width = Math.max(0, ...b.values.map((r) => r.length));
    if (width === 0) continue;
    if (b.values.every((r) => r.length === width)) {
      const range = { top: b.row, left: b.col, bottom: b.row + b.values.length - 1, right: b.col + width - 1 };
      out.push({ range, cell: (r, c) => b.values[r - b.row][c - b.col] });
      continue;
    }
    // A ragged block names only the cells its rows hold: a piece per row, merged again below
    // wherever the cells between may be written.
    b.values.forEach((row, i) => {
      if (row.length === 0) return;
      const top = b.row + i;
      out.push({ range: { top, bottom: top, left: b.col, right: b.col + row.length - 1 }, cell: (_r, c) => row[c - b.col] });
    });
  }
  for (const f of plan.fills) {
    if (f.sheet !== sheet || f.bottom < f.top) continue;
    const range = { top: f.top, left: f.col, bottom: f.bottom, right: f.col };
    out.push({ range, cell: (r) => ({ formula: shiftRows(f.formula, r - f.top) }) });
  }
  return out;
}

const isEmpty = (v: SnapshotCell | undefined) => v === null || v === undefined || v === '';

const union = (a: CellRange, b: CellRange): CellRange => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

/** The cells a sheet's pieces name, as a bitmap over their bounding box. */
class Coverage {
  private readonly bits: Uint8Array;
  private readonly width: number;

  constructor(
    readonly box: CellRange,
    pieces: readonly Piece[],
  ) {
    this.width = box.right - box.left + 1;
    this.bits = new Uint8Array((box.bottom - box.top + 1) * this.width);
    for (const p of pieces) {
      for (let r = p.range.top; r <= p.range.bottom; r++) {
        for (let c = p.range.left; c <= p.range.right; c++) {
          if (p.cell(r, c) !== undefined) this.bits[(r - box.top) * this.width + (c - box.left)] = 1;
        }
      }
    }
  }

  has(r: number, c: number): boolean {
    return this.bits[(r - this.box.top) * this.width + (c - this.box.left)] === 1;
  }
}

/**
 * The plan's cells for one sheet as few setValues calls as can be made without touching a cell
 * the plan does not name: a sheet the plan adds is empty, so its whole bounding box is one
 * write; on an existing sheet pieces are merged while their bounding box holds only planned
 * cells, or (on our own tabs, `ours`) cells that read empty.
 */
export function gridWrites(plan: Plan, sheet: string, existing: SheetSnapshot | undefined, ours: boolean): GridWrite[] {
  const pieces = piecesOf(plan, sheet);
  if (pieces.length === 0) return [];
  const box = pieces.map((p) => p.range).reduce(union);
  const coverage = existing ? new Coverage(box, pieces) : null;
  // A gap may be written (with "") only on our own tab, and only where the cell is empty.
  const writable = (r: number, c: number) => !coverage || coverage.has(r, c) || (ours && isEmpty(existing?.rows[r]?.[c]));
  const allWritable = (range: CellRange) => {
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) if (!writable(r, c)) return false;
    return true;
  };

  // Boxes that may be written whole, merged greedily from the pieces' own.
  let groups = pieces.map((p) => ({ range: p.range }));
  for (let merged = true; merged && groups.length > 1; ) {
    merged = false;
    outer: for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const range = union(groups[i].range, groups[j].range);
        if (!allWritable(range)) continue;
        groups[i] = { range };
        groups = groups.filter((_, k) => k !== j);
        merged = true;
        break outer;
      }
    }
  }

  // Every piece crossing a group's box is painted into it, in plan order: a cell holds what the
  // last piece naming it says (as in core's applyPlan), whichever group writes it.
  return groups.map(({ range }) => {
    const values: Cell[][] = [];
    for (let r = range.top; r <= range.bottom; r++) values.push(new Array<Cell>(range.right - range.left + 1).fill(''));
    for (const p of pieces) {
      if (!intersects(p.range, range)) continue;
      for (let r = Math.max(p.range.top, range.top); r <= Math.min(p.range.bottom, range.bottom); r++) {
        for (let c = Math.max(p.range.left, range.left); c <= Math.min(p.range.right, range.right); c++) {
          const cell = p.cell(r, c);
          if (cell !== undefined) values[r - range.top][c - range.left] = toSheetsCell(cell);
        }
      }
    }
    return { sheet, range, values };
  });
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
