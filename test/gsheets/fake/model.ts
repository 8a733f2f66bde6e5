/**
 * The fake spreadsheet's state: plain data the tests inspect directly (not through the API the
 * script uses). Rows and columns are 0-based here; the API is 1-based like Apps Script.
 */
export type Scalar = string | number | boolean | Date;

export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type ValidationSpec =
  | { kind: 'checkbox' }
  | { kind: 'list'; values: string[] }
  | { kind: 'range'; sheet: string; box: Box }
  | { kind: 'min'; min: number };

export interface ValidationModel {
  readonly spec: ValidationSpec;
  readonly allowInvalid: boolean;
}

/** A gradient's point: at the range's lowest or highest number, or at a number or a percentile. */
export interface GradientPointModel {
  readonly color: string;
  readonly type: 'MIN' | 'MAX' | 'NUMBER' | 'PERCENTILE';
  readonly value?: number;
}

export interface ConditionalRuleModel {
  /** A boolean rule's formula; none for a gradient (colour scale). */
  readonly formula?: string;
  readonly gradient?: { readonly min: GradientPointModel; readonly mid?: GradientPointModel; readonly max: GradientPointModel };
  readonly background?: string;
  readonly fontColor?: string;
  readonly ranges: { sheet: string; box: Box }[];
}

export interface ChartModel {
  /** EmbeddedChart.getChartId(): kept by modify() and Sheet.updateChart. */
  readonly id: number;
  readonly type: 'bar' | 'column';
  readonly stacked: boolean;
  /** Charts.ChartHiddenDimensionStrategy; Sheets' default skips hidden rows and columns. */
  readonly hiddenDimensionStrategy: 'IGNORE_BOTH' | 'IGNORE_ROWS' | 'IGNORE_COLUMNS' | 'SHOW_BOTH';
  readonly numHeaders?: number;
  readonly title: string;
  readonly ranges: Box[];
  readonly options: Record<string, unknown>;
  readonly anchor: { row: number; col: number };
}

export interface ProtectionModel {
  box: Box;
  warningOnly: boolean;
  description: string;
}

/** Bumped by every change of any grid, so the formula evaluator knows when to load again. */
export const edits = { count: 0 };

/** A grid of per-cell properties, sparse by row. */
export class Grid<T> {
  readonly rows: (T | undefined)[][] = [];

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    edits.count++;
    (this.rows[r] ??= [])[c] = v;
  }
}

/** Computes what a formula cell shows (test/gsheets/fake/evaluate.ts does it with HyperFormula). */
export interface FormulaEvaluator {
  valueOf(book: SpreadsheetModel, sheet: SheetModel, row: number, col: number): Scalar;
}

export class SheetModel {
  readonly values = new Grid<Scalar>();
  readonly formulas = new Grid<string>();
  /** Cells whose value (in `values`, as getValues shows it: "#N/A") is an error, not text. */
  readonly errors = new Grid<true>();
  readonly validations = new Grid<ValidationModel>();
  readonly numberFormats = new Grid<string>();
  readonly fontWeights = new Grid<'bold' | 'normal'>();
  readonly wraps = new Grid<boolean>();
  readonly verticalAlignments = new Grid<'top' | 'middle' | 'bottom'>();
  readonly notes = new Grid<string>();
  /** Row heights in pixels, by 0-based row. */
  readonly heights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly widths = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  conditionalRules: ConditionalRuleModel[] = [];
  readonly protections: ProtectionModel[] = [];
  readonly charts: ChartModel[] = [];
  /** The spreadsheet holding the sheet (its time zone, its evaluator); set when it is added. */
  book: SpreadsheetModel | null = null;

  constructor(
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  /** The last row and column holding a value or formula, 0-based; -1 when empty. */
  extent(): { lastRow: number; lastCol: number } {
    let lastRow = -1;
    let lastCol = -1;
    for (const grid of [this.values.rows, this.formulas.rows]) {
      grid.forEach((row, r) => {
        row?.forEach((v, c) => {
          if (v === undefined || v === '') return;
          lastRow = Math.max(lastRow, r);
          lastCol = Math.max(lastCol, c);
        });
      });
    }
    return { lastRow, lastCol };
  }

  /** What a user typed or a script wrote: the formula ("=…") if any, else the value. */
  content(r: number, c: number): Scalar | undefined {
    return this.formulas.get(r, c) ?? this.values.get(r, c);
  }
}

export class SpreadsheetModel {
  readonly sheets: SheetModel[] = [];
  readonly namedRanges: { name: string; sheet: SheetModel; box: Box }[] = [];
  /** Developer metadata at the spreadsheet's level (Spreadsheet.addDeveloperMetadata), in the order added. */
  readonly developerMetadata: { id: number; key: string; value: string | null }[] = [];
  /** The sheet the user sees; Sheets makes each inserted sheet the active one. */
  active: SheetModel | null = null;
  locale = 'en_US';
  /** Google's default for a spreadsheet made in China; east of UTC, where a day starts the evening before in UTC. */
  timeZone = 'Asia/Shanghai';
  /** Formulas are computed when set (the default in FakeAppsScript); null: a formula cell reads as "". */
  evaluator: FormulaEvaluator | null = null;
  readonly toasts: { message: string; title: string }[] = [];

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}
