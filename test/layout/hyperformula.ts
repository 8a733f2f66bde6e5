import fc from 'fast-check';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { Lang } from '../../core/methodology/bilingual';
import type { Plan, SnapshotCell, WorkbookSnapshot } from '../../core/layout';
import type { FormulaCell } from '../../core/layout/snapshot';

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

/**
 * `wb` with the formulas on `sheets` replaced by the values core gave them in `plan` (a fill's
 * results, a written formula's result; null where it gave none), but for the `live` cells: for a
 * workbook of thousands of rows whose formulas there nothing typed since has changed, so that
 * HyperFormula computes only what a test is about (it takes minutes over 5 000 milestone rows).
 */
export function frozen(wb: WorkbookSnapshot, plan: Plan, sheets: readonly string[], live: (sheet: string, row: number, col: number) => boolean = () => false): WorkbookSnapshot {
  const isFormula = (c: SnapshotCell | undefined): c is FormulaCell => c !== null && typeof c === 'object' && !(c instanceof Date);
  return {
    sheets: wb.sheets.map((s) => {
      if (!sheets.includes(s.name)) return s;
      const fills = plan.fills.filter((x) => x.sheet === s.name);
      const rows = s.rows.map((row, r) =>
        row?.map((c, col) => {
          if (!isFormula(c) || live(s.name, r, col)) return c;
          const fill = fills.find((f) => f.col === col && f.top <= r && r <= f.bottom);
          return (fill ? fill.results?.[r - fill.top] : c.result) ?? null;
        }),
      ) as SnapshotCell[][];
      return { ...s, rows };
    }),
  };
}

/**
 * A property over typed workbooks, in Chinese and in English: `check` throws where the written
 * formulas and core disagree. HyperFormula takes up to seconds per workbook: each test says how
 * many runs it can afford.
 */
export function agreesInBothLanguages<T>(title: string, typed: fc.Arbitrary<T>, check: (lang: Lang, t: T) => void, numRuns: number): void {
  it.each<Lang>(['zh', 'en'])(`${title} (%s)`, (lang) => {
    fc.assert(
      fc.property(typed, (t) => check(lang, t)),
      { numRuns },
    );
  });
}
