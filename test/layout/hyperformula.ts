import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { SnapshotCell, WorkbookSnapshot } from '../../core/layout';

/**
 * A snapshot loaded into HyperFormula: formulas as "=…", so HF computes them itself. Text stays
 * text (a leading apostrophe, as Excel's fake does: "007", "TRUE" and "=Bob" typed as text are
 * not a number, a boolean and a formula). SUMPRODUCT's arguments are arrays, as Excel, Sheets
 * and LibreOffice evaluate them (HyperFormula does that only with useArrayArithmetic).
 */
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
  return HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
}

function raw(c: SnapshotCell): RawCellContent {
  if (c === undefined || c === null) return null;
  // A date is a day number to a spreadsheet (what the period formulas compare), its time a fraction.
  if (c instanceof Date) return (c.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (typeof c === 'object') return `=${c.formula}`;
  if (typeof c === 'string') return c === '' ? null : `'${c}`;
  return c;
}

export function value(hf: HyperFormula, sheet: string, row: number, col: number): unknown {
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`no sheet ${sheet}`);
  return hf.getCellValue({ sheet: id, row, col });
}
