import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { SnapshotCell, WorkbookSnapshot } from '../../core/layout';

/** A snapshot loaded into HyperFormula: formulas as "=…", so HF computes them itself. */
export function toHyperFormula(wb: WorkbookSnapshot): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const s of wb.sheets) {
    const rows: RawCellContent[][] = [];
    for (let r = 0; r < s.rows.length; r++) {
      const row = s.rows[r] ?? [];
      rows.push(Array.from(row, (c: SnapshotCell) => raw(c)));
    }
    sheets[s.name] = rows;
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
}

function raw(c: SnapshotCell): RawCellContent {
  if (c === undefined || c === null) return null;
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  if (typeof c === 'object') return `=${c.formula}`;
  return c;
}

export function value(hf: HyperFormula, sheet: string, row: number, col: number): unknown {
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`no sheet ${sheet}`);
  return hf.getCellValue({ sheet: id, row, col });
}
