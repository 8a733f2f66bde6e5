import type { CellBlock, FormulaFill } from '../../core/layout';

/**
 * Which of the plan's blocks and fills writes each column of a row, found once per run of rows
 * where the same blocks and fills apply (a handful of runs on a 50 000-row tab) instead of
 * looking at every block and fill for every row, and already in column order, so a row's cells
 * are written as they come (no map of cells per row, no sort).
 *
 * Later writers win, fills over blocks, as the plan lists them: a column's candidates are kept
 * highest first, and a block only writes a row whose values reach its column.
 */
export interface Candidate {
  /**
   * The block's index in the plan's blocks, or -1 for a fill. Indices, not the blocks: every
   * candidate then has fields of one kind (small integers), and the writer's hot loop that reads
   * them keeps one optimised form instead of being thrown back to the interpreter when a block of
   * another shape comes (V8's 'wrong map').
   */
  readonly block: number;
  /** The column's index in the block's row of values. */
  readonly j: number;
  /** The fill's index in the plan's fills, or -1 for a block. */
  readonly fill: number;
}

export interface ColumnWriter {
  readonly col: number;
  /** Highest priority first. */
  readonly candidates: readonly Candidate[];
}

/**
 * The widest of a block's rows (0 for none), counted once per block: the sheet's extent and its
 * RowPlan both ask, and a block holds up to 50 000 rows. Kept beside the block while it lives.
 */
const WIDTHS = new WeakMap<CellBlock, number>();

export function blockWidth(b: CellBlock): number {
  let width = WIDTHS.get(b);
  if (width === undefined) WIDTHS.set(b, (width = widest(b.values)));
  return width;
}

/**
 * Apart from blockWidth's lookups: the loop is optimised while it runs, and then meets code it has
 * never run. By index: until it is optimised, `for…of` makes an iterator result for each of 50 000 rows.
 */
function widest(rows: CellBlock['values']): number {
  let width = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i];
    if (v && v.length > width) width = v.length;
  }
  return width;
}

interface Source {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly block: number;
  readonly fill: number;
}

export class RowPlan {
  private readonly sources: Source[] = [];
  /** The rows where the set of sources changes, ascending. */
  private readonly bounds: number[];
  private from = 1;
  private to = 0;
  private columns: ColumnWriter[] = [];

  constructor(blocks: readonly CellBlock[], fills: readonly FormulaFill[]) {
    blocks.forEach((b, k) => {
      if (b.values.length === 0) return;
      const width = blockWidth(b);
      if (width > 0) this.sources.push({ top: b.row, bottom: b.row + b.values.length - 1, left: b.col, right: b.col + width - 1, block: k, fill: -1 });
    });
    fills.forEach((f, k) => {
      if (f.bottom >= f.top) this.sources.push({ top: f.top, bottom: f.bottom, left: f.col, right: f.col, block: -1, fill: k });
    });
    const bounds = new Set<number>();
    for (const s of this.sources) {
      bounds.add(s.top);
      bounds.add(s.bottom + 1);
    }
    this.bounds = [...bounds].sort((a, b) => a - b);
  }

  /** The columns written on `row`, in column order. */
  columnsAt(row: number): readonly ColumnWriter[] {
    if (row < this.from || row > this.to) this.enter(row);
    return this.columns;
  }

  private enter(row: number): void {
    // The run of rows around `row` between two bounds.
    let from = Number.MIN_SAFE_INTEGER;
    let to = Number.MAX_SAFE_INTEGER;
    for (const b of this.bounds) {
      if (b <= row) from = b;
      else {
        to = b - 1;
        break;
      }
    }
    this.from = from;
    this.to = to;
    const byCol = new Map<number, Candidate[]>();
    for (const s of this.sources) {
      if (row < s.top || row > s.bottom) continue;
      for (let col = s.left; col <= s.right; col++) {
        const list = byCol.get(col) ?? [];
        list.unshift({ block: s.block, j: col - s.left, fill: s.fill });
        byCol.set(col, list);
      }
    }
    this.columns = [...byCol.keys()].sort((a, b) => a - b).map((col) => ({ col, candidates: byCol.get(col)! }));
  }
}
