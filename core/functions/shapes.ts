import { MethodError, isMethodError } from '../errors';
import type { ParamDeclaration } from './types';
import type { Cell, Matrix, RawArg } from './types';

/** An optional argument left out: Sheets passes undefined, Excel null. A blank cell is '' or [['']]. */
export function isOmitted(arg: RawArg): boolean {
  return arg === undefined || arg === null;
}

/** Any argument as a rectangle: a scalar is 1×1, a 1-D array one row, an empty array one blank cell. */
export function toMatrix(arg: RawArg): Matrix {
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return [['']];
  if (!Array.isArray(arg[0])) return [arg as Cell[]];
  return arg as Matrix;
}

export function width(m: Matrix): number {
  return m[0]?.length ?? 0;
}

function shapeParams(param: ParamDeclaration, m: Matrix): Record<string, string | number> {
  return { name: param.name.zh, nameEn: param.name.en, rows: m.length, cols: width(m) };
}

/** A single cell's value; a larger range is an error naming the parameter. */
export function single(arg: RawArg, param: ParamDeclaration): Cell {
  const m = toMatrix(arg);
  if (m.length !== 1 || width(m) !== 1) throw new MethodError('ARG_CELL', shapeParams(param, m));
  return m[0][0];
}

/** A single cell or one column, as a flat list of cells (length 1 for a single cell). */
export function asColumn(arg: RawArg, param: ParamDeclaration): Cell[] {
  const m = toMatrix(arg);
  if (width(m) !== 1) throw new MethodError('ARG_COLUMN', shapeParams(param, m));
  const column = new Array<Cell>(m.length);
  for (let r = 0; r < m.length; r++) column[r] = m[r][0];
  return column;
}

/**
 * The height the results take from columns given side by side: single cells repeat, every
 * longer column must have the same height. `heights[i]` belongs to `params[i]`.
 */
export function commonHeight(heights: readonly number[], params: readonly ParamDeclaration[]): number {
  let height = 1;
  for (const h of heights) if (h > 1) height = height === 1 ? h : height;
  for (let i = 0; i < heights.length; i++) {
    const h = heights[i];
    if (h !== 1 && h !== height) {
      throw new MethodError('ARG_HEIGHT', { name: params[i].name.zh, nameEn: params[i].name.en, rows: h, expected: height });
    }
  }
  return height;
}

/** Arguments given side by side, each a cell or a column, and the height of the results. */
export function sideBySide(args: readonly RawArg[], params: readonly ParamDeclaration[]): { columns: Cell[][]; n: number } {
  const columns = params.map((p, i) => asColumn(args[i], p));
  return { columns, n: commonHeight(columns.map((c) => c.length), params) };
}

/** The value of a column at row r, a single cell repeating down every row. */
export function at<T>(column: readonly T[], r: number): T {
  return column.length === 1 ? column[0] : column[r];
}

/**
 * Computes one result row per input row. On a range of several rows, a bad row's error says
 * which row of the range it is (1-based), so a manager can find it among thousands.
 */
export function mapRows<T>(n: number, row: (r: number) => T): T[] {
  const out = new Array<T>(n);
  let r = 0;
  try {
    for (; r < n; r++) out[r] = row(r);
  } catch (e) {
    if (n > 1 && isMethodError(e)) throw new MethodError('AT_ROW', { row: r + 1, zh: e.zh, en: e.en });
    throw e;
  }
  return out;
}

/** A list of values as a one-column result. */
export function asResultColumn<T>(values: readonly T[]): T[][] {
  const out = new Array<T[]>(values.length);
  for (let r = 0; r < values.length; r++) out[r] = [values[r]];
  return out;
}
