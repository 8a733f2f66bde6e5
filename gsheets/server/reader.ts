import type { SheetSnapshot, SnapshotCell, TableSnapshot, WorkbookSnapshot } from '../../core/layout';
import { fromSheetsCell } from './cells';
import type { Sheet, Spreadsheet } from './sheetsApi';

/** The snapshot core plans from, and the Sheet objects the applier writes through. */
export interface SheetsRead {
  readonly snapshot: WorkbookSnapshot;
  readonly sheets: ReadonlyMap<string, Sheet>;
}

/**
 * The spreadsheet as core reads it, in a fixed number of calls per sheet whatever its size:
 * its name and one getValues of its data range (values only: core plans from what cells show).
 * Named ranges stand for tables (see below).
 */
export function readSpreadsheet(ss: Spreadsheet): SheetsRead {
  const sheets = new Map<string, Sheet>();
  const out: SheetSnapshot[] = ss.getSheets().map((sheet) => {
    const name = sheet.getName();
    sheets.set(name, sheet);
    const rows: (SnapshotCell[] | undefined)[] = [];
    sheet
      .getDataRange()
      .getValues()
      .forEach((row, r) => {
        if (row.every((v) => v === '' || v === null)) return;
        rows[r] = row.map(fromSheetsCell);
      });
    return { name, rows, tables: [] };
  });
  // Sheets has no tables in Excel's sense; a named range is the nearest thing a team makes of
  // its list, so each one is handed to core as a table of its sheet.
  for (const named of ss.getNamedRanges()) {
    const range = named.getRange();
    const sheetName = range.getSheet().getName();
    const top = range.getRow() - 1;
    const left = range.getColumn() - 1;
    const table: TableSnapshot = { name: named.getName(), top, left, bottom: top + range.getNumRows() - 1, right: left + range.getNumColumns() - 1 };
    const i = out.findIndex((s) => s.name === sheetName);
    if (i >= 0) out[i] = { ...out[i], tables: [...out[i].tables, table] };
  }
  return { snapshot: { sheets: out }, sheets };
}
