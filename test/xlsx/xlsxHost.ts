import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { rangeRef, cellRef } from '../../core/layout/a1';
import type { SnapshotCell, WorkbookSnapshot } from '../../core/layout';
import { readSnapshot } from './excelJsSnapshot';
import { runApply } from '../../xlsx/run';
import type { CellEdit, ScenarioHost } from '../scenarios/host';

function toExcel(cell: SnapshotCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) return { formula: cell.formula } as ExcelJS.CellValue;
  return cell ?? null;
}

/** A workbook file built from plain data, as a user's Excel would have saved it. */
export async function workbookFile(snapshot: WorkbookSnapshot, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of snapshot.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => row?.forEach((cell, c) => cell !== undefined && cell !== null && (ws.getCell(r + 1, c + 1).value = toExcel(cell))));
    for (const t of s.tables) {
      const header = s.rows[t.top] ?? [];
      const table = ws.addTable({
        name: t.name,
        ref: cellRef(t.top, t.left),
        headerRow: true,
        columns: Array.from({ length: t.right - t.left + 1 }, (_, i) => ({ name: String(header[t.left + i] ?? `Column${i + 1}`) })),
        rows: [],
      }) as unknown as { table: { tableRef: string; autoFilterRef: string } };
      table.table.tableRef = rangeRef(t);
      table.table.autoFilterRef = rangeRef(t);
    }
  }
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

export async function readFile(path: string): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return readSnapshot(wb);
}

/** The .xlsx host driven through files, exactly as `pcss apply --in-place` runs. */
export class XlsxHost implements ScenarioHost {
  readonly name = 'xlsx';
  readonly path = join(mkdtempSync(join(tmpdir(), 'pcss-scenario-')), 'book.xlsx');

  async load(initial: WorkbookSnapshot): Promise<void> {
    await workbookFile(initial, this.path);
  }

  async run(options: { lang?: 'zh' | 'en'; rep?: string; date: string }): Promise<void> {
    await runApply({ input: this.path, output: this.path, ...options });
  }

  /** pcss has no funnel that writes: `pcss apply` is its Generate funnel (the set-up again, then the funnel). */
  async funnel(options: { lang?: 'zh' | 'en'; rep?: string; date: string }): Promise<void> {
    await this.run(options);
  }

  async edit(cells: readonly CellEdit[]): Promise<void> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(this.path) as unknown as ArrayBuffer);
    for (const c of cells) wb.getWorksheet(c.sheet)!.getCell(c.row + 1, c.col + 1).value = toExcel(c.value);
    writeFileSync(this.path, Buffer.from(await wb.xlsx.writeBuffer()));
  }

  async read(): Promise<WorkbookSnapshot> {
    return readFile(this.path);
  }
}
