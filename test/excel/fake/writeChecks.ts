import { CODES, FakeOfficeError } from './errors';
import type { Box } from './address';
import type { RangeInput } from './cellEntry';
import { contains, overlaps, type SheetModel } from './model';

/** What Excel refuses to write: rows or columns that do not match the range's size. */
export function checkShape(grid: RangeInput, box: Box): void {
  if (!Array.isArray(grid)) return;
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  if (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError(CODES.invalidArgument, `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
  }
}

/** What Excel refuses to write: a protected sheet, part of a merged cell. */
export function checkWritable(sheet: SheetModel, box: Box): void {
  if (sheet.protected) throw new FakeOfficeError(CODES.accessDenied, `The sheet '${sheet.name}' is protected.`);
  const single = box.top === box.bottom && box.left === box.right;
  if (single) return;
  for (const m of sheet.merges) {
    if (overlaps(m, box) && !contains(box, m)) throw new FakeOfficeError(CODES.invalidOperation, 'Cannot change part of a merged cell.');
  }
}
