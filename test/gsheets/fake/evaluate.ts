/**
 * Formula cells as Sheets shows them through getValues: the computed value, or the error's text
 * ("#N/A", "#DIV/0!", "#REF!"…), never "" as the fake read them before (issue 17). Range.getValues
 * "returns the rectangular grid of values for this range … Empty cells are represented by an
 * empty string" (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()):
 * values, not formulas, which getFormulas returns.
 *
 * Computed by HyperFormula, as the Excel fake does (test/excel/hyperformulaEvaluator.ts, whose
 * formula translation this reuses: the formulas we write are the same native ones in both hosts).
 * The whole spreadsheet is loaded the first time a formula is read, and again only after a cell
 * changed (model.ts counts every change).
 */
import { DetailedCellError, ErrorType, HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import { SPREADSHEET_CONFIG, forHyperFormula } from '../../excel/hyperformulaEvaluator';
import { edits, isDate, type FormulaEvaluator, type Scalar, type SheetModel, type SpreadsheetModel } from './model';

/** Sheets' grid grows to 10 million cells; whole-column references must be accepted. */
const CONFIG = { ...SPREADSHEET_CONFIG, maxRows: 10_000_000, maxColumns: 18_278 };

/** A date as Sheets keeps it: a day number (1899-12-30 is 0) counted in the spreadsheet's time zone. */
export function serialIn(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(date);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return wall / 86_400_000 + 25_569;
}

function raw(book: SpreadsheetModel, sheet: SheetModel, r: number, c: number): RawCellContent {
  const f = sheet.formulas.get(r, c);
  if (f !== undefined) return forHyperFormula(f);
  const v = sheet.values.get(r, c);
  if (v === undefined || v === '') return null;
  if (sheet.errors.get(r, c)) return String(v);
  if (isDate(v)) return serialIn(v, book.timeZone);
  return typeof v === 'string' ? `'${v}` : v;
}

/** What getValues shows for a computed value. */
function shown(v: CellValue): Scalar {
  if (v instanceof DetailedCellError) {
    // Sheets reports a circular reference as #REF! ("Circular dependency detected").
    return v.type === ErrorType.CYCLE ? '#REF!' : v.value;
  }
  // A formula whose result is an empty cell (=A9 with A9 empty) shows nothing in Sheets.
  if (v === null) return '';
  return v;
}

interface Built {
  edits: number;
  sheets: SheetModel[];
  hf: HyperFormula;
}

export class HyperFormulaSheets implements FormulaEvaluator {
  private built: Built | null = null;
  /** How many times the spreadsheet was loaded into HyperFormula. */
  builds = 0;

  valueOf(book: SpreadsheetModel, sheet: SheetModel, row: number, col: number): Scalar {
    const { hf } = this.engine(book);
    const id = hf.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`fake: the sheet ${sheet.name} is not in the spreadsheet`);
    return shown(hf.getCellValue({ sheet: id, row, col }));
  }

  private engine(book: SpreadsheetModel): Built {
    const old = this.built;
    if (old && old.edits === edits.count && old.sheets.length === book.sheets.length && old.sheets.every((s, i) => s === book.sheets[i] && s.name === old.hf.getSheetName(i))) return old;
    old?.hf.destroy();
    this.builds++;
    const stamp = edits.count;
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const s of book.sheets) {
      const { lastRow, lastCol } = s.extent();
      const rows: RawCellContent[][] = [];
      for (let r = 0; r <= lastRow; r++) rows.push(Array.from({ length: lastCol + 1 }, (_, c) => raw(book, s, r, c)));
      sheets[s.name] = rows;
    }
    const hf = HyperFormula.buildFromSheets(sheets, CONFIG);
    this.built = { edits: stamp, sheets: [...book.sheets], hf };
    return this.built;
  }
}
