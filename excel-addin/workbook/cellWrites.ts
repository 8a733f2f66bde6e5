import type { CellBlock, CellRange, PlanCell } from '../../core/layout';
import { OP_OVERHEAD, jsonBytes } from './bytes';
import { toR1C1 } from './r1c1';

export type Entry = string | number | boolean;

/** One range write as it will be queued: a grid, or one value or R1C1 formula for every cell. */
export interface CellWrite {
  readonly sheet: string;
  readonly range: CellRange;
  readonly property: 'values' | 'formulas' | 'formulasR1C1';
  readonly value: Entry | Entry[][];
  readonly bytes: number;
}

/**
 * A plan cell as Excel's `formulas` takes it: "=…" for a formula, "" for blank (clears, where
 * null would leave the cell as it was), and a leading apostrophe on text Excel would otherwise
 * take for a formula.
 */
export function toEntry(cell: PlanCell): Entry {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'object') return `=${cell.formula}`;
  if (typeof cell === 'string' && (cell.startsWith('=') || cell.startsWith("'"))) return `'${cell}`;
  return cell;
}

/** Blocks shorter than this are written as they are; compressing columns pays from here on. */
const MIN_ROWS_TO_COMPRESS = 8;

type ColumnKind = { kind: 'same'; value: Entry } | { kind: 'filled'; r1c1: string } | { kind: 'mixed' };

function classify(block: CellBlock, j: number, r1c1: boolean): ColumnKind {
  const first = block.values[0][j];
  if (first !== null && typeof first === 'object' && !(first instanceof Date)) {
    if (!r1c1) return { kind: 'mixed' };
    const want = toR1C1(first.formula, block.row, block.col + j);
    if (want === null) return { kind: 'mixed' };
    for (let i = 1; i < block.values.length; i++) {
      const cell = block.values[i][j];
      if (cell === null || typeof cell !== 'object' || cell instanceof Date) return { kind: 'mixed' };
      if (toR1C1(cell.formula, block.row + i, block.col + j) !== want) return { kind: 'mixed' };
    }
    return { kind: 'filled', r1c1: `=${want}` };
  }
  const value = toEntry(first);
  for (let i = 1; i < block.values.length; i++) {
    const cell = block.values[i][j];
    if (cell !== null && typeof cell === 'object') return { kind: 'mixed' };
    if (toEntry(cell) !== value) return { kind: 'mixed' };
  }
  return { kind: 'same', value };
}

/** Rows of a grid, cut into pieces whose JSON stays under `budget` bytes. */
function splitRows(sheet: string, top: number, left: number, grid: Entry[][], budget: number): CellWrite[] {
  const out: CellWrite[] = [];
  let start = 0;
  let bytes = 0;
  const flush = (end: number) => {
    if (end <= start) return;
    const value = grid.slice(start, end);
    out.push({ sheet, range: { top: top + start, bottom: top + end - 1, left, right: left + value[0].length - 1 }, property: 'formulas', value, bytes: bytes + OP_OVERHEAD });
    start = end;
    bytes = 0;
  };
  grid.forEach((row, i) => {
    const size = jsonBytes(row) + 1;
    if (bytes > 0 && bytes + size > budget) flush(i);
    bytes += size;
  });
  flush(grid.length);
  return out;
}

/**
 * A plan's cell block as range writes of bounded size. A column holding one constant, or one
 * formula filled down (the same in R1C1), is a single value for the whole column, so the bytes
 * sent grow only with the columns that really differ row by row (names, amounts, dates).
 */
export function cellWrites(block: CellBlock, options: { r1c1: boolean; budget: number }): CellWrite[] {
  const height = block.values.length;
  if (height === 0) return [];
  const width = Math.max(...block.values.map((r) => r.length));
  const rows = block.values.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
  const full: CellBlock = { ...block, values: rows };
  const grid = (from: number, to: number) => rows.map((r) => r.slice(from, to).map(toEntry));
  if (height < MIN_ROWS_TO_COMPRESS) return splitRows(block.sheet, block.row, block.col, grid(0, width), options.budget);

  const out: CellWrite[] = [];
  const top = block.row;
  const bottom = block.row + height - 1;
  let runStart = -1;
  const endRun = (j: number) => {
    if (runStart < 0) return;
    out.push(...splitRows(block.sheet, top, block.col + runStart, grid(runStart, j), options.budget));
    runStart = -1;
  };
  for (let j = 0; j < width; j++) {
    const c = classify(full, j, options.r1c1);
    if (c.kind === 'mixed') {
      if (runStart < 0) runStart = j;
      continue;
    }
    endRun(j);
    const range = { top, bottom, left: block.col + j, right: block.col + j };
    if (c.kind === 'same') out.push({ sheet: block.sheet, range, property: 'values', value: c.value, bytes: jsonBytes(c.value) + OP_OVERHEAD });
    else out.push({ sheet: block.sheet, range, property: 'formulasR1C1', value: c.r1c1, bytes: jsonBytes(c.r1c1) + OP_OVERHEAD });
  }
  endRun(width);
  return out;
}
