import { isBlank } from '../../core/cells/cellValue';
import { shiftRows, type CellRange, type Plan, type PlanCell, type SheetSnapshot } from '../../core/layout';
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
    const range = { top: b.row, left: b.col, bottom: b.row + b.values.length - 1, right: b.col + width - 1 };
    out.push({ range, cell: (r, c) => b.values[r - b.row]?.[c - b.col] });
  }
  for (const f of plan.fills) {
    if (f.sheet !== sheet || f.bottom < f.top) continue;
    const range = { top: f.top, left: f.col, bottom: f.bottom, right: f.col };
    out.push({ range, cell: (r) => ({ formula: shiftRows(f.formula, r - f.top) }) });
  }
  return out;
}

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
 * cells, or (on our own tabs, `ours`) cells that read blank. Later pieces win where they overlap,
 * as in core's applyPlan.
 */
export function gridWrites(plan: Plan, sheet: string, existing: SheetSnapshot | undefined, ours: boolean): GridWrite[] {
  const pieces = piecesOf(plan, sheet);
  if (pieces.length === 0) return [];
  const box = pieces.map((p) => p.range).reduce(union);
  const coverage = existing ? new Coverage(box, pieces) : null;
  const writable = (r: number, c: number) => !coverage || coverage.has(r, c) || (ours && isBlank(existing?.rows[r]?.[c]));
  const allWritable = (range: CellRange) => {
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) if (!writable(r, c)) return false;
    return true;
  };

  // Groups of pieces whose bounding box may be written whole; merged greedily.
  let groups = pieces.map((p) => ({ range: p.range, pieces: [p] }));
  for (let merged = true; merged && groups.length > 1; ) {
    merged = false;
    outer: for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const range = union(groups[i].range, groups[j].range);
        if (!allWritable(range)) continue;
        groups[i] = { range, pieces: [...groups[i].pieces, ...groups[j].pieces] };
        groups = groups.filter((_, k) => k !== j);
        merged = true;
        break outer;
      }
    }
  }

  return groups.map(({ range, pieces: members }) => {
    const values: Cell[][] = [];
    for (let r = range.top; r <= range.bottom; r++) values.push(new Array<Cell>(range.right - range.left + 1).fill(''));
    // Paint in plan order (the group keeps it), so a later piece wins.
    const order = pieces.filter((p) => members.includes(p));
    for (const p of order) {
      for (let r = p.range.top; r <= p.range.bottom; r++) {
        for (let c = p.range.left; c <= p.range.right; c++) {
          const cell = p.cell(r, c);
          if (cell !== undefined) values[r - range.top][c - range.left] = toSheetsCell(cell);
        }
      }
    }
    return { sheet, range, values };
  });
}
