/**
 * An independent reader for tests: ExcelJS reads what our package editor wrote, so a result is
 * not only checked by the code that wrote it. (ExcelJS never writes a user's file.)
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/cells/cellValue';
import type { SheetSnapshot, SnapshotCell, TableSnapshot, WorkbookSnapshot } from '../../core/layout';
import { parseRange } from '../../core/layout/a1';

type ExcelValue = ExcelJS.CellValue;

function parseRangeOrThrow(ref: string) {
  const range = parseRange(ref);
  if (!range) throw new Error(`not a range: ${ref}`);
  return range;
}

/** An ExcelJS cell value as core reads it: formulas keep their text and cached result. */
export function toSnapshotCell(value: ExcelValue): SnapshotCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value as CellValue;
  const v = value as unknown as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) {
    const formula = String(v.formula ?? v.sharedFormula ?? '');
    return { formula, result: toSnapshotCell(v.result as ExcelValue) as CellValue };
  }
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('');
  if ('text' in v) return String(v.text);
  if ('error' in v) return String(v.error);
  return null;
}

/** ExcelJS keeps a loaded table's model on `.table`; the public typings do not show it. */
export interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  /** The last row of `tableRef` is a Total Row. */
  totalsRow?: boolean;
  columns: { name: string }[];
}

export function tablesOf(ws: ExcelJS.Worksheet): TableModel[] {
  const tables = (ws as unknown as { tables: Record<string, { table: TableModel }> }).tables;
  return Object.values(tables).map((t) => t.table);
}

/** One read of everything the planner needs: every sheet's values and tables. */
export function readSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  wb.eachSheet((ws) => {
    const rows: SnapshotCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as ExcelValue[];
      const cells: SnapshotCell[] = new Array(Math.max(0, values.length - 1));
      for (let c = 1; c < values.length; c++) cells[c - 1] = toSnapshotCell(values[c]);
      rows[rowNumber - 1] = cells;
    });
    const tables: TableSnapshot[] = tablesOf(ws).map((t) => ({ name: t.name, ...parseRangeOrThrow(t.tableRef), ...(t.totalsRow ? { totalsRow: true } : {}) }));
    sheets.push({ name: ws.name, rows, tables });
  });
  return { sheets };
}
