// The .xlsx host's part of the error catalogue (registers its codes).
import '../../core/fileErrors';
import { MethodError } from '../../core/errors';

/** Excel's own limits (Excel specifications and limits): a file past them is not a workbook Excel could open. */
export const EXCEL_LIMITS = { rows: 1_048_576, columns: 16_384, cellText: 32_767 } as const;

export function checkTextLength(text: string, path: string, where: string): void {
  if (text.length > EXCEL_LIMITS.cellText) throw new MethodError('FILE_LIMIT', { path, detail: `${where}: ${text.length} characters (at most ${EXCEL_LIMITS.cellText})` });
}

export function checkRow(row: number, path: string, sheet: string): void {
  if (!(row >= 1 && row <= EXCEL_LIMITS.rows)) throw new MethodError('FILE_LIMIT', { path, detail: `sheet "${sheet}" row ${row} (rows 1–${EXCEL_LIMITS.rows})` });
}

export function checkColumn(col: number, path: string, sheet: string, ref: string): void {
  if (!(col >= 1 && col <= EXCEL_LIMITS.columns)) throw new MethodError('FILE_LIMIT', { path, detail: `sheet "${sheet}" cell ${ref} (columns A–XFD)` });
}
