import type { Box } from './address';

/**
 * What a cell holds: a constant, or a formula (A1, with its "="). Formulas are not calculated by
 * the fake itself; a `FormulaEvaluator` given to FakeExcel calculates them when they are read.
 */
export type Scalar = string | number | boolean;

/**
 * Calculates formulas for `Range.values`, as Excel does: the formula cell (row, col) of `sheet`
 * in `model` → a number, text or boolean, or the error's text ('#DIV/0!'). Called at sync time,
 * after the operations before it in the batch; `model.changes` says whether anything changed.
 */
export interface FormulaEvaluator {
  valueOf(model: WorkbookModel, sheet: SheetModel, row: number, col: number): Scalar;
}

/** One clock for every model: each change gets a number larger than any before, so `changes` only grows. */
let clock = 0;
const tick = (): number => ++clock;

/**
 * Where a workbook-scoped defined name points: cells of a sheet, held by the sheet itself so a
 * renamed sheet is followed. Once the sheet is deleted the name is an error ('#REF!').
 */
export interface NameRef {
  sheet: SheetModel;
  row: number;
  col: number;
  bottom?: number;
  right?: number;
}

export interface NameModel {
  name: string;
  ref: NameRef;
  comment: string;
  visible: boolean;
}

export function refBox(ref: NameRef): Box {
  return { top: ref.row, left: ref.col, bottom: ref.bottom ?? ref.row, right: ref.right ?? ref.col };
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  box: Box;
  columns: string[];
  /** The box's last row is the table's Total Row. */
  showTotals?: boolean;
}

export interface ChartModel {
  name: string;
  type: string;
  source: Box;
  seriesBy: string;
  /** Excel's default for a new chart: hidden rows and columns are not plotted. */
  plotVisibleOnly: boolean;
  title?: string;
  position?: { start: string; end?: string };
  series: { name?: string; values?: string; xValues?: string; fillCleared?: boolean }[];
}

/** A colour scale's point as Office.js takes it (ConditionalColorScaleCriterion). */
export interface ColorCriterionModel {
  type: string;
  formula: string | null;
  color: string;
}

export interface ConditionalFormatModel {
  box: Box;
  type: string;
  colorScale?: { minimum: ColorCriterionModel; midpoint?: ColorCriterionModel; maximum: ColorCriterionModel };
  formula?: string;
  fill?: string;
  font?: string;
}

/** One worksheet's state: cells row by row, and the formats and objects laid over ranges. */
export class SheetModel {
  readonly values: (Scalar | undefined)[][] = [];
  readonly formulas: (string | undefined)[][] = [];
  readonly numberFormats: { box: Box; format: unknown }[] = [];
  readonly fills: { box: Box; color: string }[] = [];
  readonly bold: { box: Box; bold: boolean }[] = [];
  readonly fontColors: { box: Box; color: string }[] = [];
  /** RangeFormat.wrapText and verticalAlignment as set, in order. */
  readonly wraps: { box: Box; wrap?: boolean; vertical?: string }[] = [];
  /** Row heights in points, by 0-based row. */
  readonly rowHeights = new Map<number, number>();
  /** Notes (ExcelApi 1.18) by cell, "row,col". */
  readonly notes = new Map<string, string>();
  readonly widths = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  freeze = { rows: 0, cols: 0 };
  /** PageLayout.orientation and zoom as set (null: Excel's defaults, portrait at 100 %). */
  print: { orientation: 'Landscape' | 'Portrait'; zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } } | null = null;
  readonly validations: { box: Box; rule: unknown }[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly merges: Box[] = [];
  protected = false;
  /** When a cell was last written or the sheet renamed, on the clock above. */
  changedAt = tick();
  private name_: string;

  constructor(name: string) {
    this.name_ = name;
  }

  get name(): string {
    return this.name_;
  }

  set name(name: string) {
    this.name_ = name;
    this.changedAt = tick();
  }

  value(r: number, c: number): Scalar | undefined {
    return this.values[r]?.[c];
  }

  formula(r: number, c: number): string | undefined {
    return this.formulas[r]?.[c];
  }

  setCell(r: number, c: number, value: Scalar | undefined, formula: string | undefined): void {
    (this.values[r] ??= [])[c] = value;
    if (formula !== undefined || this.formulas[r]?.[c] !== undefined) (this.formulas[r] ??= [])[c] = formula;
    this.changedAt = tick();
  }

  /** The smallest box from A1's row/column origin holding every non-empty cell, or null. */
  usedBox(within?: Box): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const rows = Math.min(Math.max(this.values.length, this.formulas.length), within ? within.bottom + 1 : Infinity);
    for (let r = within?.top ?? 0; r < rows; r++) {
      const v = this.values[r] ?? [];
      const f = this.formulas[r] ?? [];
      const cols = Math.min(Math.max(v.length, f.length), within ? within.right + 1 : Infinity);
      for (let c = within?.left ?? 0; c < cols; c++) {
        if ((v[c] === undefined || v[c] === '') && f[c] === undefined) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** The sheet Excel shows (Worksheet.activate); undefined: the first. */
  activeSheet?: string;
  readonly tables: TableModel[] = [];
  /** Workbook-scoped defined names (Formulas › Name Manager). */
  readonly names: NameModel[] = [];
  protected = false;
  /** A user is typing in a cell: Excel refuses every batch until they finish. */
  cellEditMode = false;
  private structureChangedAt = tick();

  /**
   * A change counter for whatever formulas can see: it grows with every cell written, every sheet
   * added, renamed or deleted and every name added or deleted (an evaluator recalculates then).
   */
  get changes(): number {
    return this.sheets.reduce((n, s) => Math.max(n, s.changedAt), this.structureChangedAt);
  }

  /** Records a change to the workbook's structure (sheets, names) for `changes`. */
  touch(): void {
    this.structureChangedAt = tick();
  }

  sheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  name(name: string): NameModel | undefined {
    const key = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === key);
  }

  /** The cells a name refers to, or null when its sheet was deleted. */
  refersTo(item: NameModel): { sheet: SheetModel; box: Box } | null {
    return this.sheets.includes(item.ref.sheet) ? { sheet: item.ref.sheet, box: refBox(item.ref) } : null;
  }

  table(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Box, inner: Box): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}
