import { Counted, unwrap } from './calls';
import { isDate, type Box, type ProtectionModel, type Scalar, type SheetModel, type SpreadsheetModel, type ValidationModel } from './model';
import { interpret, type Typed } from './typed';

export class FakeDataValidation extends Counted {
  constructor(readonly model: ValidationModel) {
    super('DataValidation', 'builder');
  }
  getCriteriaType(): string {
    return this.model.spec.kind;
  }
}

export class FakeProtection extends Counted {
  constructor(
    readonly model: ProtectionModel,
    private readonly range: () => FakeRange,
  ) {
    super('Protection', 'spreadsheet');
  }
  getDescription(): string {
    return this.model.description;
  }
  getRange(): FakeRange {
    return this.range();
  }
  setRange(range: unknown): this {
    const r = unwrap(range);
    if (!(r instanceof FakeRange)) throw new Error('Exception: The parameters (Range) don’t match the method signature');
    this.model.box = { ...r.box };
    return this;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.model.warningOnly = warningOnly;
    return this;
  }
  setDescription(description: string): this {
    this.model.description = description;
    return this;
  }
}

/** A cell as interpret() typed it: value, formula, and whether the value is an error. */
export function writeCell(sheet: SheetModel, r: number, c: number, typed: Typed): void {
  sheet.values.set(r, c, typed.value);
  sheet.formulas.set(r, c, typed.formula);
  if (typed.error || sheet.errors.get(r, c)) sheet.errors.set(r, c, typed.error);
}

function sameShape(what: string, data: readonly (readonly unknown[])[], rows: number, cols: number): void {
  if (data.length !== rows) throw new Error(`The number of rows in the ${what} does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`);
  for (const row of data) {
    if (row.length !== cols) throw new Error(`The number of columns in the ${what} does not match the number of columns in the range. The data has ${row.length} but the range has ${cols}.`);
  }
}

/** A rectangle of one sheet; 1-based in the API, a 0-based box inside. */
export class FakeRange extends Counted {

  constructor(
    readonly sheet: SheetModel,
    readonly box: Box,
    /** Builds the sheet object getSheet() hands out (the fake's Sheet needs its spreadsheet). */
    private readonly sheetObject: () => Counted = () => {
      throw new Error('the fake range has no sheet object');
    },
  ) {
    super('Range', 'spreadsheet');
    if (box.top < 0 || box.left < 0 || box.bottom >= sheet.maxRows || box.right >= sheet.maxColumns || box.bottom < box.top || box.right < box.left) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  private bookOf(): SpreadsheetModel | null {
    return this.sheet.book;
  }

  getSheet(): Counted {
    return this.sheetObject();
  }
  /**
   * A range `rowOffset` rows and `columnOffset` columns from this one's top left, of the size
   * given (this one's when left out), on the same sheet; past the grid it is refused, as getRange
   * refuses it (https://developers.google.com/apps-script/reference/spreadsheet/range#offset(Integer,Integer,Integer,Integer)).
   */
  offset(rowOffset: number, columnOffset: number, numRows = this.rows, numColumns = this.cols): FakeRange {
    if (![rowOffset, columnOffset, numRows, numColumns].every((n) => Number.isInteger(n))) throw new Error('Exception: The parameters (number,number,number,number) don’t match the method signature for SpreadsheetApp.Range.offset.');
    if (numRows < 1 || numColumns < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    const top = this.box.top + rowOffset;
    const left = this.box.left + columnOffset;
    return new FakeRange(this.sheet, { top, left, bottom: top + numRows - 1, right: left + numColumns - 1 }, this.sheetObject);
  }
  getRow(): number {
    return this.box.top + 1;
  }
  getColumn(): number {
    return this.box.left + 1;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.cols;
  }

  private get rows(): number {
    return this.box.bottom - this.box.top + 1;
  }
  private get cols(): number {
    return this.box.right - this.box.left + 1;
  }

  private each(fn: (r: number, c: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) fn(this.box.top + i, this.box.left + j, i, j);
  }

  /**
   * Values as Sheets shows them: a formula cell its computed value or error text (when the
   * spreadsheet has an evaluator: FakeAppsScript's default), a date the instant of its midnight
   * in the spreadsheet's time zone, an empty cell "".
   */
  getValues(): Scalar[][] {
    const book = this.bookOf();
    const out: Scalar[][] = [];
    for (let i = 0; i < this.rows; i++) {
      const row: Scalar[] = [];
      for (let j = 0; j < this.cols; j++) {
        const r = this.box.top + i;
        const c = this.box.left + j;
        const formula = this.sheet.formulas.get(r, c) !== undefined;
        const v = formula ? (book?.evaluator ? book.evaluator.valueOf(book, this.sheet, r, c) : '') : this.sheet.values.get(r, c);
        row.push(v === undefined ? '' : isDate(v) ? new Date(v.getTime()) : v);
      }
      out.push(row);
    }
    return out;
  }

  getFormulas(): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < this.rows; i++) {
      const row: string[] = [];
      for (let j = 0; j < this.cols; j++) row.push(this.sheet.formulas.get(this.box.top + i, this.box.left + j) ?? '');
      out.push(row);
    }
    return out;
  }

