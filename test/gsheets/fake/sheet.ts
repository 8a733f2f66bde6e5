import { Counted, unwrap } from './calls';
import { parseA1 } from './a1';
import { FakeChartBuilder, FakeConditionalFormatRule, FakeEmbeddedChart } from './builders';
import type { SheetModel, SpreadsheetModel } from './model';
import { FakeProtection, FakeRange, FakeRangeList } from './range';

export class FakeSheet extends Counted {

  constructor(
    readonly model: SheetModel,
    private readonly book: SpreadsheetModel,
  ) {
    super('Sheet', 'spreadsheet');
  }

  private readonly self = () => new FakeSheet(this.model, this.book);

  private alive(): SheetModel {
    if (!this.book.sheets.includes(this.model)) throw new Error('Exception: The sheet has been deleted.');
    return this.model;
  }

  getName(): string {
    return this.alive().name;
  }

  /** From A1 to the last cell holding a value or formula; A1 alone on an empty sheet. */
  getDataRange(): FakeRange {
    const { lastRow, lastCol } = this.alive().extent();
    return new FakeRange(this.model, { top: 0, left: 0, bottom: Math.max(0, lastRow), right: Math.max(0, lastCol) }, this.self);
  }

  /** getRange(row, column, numRows?, numColumns?), 1-based, or getRange("B3:D9"). */
  getRange(row: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof row === 'string') return new FakeRange(this.alive(), parseA1(row), this.self);
    if (column === undefined) throw new Error('Exception: The parameters (number) don’t match the method signature');
    if (![row, column, numRows, numColumns].every((n) => Number.isInteger(n))) throw new Error('Exception: The parameters (number,number,number,number) don’t match the method signature');
    if (numRows < 1 || numColumns < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    return new FakeRange(this.alive(), { top: row - 1, left: column - 1, bottom: row + numRows - 2, right: column + numColumns - 2 }, this.self);
  }

  getRangeList(a1s: string[]): FakeRangeList {
    return new FakeRangeList(a1s.map((a1) => new FakeRange(this.alive(), parseA1(a1), this.self)));
  }

  getMaxRows(): number {
    return this.alive().maxRows;
  }
  getMaxColumns(): number {
    return this.alive().maxColumns;
  }

  insertRowsAfter(after: number, howMany: number): this {
    const m = this.alive();
    if (after !== m.maxRows) throw new Error('the fake only appends rows at the end');
    m.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): this {
    const m = this.alive();
    if (after !== m.maxColumns) throw new Error('the fake only appends columns at the end');
    m.maxColumns += howMany;
    return this;
  }

  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex - 1; r < rowIndex - 1 + numRows; r++) this.alive().hiddenRows.add(r);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer,Integer)
  hideColumns(columnIndex: number, numColumns = 1): void {
    const m = this.alive();
    // As Sheets does: columns past the grid are refused, not added.
    if (columnIndex < 1 || columnIndex - 1 + numColumns > m.maxColumns) throw new Error('Exception: Those columns are out of bounds.');
    for (let c = columnIndex - 1; c < columnIndex - 1 + numColumns; c++) m.hiddenColumns.add(c);
  }
  setFrozenRows(rows: number): void {
    this.alive().frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.alive().frozenColumns = columns;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn - 1; c < startColumn - 1 + numColumns; c++) this.alive().widths.set(c, width);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setRowHeights(Integer,Integer,Integer)
  setRowHeights(startRow: number, numRows: number, height: number): this {
    const sheet = this.alive();
    if (!Number.isInteger(startRow) || startRow < 1 || startRow + numRows - 1 > sheet.maxRows) throw new Error('Exception: Those rows are out of bounds.');
    if (!Number.isInteger(height) || height < 1) throw new Error(`Exception: Invalid argument: height (${height})`);
    for (let r = startRow - 1; r < startRow - 1 + numRows; r++) sheet.heights.set(r, height);
    return this;
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this.alive().conditionalRules.map((m) => new FakeConditionalFormatRule(m));
  }
  setConditionalFormatRules(rules: unknown[]): void {
    this.alive().conditionalRules = rules.map((r) => {
      const rule = unwrap(r);
      if (!(rule instanceof FakeConditionalFormatRule)) throw new Error('Exception: Cannot convert to ConditionalFormatRule');
      return rule.model;
    });
  }

  newChart(): FakeChartBuilder {
    return new FakeChartBuilder(this.alive());
  }
  insertChart(chart: unknown): void {
    const c = unwrap(chart);
    if (!(c instanceof FakeEmbeddedChart)) throw new Error('Exception: Cannot convert to EmbeddedChart');
    this.alive().charts.push(c.model);
  }
  getProtections(type: unknown): FakeProtection[] {
    if (type !== 'RANGE' && type !== 'SHEET') throw new Error('Exception: Invalid argument: type');
    if (type === 'SHEET') return [];
    const m = this.alive();
    return m.protections.map((p) => new FakeProtection(p, () => new FakeRange(m, p.box, this.self)));
  }

  getCharts(): FakeEmbeddedChart[] {
    const model = this.alive();
    return model.charts.map((m) => Object.assign(new FakeEmbeddedChart(m, m.id), { sheetOf: { model, object: this.self } }));
  }
  /** Replaces the chart with the same id (a builder from EmbeddedChart.modify()). */
  updateChart(chart: unknown): void {
    const c = unwrap(chart);
    if (!(c instanceof FakeEmbeddedChart)) throw new Error('Exception: Cannot convert to EmbeddedChart');
    const charts = this.alive().charts;
    const at = charts.findIndex((m) => m.id === c.model.id);
    if (at < 0) throw new Error('Exception: The chart does not exist on this sheet.');
    charts[at] = c.model;
  }
}
