import { CODES, FakeOfficeError } from './errors';
import type { SheetModel } from './model';

/** What a range's values or formulas are set to: rows of cells, or one value for every cell. */
export type RangeInput = unknown[][] | unknown;

/** The cell at (r, c) of what was set, 0-based within the range. */
export function cellAt(grid: RangeInput, r: number, c: number): unknown {
  return Array.isArray(grid) ? (grid[r] as unknown[])[c] : grid;
}

/** Text Excel turns into another type when entered (en-US): numbers, TRUE/FALSE, ISO dates as serials. */
function parsed(text: string): number | boolean | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return Math.round((Date.UTC(+iso[1], +iso[2] - 1, +iso[3]) - Date.UTC(1899, 11, 30)) / 86400000);
  return undefined;
}

/**
 * How Excel takes an entered cell: numbers, booleans and dates typed as text become those types; text starting with "=", "+" or "-" is a formula (as the
 * Range.values documentation warns), a leading apostrophe forces text.
 */
export function enter(sheet: SheetModel, r: number, c: number, v: unknown, formulaFor: (f: string) => string): void {
  if (v === null || v === undefined) return;
  if (typeof v === 'string' && v.startsWith('=') && v.length > 1) sheet.setCell(r, c, undefined, formulaFor(v));
  else if (typeof v === 'string' && /^[+-]./.test(v)) sheet.setCell(r, c, undefined, `=${v}`);
  else if (typeof v === 'string' && v.startsWith("'")) sheet.setCell(r, c, v.slice(1), undefined);
  else if (v === '') sheet.setCell(r, c, undefined, undefined);
  else if (typeof v === 'string' && parsed(v) !== undefined) sheet.setCell(r, c, parsed(v), undefined);
  else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') sheet.setCell(r, c, v, undefined);
  else throw new FakeOfficeError(CODES.invalidArgument, `Unsupported cell value: ${JSON.stringify(v)}`);
}
