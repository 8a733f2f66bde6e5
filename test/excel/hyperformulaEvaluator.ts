/**
 * Formula evaluation for the fake Excel (`new FakeExcel({ evaluate: hyperFormulaEvaluator() })`),
 * by HyperFormula: the whole workbook is loaded the first time a formula's value is read, and
 * loaded again only after the model changed (`WorkbookModel.changes`). Kept out of the fake
 * itself, which stays free of dependencies (it also runs in the pane's browser test).
 */
import { DetailedCellError, ErrorType, HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import { absoluteRef, mapOutsideQuotes, refBox, type FormulaEvaluator, type Scalar, type SheetModel, type WorkbookModel } from './fake';

interface Built {
  changes: number;
  sheets: SheetModel[];
  ids: Map<SheetModel, number>;
  hf: HyperFormula;
}

/** HyperFormula set as Excel and Sheets compute: ISO and US dates in text coerce as in en-US Excel. */
export const SPREADSHEET_CONFIG = {
  licenseKey: 'gpl-v3',
  dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY'],
  // Excel and Sheets return full doubles (0.3333333333333333), not HyperFormula's rounded ones.
  smartRounding: false,
  // Both evaluate SUMPRODUCT's arguments as arrays (the milestone level counts its ticks so).
  useArrayArithmetic: true,
};

/** Excel's grid, so whole-column references ('里程碑'!$AB:$AB) are accepted. */
const CONFIG = { ...SPREADSHEET_CONFIG, maxRows: 1_048_576, maxColumns: 16_384 };

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A formula as Excel keeps it → as HyperFormula parses it: every sheet prefix quoted (HyperFormula
 * reads no bare CJK sheet names), a reference through a deleted sheet ("#REF!A1") as the error
 * itself, TRUE and FALSE as the functions HyperFormula knows. Text in double quotes stays.
 */
export function forHyperFormula(formula: string): string {
  return mapOutsideQuotes(formula, (chunk) =>
    chunk
      .replace(/#REF!(\$?[A-Za-z]{1,3}\$?\d*|\$?\d+)(:(\$?[A-Za-z]{1,3}\$?\d*|\$?\d+))?/g, '#REF!')
      .replace(/(#[A-Za-z0-9/]+[!?])|(^|[^\p{L}\p{N}_.#\\])([\p{L}\p{N}_.\\]+)!/gu, (whole, error: string | undefined, pre: string, sheet: string) => (error ? whole : `${pre}${quoted(sheet)}!`))
      .replace(/(^|[^\p{L}\p{N}_.\\!$])(TRUE|FALSE)(?![\p{L}\p{N}_.\\(!])/giu, (_, pre: string, b: string) => `${pre}${b.toUpperCase()}()`),
  );
}

/** A stored constant as HyperFormula must take it: text stays text (a leading apostrophe stops it parsing "007" or "=x"). */
function raw(sheet: SheetModel, r: number, c: number): RawCellContent {
  const f = sheet.formula(r, c);
  if (f !== undefined) return forHyperFormula(f);
  const v = sheet.value(r, c);
  if (v === undefined || v === '') return null;
  return typeof v === 'string' ? `'${v}` : v;
}

/** What Excel's Range.values shows for a calculated value. */
function shown(v: CellValue): Scalar {
  if (v instanceof DetailedCellError) {
    // Excel shows 0 in a circular reference (and warns); HyperFormula reports #CYCLE!.
    return v.type === ErrorType.CYCLE ? 0 : v.value;
  }
  // A formula whose result is an empty cell (=A9 with A9 empty) shows 0 in Excel.
  if (v === null) return 0;
  return v;
}

export class HyperFormulaEvaluator implements FormulaEvaluator {
  private readonly built = new WeakMap<WorkbookModel, Built>();
  /** How many times a workbook was loaded into HyperFormula: once, and again only after a change. */
  builds = 0;

  valueOf(model: WorkbookModel, sheet: SheetModel, row: number, col: number): Scalar {
    const built = this.engine(model);
    const id = built.ids.get(sheet);
    if (id === undefined) throw new Error(`fake: the sheet ${sheet.name} is not in the workbook`);
    return shown(built.hf.getCellValue({ sheet: id, row, col }));
  }

  private engine(model: WorkbookModel): Built {
    const old = this.built.get(model);
    if (old && old.changes === model.changes && old.sheets.length === model.sheets.length && old.sheets.every((s, i) => s === model.sheets[i])) return old;
    old?.hf.destroy();
    const built = this.build(model);
    this.built.set(model, built);
    return built;
  }

  private build(model: WorkbookModel): Built {
    this.builds++;
    const changes = model.changes;
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const s of model.sheets) {
      const rows: RawCellContent[][] = [];
      const height = Math.max(s.values.length, s.formulas.length);
      for (let r = 0; r < height; r++) {
        const width = Math.max(s.values[r]?.length ?? 0, s.formulas[r]?.length ?? 0);
        rows.push(Array.from({ length: width }, (_, c) => raw(s, r, c)));
      }
      sheets[s.name] = rows;
    }
    const hf = HyperFormula.buildFromSheets(sheets, CONFIG);
    const ids = new Map(model.sheets.map((s) => [s, hf.getSheetId(s.name)!]));
    // Defined names HyperFormula can hold (its names are ASCII); the others read as #NAME?.
    for (const n of model.names) {
      const expression = model.sheets.includes(n.ref.sheet) ? `=${quoted(n.ref.sheet.name)}!${absoluteRef(refBox(n.ref))}` : '=#REF!';
      if (hf.isItPossibleToAddNamedExpression(n.name, expression)) hf.addNamedExpression(n.name, expression);
    }
    return { changes, sheets: [...model.sheets], ids, hf };
  }
}

export function hyperFormulaEvaluator(): HyperFormulaEvaluator {
  return new HyperFormulaEvaluator();
}
