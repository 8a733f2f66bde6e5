/**
 * How many columns a snapshot's rows reach: the widest row. A loop, not Math.max(...rows.map()):
 * a sheet's rows are sparse (a blank row is a hole), mapping keeps the hole and spreading it
 * gives undefined, so the maximum was NaN whenever the sheet had a blank row, and the tracker's
 * anchor and our tabs' widths were then dropped without a word.
 */
export function widestRow(rows: readonly (readonly unknown[] | undefined)[]): number {
  let widest = 0;
  for (let r = 0; r < rows.length; r++) {
    const width = rows[r]?.length ?? 0;
    if (width > widest) widest = width;
  }
  return widest;
}
