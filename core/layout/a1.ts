/** A1 notation, 0-based in code, 1-based on the sheet: one place for the off-by-one. */

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 0, Z → 25, AA → 26 (case-insensitive): the inverse of columnLetter. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "B2:G50", "$B$2", "B2" → a 0-based inclusive range, or null when it is not an A1 range. */
export function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const left = columnIndex(m[1]);
  const top = Number(m[2]) - 1;
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnIndex(m[3]) : left };
}

/** A block of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B3" for (row 2, col 1). */
export function cellRef(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

/** "B3:D9" (or "$B$3:$D$9"). */
export function rangeRef(range: CellRange, absolute = false): string {
  return `${cellRef(range.top, range.left, absolute)}:${cellRef(range.bottom, range.right, absolute)}`;
}

/** A whole column, "$D:$D": new rows are counted without rewriting any formula. */
export function columnRef(col: number): string {
  const c = columnLetter(col);
  return `$${c}:$${c}`;
}

/**
 * A sheet name as formulas need it: always quoted, so names with spaces, CJK text or digits
 * behave alike in Excel, Sheets and LibreOffice; a quote inside is doubled.
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function onSheet(sheet: string, ref: string): string {
  return `${quoteSheet(sheet)}!${ref}`;
}

// A cell reference outside quotes: optional $, 1–3 letters, optional $, digits, not part of a
// longer name (LOG10, a sheet name) and not a function call.
const CELL_REF = /(^|[^A-Za-z0-9_.$'"])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

/**
 * The formula as fill-down writes it `delta` rows lower: relative row numbers move, absolute
 * ones ($5) and whole-column references stay, text in quotes is left alone.
 */
export function shiftRows(formula: string, delta: number): string {
  if (delta === 0) return formula;
  // Split on quoted segments ("text" and 'sheet names'); shift only outside them.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CELL_REF, (all, pre: string, d1: string, col: string, d2: string, row: string) => (d2 ? all : `${pre}${d1}${col}${Number(row) + delta}`))))
    .join('');
}
