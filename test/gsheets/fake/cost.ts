/**
 * How long Sheets takes, as a model: a fixed cost per service call and a cost per cell by kind.
 * Google publishes no figures; it says calls to Sheets are slow next to the script's own work and
 * that batching them is the remedy (https://developers.google.com/apps-script/guides/support/best-practices,
 * "Use batch operations"). The figures below are what users measured and reported, rounded up:
 *
 * - callMs 40: a round trip to the Spreadsheet service; a setValues of 4 000 cells, call
 *   included, took under 50 ms, and a flush() alone about 600 ms
 *   (https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp,
 *   a copy of the Stack Overflow question "What is faster: ScriptDb or SpreadsheetApp?").
 * - valueCellMs 0.01: the same measurement, about 12 µs a cell.
 * - formulaCellMs 0.3: a formula is parsed and computed; 10 000 cells written cell by cell
 *   through the Sheets API took about 3 s (http://qiita.com/howdy39/items/2fb95bb7b52cb0bb00ab),
 *   taken here as the price of a cell Sheets must work on, not merely store.
 * - ruleCellMs 0.05, formatCellMs 0.005, readCellMs 0.002: not measured anywhere we found;
 *   guesses between the two above, to be replaced by one run in a real Sheets (docs/gsheets.md).
 *
 * Builders (validation, conditional-format and chart builders) cost nothing: they build objects
 * inside the script until one is handed to a document call.
 */
export interface CostModel {
  readonly callMs: number;
  readonly valueCellMs: number;
  readonly formulaCellMs: number;
  readonly ruleCellMs: number;
  readonly formatCellMs: number;
  readonly readCellMs: number;
}

export const SHEETS_COSTS: CostModel = { callMs: 40, valueCellMs: 0.01, formulaCellMs: 0.3, ruleCellMs: 0.05, formatCellMs: 0.005, readCellMs: 0.002 };

/** The same model, every figure times `k` (a slow day, or a small test standing for a large one). */
export function scaled(model: CostModel, k: number): CostModel {
  return Object.fromEntries(Object.entries(model).map(([key, v]) => [key, v * k])) as unknown as CostModel;
}

type Grid = readonly (readonly unknown[])[];
const cells = (g: unknown): number => (Array.isArray(g) ? (g as Grid).reduce((n, row) => n + (Array.isArray(row) ? row.length : 0), 0) : 0);
const count = (g: unknown, test: (v: unknown) => boolean): number => (Array.isArray(g) ? (g as Grid).reduce((n, row) => n + (Array.isArray(row) ? row.filter(test).length : 0), 0) : 0);
const boxCells = (b: { top: number; left: number; bottom: number; right: number }) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/**
 * A clock that advances by the model's cost of each call the script makes; the script reads it
 * as Date.now() (codeJs.ts), so its time budget sees Sheets' time, not the fake's.
 */
export class FakeClock {
  elapsedMs = 0;
  constructor(
    readonly model: CostModel,
    readonly startMs = Date.UTC(2027, 0, 4, 1, 0, 0),
  ) {}

  now(): number {
    return this.startMs + this.elapsedMs;
  }

  /** Charges one call: `target` is the fake object called, `result` what it returned. */
  charge(service: string, method: string, target: unknown, args: readonly unknown[], result: unknown): void {
    if (service === 'builder') return;
    const m = this.model;
    let ms = m.callMs;
    const box = (target as { box?: Parameters<typeof boxCells>[0] }).box;
    const ranges = (target as { ranges?: { box: Parameters<typeof boxCells>[0] }[] }).ranges;
    switch (method) {
      case 'Range.setValues': {
        const formulas = count(args[0], (v) => typeof v === 'string' && v.startsWith('='));
        ms += m.formulaCellMs * formulas + m.valueCellMs * (cells(args[0]) - formulas);
        break;
      }
      case 'Range.setDataValidations':
        ms += m.ruleCellMs * count(args[0], (v) => v !== null && v !== undefined);
        break;
      case 'Range.setFontWeights':
      case 'Range.setNumberFormats':
      case 'Range.setNotes':
        ms += m.formatCellMs * cells(args[0]);
        break;
      case 'Range.setNumberFormat':
      case 'Range.setFontWeight':
      case 'Range.setWrap':
      case 'Range.setVerticalAlignment':
        if (box) ms += m.formatCellMs * boxCells(box);
        break;
      case 'RangeList.setNumberFormat':
      case 'RangeList.setFontWeight':
        if (ranges) ms += m.formatCellMs * ranges.reduce((n, r) => n + boxCells(r.box), 0);
        break;
      case 'Range.getValues':
        ms += m.readCellMs * cells(result);
        break;
    }
    this.elapsedMs += ms;
  }
}
