import { shiftRows, type CellBlock, type CellRange, type CopySource, type FormulaFill, type PlanCell } from '../../core/layout';
import { OP_OVERHEAD, jsonBytes } from './bytes';
import { toR1C1 } from './r1c1';

export type Entry = string | number | boolean;

/** One range write as it will be queued: a grid, or one value or R1C1 formula for every cell. */
export interface GridWrite {
  readonly sheet: string;
  readonly range: CellRange;
  readonly property: 'values' | 'formulas' | 'formulasR1C1';
  readonly value: Entry | Entry[][];
  readonly bytes: number;
}

/** Cells the plan says are verbatim tracker copies (CellBlock.copies): copied inside Excel. */
export interface CopyWrite {
  readonly sheet: string;
  readonly range: CellRange;
  readonly property: 'copy';
  readonly source: { readonly sheet: string; readonly range: CellRange };
  readonly bytes: number;
}

export type CellWrite = GridWrite | CopyWrite;

/**
 * A plan cell as Excel's `formulas` takes it: "=…" for a formula, "" for blank (clears, where
 * null would leave the cell as it was), and text with a leading apostrophe so Excel keeps it text.
 */
export function toEntry(cell: PlanCell): Entry {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'object') return `=${cell.formula}`;
  // Text stays text: Excel parses what it is given as if typed, so "=…", "+…", "-…" would become
  // formulas and "00123", "TRUE" or "2027-02-14" numbers, booleans and dates, and the next run
  // would no longer find the row it wrote. A leading apostrophe (not shown) keeps it as it was.
  if (typeof cell === 'string' && cell !== '') return `'${cell}`;
  return cell;
}

/** Runs of copied cells shorter than this are sent as values: a copy costs more than a few cells. */
const MIN_COPY_RUN = 8;

/**
 * One column whose cells are copies of tracker cells (CellBlock.copies): runs of consecutive
 * source rows are copied inside Excel, the cells between them are written as values; or the
 * whole column as values, when that is smaller (short runs: amounts typed as text in between).
 * Range.copyFrom copies every row of its source, filtered-out and hidden ones included (unlike
 * copy and paste in the grid), so a filtered tracker is copied whole, row for row.
 */
function copiedColumn(block: CellBlock, j: number, from: CopySource, grid: (from: number, to: number) => Entry[][], budget: number, mustCopy: boolean): CellWrite[] {
  // A column the host did not read has no values to send: every cell is copied, however short its run.
  const minRun = mustCopy ? 1 : MIN_COPY_RUN;
  if (mustCopy && from.rows.some((r) => r < 0)) throw new Error(`internal: ${block.sheet} column ${block.col + j} was not read but is not a plain copy`);
  const column = grid(j, j + 1);
  const rows = from.rows;
  const mixed: CellWrite[] = [];
  let written = 0;
  const writeValues = (to: number) => {
    if (to > written) mixed.push(...splitRows(block.sheet, block.row + written, block.col + j, column.slice(written, to), budget));
  };
  let i = 0;
  while (i < rows.length) {
    let end = i + 1;
    if (rows[i] >= 0) while (end < rows.length && rows[end] === rows[end - 1] + 1) end++;
    if (rows[i] >= 0 && end - i >= minRun) {
      writeValues(i);
      mixed.push({
        sheet: block.sheet,
        range: { top: block.row + i, bottom: block.row + end - 1, left: block.col + j, right: block.col + j },
        property: 'copy',
        source: { sheet: from.sheet, range: { top: rows[i], bottom: rows[end - 1], left: from.sourceCol, right: from.sourceCol } },
        bytes: OP_OVERHEAD * 2,
      });
      written = end;
    }
    i = end;
  }
  writeValues(rows.length);
  if (mustCopy) return mixed;
  const values = splitRows(block.sheet, block.row, block.col + j, column, budget);
  const size = (writes: CellWrite[]) => writes.reduce((n, w) => n + w.bytes, 0);
  return size(mixed) < size(values) ? mixed : values;
}

/** Blocks shorter than this are written as they are; compressing columns pays from here on. */
const MIN_ROWS_TO_COMPRESS = 8;

type ColumnKind = { kind: 'same'; value: Entry } | { kind: 'filled'; r1c1: string } | { kind: 'mixed' };

function classify(block: CellBlock, j: number): ColumnKind {
  const first = block.values[0][j];
  if (first !== null && typeof first === 'object' && !(first instanceof Date)) {
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
export interface CellWriteOptions {
  readonly budget: number;
  /** Tracker columns that were not read: their cells must be copied. */
  readonly mustCopy?: (sheet: string, col: number) => boolean;
}

export function cellWrites(block: CellBlock, options: CellWriteOptions): CellWrite[] {
  const height = block.values.length;
  if (height === 0) return [];
  const width = Math.max(...block.values.map((r) => r.length));
  const rows = block.values.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
  const full: CellBlock = { ...block, values: rows };
  const grid = (from: number, to: number) => rows.map((r) => r.slice(from, to).map(toEntry));
  const copies = new Map((block.copies ?? []).map((c) => [c.col, c]));
  // A column that was not read has no values to send, however few the rows.
  const unread = [...copies.values()].some((c) => options.mustCopy?.(c.sheet, c.sourceCol) ?? false);
  if (height < MIN_ROWS_TO_COMPRESS && !unread) return splitRows(block.sheet, block.row, block.col, grid(0, width), options.budget);

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
    const from = copies.get(j);
    if (from) {
      endRun(j);
      out.push(...copiedColumn(block, j, from, grid, options.budget, options.mustCopy?.(from.sheet, from.sourceCol) ?? false));
      continue;
    }
    const c = classify(full, j);
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

/**
 * A formula filled down a column: one R1C1 value for the whole range, or, for a formula R1C1
 * does not model (toR1C1), each row's formula as fill-down would shift it, in pieces under budget.
 */
export function fillWrites(fill: FormulaFill, options: { budget: number }): CellWrite[] {
  if (fill.bottom < fill.top) return [];
  const range = { top: fill.top, bottom: fill.bottom, left: fill.col, right: fill.col };
  const r1c1 = toR1C1(fill.formula, fill.top, fill.col);
  if (r1c1 !== null) return [{ sheet: fill.sheet, range, property: 'formulasR1C1', value: `=${r1c1}`, bytes: jsonBytes(r1c1) + OP_OVERHEAD }];
  const grid: Entry[][] = [];
  for (let r = fill.top; r <= fill.bottom; r++) grid.push([`=${shiftRows(fill.formula, r - fill.top)}`]);
  return splitRows(fill.sheet, fill.top, fill.col, grid, options.budget);
}
