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
