import type { Box } from './address';

/** What a cell holds: a constant, or a formula (A1, with its "="). Formulas are not calculated by the fake. */
export type Scalar = string | number | boolean;

export interface TableModel {
  name: string;
  sheet: SheetModel;
  box: Box;
  columns: string[];
}

export interface ChartModel {
  name: string;
  type: string;
  source: Box;
  seriesBy: string;
  title?: string;
  position?: { start: string; end?: string };
  series: { name?: string; values?: string; xValues?: string; fillCleared?: boolean }[];
}

export interface ConditionalFormatModel {
  box: Box;
  type: string;
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
  readonly widths = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  freeze = { rows: 0, cols: 0 };
  readonly validations: { box: Box; rule: unknown }[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly merges: Box[] = [];
  protected = false;

  constructor(public name: string) {}

  value(r: number, c: number): Scalar | undefined {
    return this.values[r]?.[c];
  }

  formula(r: number, c: number): string | undefined {
    return this.formulas[r]?.[c];
  }

  setCell(r: number, c: number, value: Scalar | undefined, formula: string | undefined): void {
    (this.values[r] ??= [])[c] = value;
    if (formula !== undefined || this.formulas[r]?.[c] !== undefined) (this.formulas[r] ??= [])[c] = formula;
  }

  /** The smallest box from A1's row/column origin holding every non-empty cell, or null. */
  usedBox(): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const rows = Math.max(this.values.length, this.formulas.length);
    for (let r = 0; r < rows; r++) {
      const v = this.values[r] ?? [];
      const f = this.formulas[r] ?? [];
      for (let c = 0; c < Math.max(v.length, f.length); c++) {
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
  readonly tables: TableModel[] = [];
  protected = false;
  /** A user is typing in a cell: Excel refuses every batch until they finish. */
  cellEditMode = false;

  sheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
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