  /** Strings are parsed as if a user typed them (see typed.ts), dates in the spreadsheet's time zone. */
  setValues(values: unknown[][]): this {
    sameShape('data', values, this.rows, this.cols);
    const timeZone = this.bookOf()?.timeZone ?? 'UTC';
    this.each((r, c, i, j) => writeCell(this.sheet, r, c, interpret(values[i][j], timeZone)));
    return this;
  }

  setDataValidations(rules: unknown[][]): this {
    sameShape('data validation rules', rules, this.rows, this.cols);
    this.each((r, c, i, j) => {
      const rule = unwrap(rules[i][j]);
      if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error('Exception: Cannot convert to DataValidation');
      this.sheet.validations.set(r, c, rule === null ? undefined : rule.model);
    });
    return this;
  }

  setFontWeights(weights: unknown[][]): this {
    sameShape('font weights', weights, this.rows, this.cols);
    this.each((r, c, i, j) => this.sheet.fontWeights.set(r, c, weights[i][j] === 'bold' ? 'bold' : 'normal'));
    return this;
  }

  setNumberFormat(format: string): this {
    this.each((r, c) => this.sheet.numberFormats.set(r, c, format));
    return this;
  }

  setNumberFormats(formats: unknown[][]): this {
    sameShape('number formats', formats, this.rows, this.cols);
    this.each((r, c, i, j) => {
      if (typeof formats[i][j] !== 'string') throw new Error('Exception: The parameters (number[][]) don’t match the method signature');
      this.sheet.numberFormats.set(r, c, formats[i][j] as string);
    });
    return this;
  }

  setFontWeight(weight: string | null): this {
    this.each((r, c) => this.sheet.fontWeights.set(r, c, weight === 'bold' ? 'bold' : 'normal'));
    return this;
  }

  setWrap(wrap: boolean): this {
    this.each((r, c) => this.sheet.wraps.set(r, c, wrap === true));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setVerticalAlignment(String)
  setVerticalAlignment(alignment: string | null): this {
    if (alignment !== null && alignment !== 'top' && alignment !== 'middle' && alignment !== 'bottom') throw new Error(`Exception: Invalid argument: ${alignment}`);
    this.each((r, c) => this.sheet.verticalAlignments.set(r, c, alignment ?? undefined));
    return this;
  }

  /** One note per cell, null or "" to clear it; Sheets keeps a note to 50 000 characters, like a cell. */
  setNotes(notes: unknown[][]): this {
    sameShape('notes', notes, this.rows, this.cols);
    this.each((r, c, i, j) => {
      const note = notes[i][j];
      if (note !== null && typeof note !== 'string') throw new Error('Exception: The parameters (number[][]) don’t match the method signature for SpreadsheetApp.Range.setNotes.');
      if (typeof note === 'string' && note.length > 50_000) throw new Error('Exception: Your input contains more than the maximum of 50000 characters in a single cell.');
      this.sheet.notes.set(r, c, note ? note : undefined);
    });
    return this;
  }

  protect(): FakeProtection {
    const model: ProtectionModel = { box: { ...this.box }, warningOnly: false, description: '' };
    this.sheet.protections.push(model);
    return new FakeProtection(model, () => new FakeRange(this.sheet, model.box, this.sheetObject));
  }
}

export class FakeRangeList extends Counted {
  constructor(readonly ranges: FakeRange[]) {
    super('RangeList', 'spreadsheet');
  }
  /** The ranges, as named (https://developers.google.com/apps-script/reference/spreadsheet/range-list#getRanges()). */
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  setNumberFormat(format: string): this {
    for (const r of this.ranges) r.setNumberFormat(format);
    return this;
  }
  setFontWeight(weight: string | null): this {
    for (const r of this.ranges) r.setFontWeight(weight);
    return this;
  }
}
