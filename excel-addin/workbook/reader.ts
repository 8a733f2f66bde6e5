/// <reference types="office-js" />
import type { SheetSnapshot, SnapshotCell, TableSnapshot, WorkbookSnapshot } from '../../core/layout';
import { parseRangeAddress } from './address';
import type { ExcelFeatures } from './features';

/** What the applier needs to know besides the cells: what it may not write, and what exists. */
export interface ReadResult {
  readonly snapshot: WorkbookSnapshot;
  readonly protectedSheets: ReadonlySet<string>;
  readonly workbookProtected: boolean;
  /** Chart names by sheet name. */
  readonly charts: ReadonlyMap<string, readonly string[]>;
}

function toCell(v: unknown): SnapshotCell {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * The workbook as core reads it, in two syncs whatever its size: the first learns the sheet and
 * table names, the second loads every sheet's used values, protection and charts and every
 * table's address at once. Values only: core plans from what cells show (formula results), and
 * loading formulas too would double the response.
 */
export async function readWorkbook(context: Excel.RequestContext, features: ExcelFeatures): Promise<ReadResult> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name');
  const tables = wb.tables.load('items/name');
  const wbProtection = features.freezePanes ? wb.protection.load('protected') : null;
  await context.sync();

  const perSheet = sheets.items.map((sheet) => ({
    name: sheet.name,
    used: (features.r1c1 ? sheet.getUsedRange(true) : sheet.getUsedRange()).load('values,rowIndex,columnIndex'),
    protection: features.r1c1 ? sheet.protection.load('protected') : null,
    charts: sheet.charts.load('items/name'),
  }));
  const tableRanges = tables.items.map((t) => ({ name: t.name, range: t.getRange().load('address') }));
  await context.sync();

  const tablesBySheet = new Map<string, TableSnapshot[]>();
  for (const t of tableRanges) {
    const { sheet, range } = parseRangeAddress(t.range.address);
    const key = sheet.toLowerCase();
    tablesBySheet.set(key, [...(tablesBySheet.get(key) ?? []), { name: t.name, ...range }]);
  }
  const protectedSheets = new Set<string>();
  const charts = new Map<string, string[]>();
  const out: SheetSnapshot[] = perSheet.map((s) => {
    if (s.protection?.protected) protectedSheets.add(s.name);
    charts.set(s.name, s.charts.items.map((c) => c.name));
    const rows: (SnapshotCell[] | undefined)[] = [];
    const top = s.used.rowIndex;
    const left = s.used.columnIndex;
    s.used.values.forEach((values, i) => {
      if (values.every((v) => v === '' || v === null)) return;
      const row: SnapshotCell[] = new Array(left).fill(null);
      for (const v of values) row.push(toCell(v));
      rows[top + i] = row;
    });
    return { name: s.name, rows, tables: tablesBySheet.get(s.name.toLowerCase()) ?? [] };
  });
  return { snapshot: { sheets: out }, protectedSheets, workbookProtected: wbProtection?.protected ?? false, charts };
}
