import { columnIndex, columnLetter } from '../../core/layout/a1';

/** Excel's last row and column (1-based row, 0-based column). */
const LAST_ROW = 1_048_576;
const LAST_COL = 16_383;

// Text Excel never reads as a reference: "strings" (with "" inside), 'sheet names' (with ''
// inside) and [brackets] (external workbooks, structured references; nested once at most).
const OPAQUE = /("(?:[^"]|"")*"|'(?:[^']|'')*'|\[(?:[^[\]]|\[[^[\]]*\])*\])/;

// Outside them: a whole-column range ($A:C), a whole-row range (3:$5) or a cell ($B$2), each not
// part of a longer name (LOG10, TAX_2019, Sheet1!) and not a function call or a sheet's name.
const NOT_BEFORE = '(?<![A-Za-z0-9_.$\\\\?])';
const NOT_AFTER = '(?![A-Za-z0-9_.(!])';
const REF = new RegExp(
  `${NOT_BEFORE}(?:(\\$?)([A-Za-z]{1,3}):(\\$?)([A-Za-z]{1,3})|(\\$?)(\\d{1,7}):(\\$?)(\\d{1,7})|(\\$?)([A-Za-z]{1,3})(\\$?)(\\d{1,7}))${NOT_AFTER}`,
  'g',
);

class OffSheet extends Error {}

function moveRow(abs: string, row: string, by: number): string {
  if (abs) return `$${row}`;
  const n = Number(row) + by;
  if (n < 1 || n > LAST_ROW) throw new OffSheet();
  return String(n);
}

function moveCol(abs: string, letters: string, by: number): string {
  if (abs) return `$${letters}`;
  const n = columnIndex(letters) + by;
  if (n < 0 || n > LAST_COL) throw new OffSheet();
  return columnLetter(n);
}

const isCol = (letters: string) => columnIndex(letters) <= LAST_COL;
const isRow = (digits: string) => Number(digits) >= 1 && Number(digits) <= LAST_ROW;

function moveRefs(text: string, rows: number, cols: number): string {
  return text.replace(REF, (all: string, ...g: string[]) => {
    if (g[1] !== undefined) return isCol(g[1]) && isCol(g[3]) ? `${moveCol(g[0], g[1], cols)}:${moveCol(g[2], g[3], cols)}` : all;
    if (g[5] !== undefined) return isRow(g[5]) && isRow(g[7]) ? `${moveRow(g[4], g[5], rows)}:${moveRow(g[6], g[7], rows)}` : all;
    // A name past XFD or row 1 048 576 (XYZ1) is a defined name, not a cell.
    if (!isCol(g[9]) || !isRow(g[11])) return all;
    return `${moveCol(g[8], g[9], cols)}${moveRow(g[10], g[11], rows)}`;
  });
}

/**
 * The formula as Excel reads it from a cell `rows` lower and `cols` further right: relative rows
 * and columns move, `$`-absolute ones stay, and text in quotes, sheet names, brackets, function
 * names that look like cells (LOG10) and defined names are left as they are. Null when a moved
 * reference would fall off the sheet (Excel would wrap it round to another cell).
 */
export function translateFormula(formula: string, rows: number, cols: number): string | null {
  if (rows === 0 && cols === 0) return formula;
  const parts = formula.split(OPAQUE);
  // An odd quote or bracket left over: the formula is not one we read with confidence.
  if (parts.some((p, i) => i % 2 === 0 && /["'[\]]/.test(p))) return null;
  try {
    return parts.map((p, i) => (i % 2 === 1 ? p : moveRefs(p, rows, cols))).join('');
  } catch (e) {
    if (e instanceof OffSheet) return null;
    throw e;
  }
}
