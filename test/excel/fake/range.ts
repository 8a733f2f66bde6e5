import { FakeObject, type Loadable } from './base';
import { cellAt, enter, type RangeInput } from './cellEntry';
import { FakeConditionalFormats } from './conditionalFormats';
import type { FakeBatch } from './context';
import { FakeDataValidation } from './dataValidation';
import { CODES, FakeOfficeError } from './errors';
import { formatAddress, r1c1ToA1, type Box } from './address';
import { FakeMergedAreas, mergedAreasIn } from './mergedAreas';
import type { Scalar, SheetModel } from './model';
import { FakeRangeFormat } from './rangeFormat';
import { checkShape, checkWritable } from './writeChecks';

export type RangeTarget = () => { sheet: SheetModel; box: Box };

/** Excel.Range in the fake; its format, data validation, conditional formats and merged areas have files of their own. */
export class FakeRange extends FakeObject<RangeTarget> {
  protected readonly className = 'Range';

  protected loadable(): Loadable {
    const box = () => this.target().box;
    const size = () => {
      const { top, bottom, left, right } = box();
      return { rows: bottom - top + 1, columns: right - left + 1 };
    };
    const grid = <T>(f: (sheet: SheetModel, r: number, c: number) => T): T[][] => {
      const { sheet, box: b } = this.target();
      const out: T[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row: T[] = [];
        for (let c = b.left; c <= b.right; c++) row.push(f(sheet, r, c));
        out.push(row);
      }
      return out;
    };
    // Past five million cells Excel may answer null rather than fail (context.ts cellLimit).
    const capped = <T>(f: (sheet: SheetModel, r: number, c: number) => T): T[][] | null => {
      const { rows, columns } = size();
      return rows * columns > this.batch.cellLimit ? null : grid(f);
    };
    return {
      address: () => formatAddress(this.target().sheet.name, box()),
      values: () => capped((sheet, r, c) => this.batch.shownValue(sheet, r, c)),
      formulas: () => capped((sheet, r, c) => sheet.formula(r, c) ?? sheet.value(r, c) ?? ''),
      numberFormat: () => grid(() => 'General'),
      rowIndex: () => box().top,
      columnIndex: () => box().left,
      rowCount: () => size().rows,
      columnCount: () => size().columns,
    };
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): Scalar[][] {
    return this.read('values');
  }
  set values(v: RangeInput) {
    this.writeCells('values', v, (f) => f);
  }
  get formulas(): Scalar[][] {
    return this.read('formulas');
  }
  set formulas(v: RangeInput) {
    this.writeCells('formulas', v, (f) => f);
  }
  get formulasR1C1(): Scalar[][] {
    this.batch.requirements.use('Range.formulasR1C1');
    return this.read('formulasR1C1');
  }
  set formulasR1C1(v: RangeInput) {
    this.batch.requirements.use('Range.formulasR1C1');
    this.writeCells('formulasR1C1', v, (f, r, c) => r1c1ToA1(f, r, c));
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: RangeInput) {
    this.write('numberFormat', v, () => {
      const { sheet, box } = this.target();
      checkWritable(sheet, box);
      checkShape(v, box);
      sheet.numberFormats.push({ box, format: v });
    });
  }
  set columnHidden(v: boolean) {
    this.setHidden('columnHidden', v, (sheet, box) => ({ hidden: sheet.hiddenCols, first: box.left, last: box.right }));
  }
  set rowHidden(v: boolean) {
    this.setHidden('rowHidden', v, (sheet, box) => ({ hidden: sheet.hiddenRows, first: box.top, last: box.bottom }));
  }
  /** Hides (or shows) every column or row the range spans: `lines` names the sheet's hidden set and the span. */
  private setHidden(property: 'columnHidden' | 'rowHidden', v: boolean, lines: (sheet: SheetModel, box: Box) => { hidden: Set<number>; first: number; last: number }): void {
    this.batch.requirements.use(`Range.${property}`);
    this.write(property, v, () => {
      const { sheet, box } = this.target();
      const { hidden, first, last } = lines(sheet, box);
      for (let i = first; i <= last; i++) if (v) hidden.add(i);
      else hidden.delete(i);
    });
  }

  private writeCells(property: string, v: RangeInput, formula: (f: string, r: number, c: number) => string): void {
    this.write(property, v, () => {
      const { sheet, box } = this.target();
      checkWritable(sheet, box);
      checkShape(v, box);
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) enter(sheet, r, c, cellAt(v, r - box.top, c - box.left), (f) => formula(f, r, c));
      }
    });
  }

  /**
   * ExcelApi 1.9: copies another range's cells here; 'Values' pastes what the cells show (a
   * formula's calculated value with an evaluator, nothing without one).
   */
  copyFrom(source: FakeRange, copyType: 'All' | 'Values' | 'Formulas' = 'All'): void {
    this.batch.requirements.use('Range.copyFrom');
    this.call('copyFrom', [source.path, copyType], () => {
      const from = source.resolve();
      const to = this.target();
      const rows = from.box.bottom - from.box.top;
      const cols = from.box.right - from.box.left;
      const box = { top: to.box.top, left: to.box.left, bottom: to.box.top + rows, right: to.box.left + cols };
      checkWritable(to.sheet, box);
      // Calculated before any cell is written, as Excel copies: the writes must not recalculate the source.
      const calculated = copyType === 'Values' && this.batch.evaluate ? new Map<string, Scalar>() : null;
      for (let r = 0; calculated && r <= rows; r++) {
        for (let c = 0; c <= cols; c++) {
          if (from.sheet.formula(from.box.top + r, from.box.left + c) !== undefined) calculated.set(`${r},${c}`, this.batch.shownValue(from.sheet, from.box.top + r, from.box.left + c));
        }
      }
      for (let r = 0; r <= rows; r++) {
        for (let c = 0; c <= cols; c++) {
          const f = from.sheet.formula(from.box.top + r, from.box.left + c);
          const v = from.sheet.value(from.box.top + r, from.box.left + c);
          if (copyType === 'Values') to.sheet.setCell(box.top + r, box.left + c, f !== undefined ? calculated?.get(`${r},${c}`) : v, undefined);
          else if (f !== undefined) to.sheet.setCell(box.top + r, box.left + c, undefined, f);
          else to.sheet.setCell(box.top + r, box.left + c, v, undefined);
        }
      }
    });
  }

  /**
   * ExcelApi 1.4: the part of this range that holds values (formulas count), as a null object
   * when it holds none. `valuesOnly` is accepted; the fake keeps no formatting to count anyway.
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRangeOrNullObject {
    this.batch.requirements.use('Range.getUsedRangeOrNullObject');
    const holder: { where?: { sheet: SheetModel; box: Box } | null } = {};
    const range = new FakeRangeOrNullObject(this.batch, `${this.path}.getUsedRangeOrNullObject()`, () => holder.where ?? null);
    this.batch.queue({
      wire: { op: 'call', path: this.path, method: 'getUsedRangeOrNullObject', args: [valuesOnly ?? false] },
      run: () => {
        const { sheet, box } = this.target();
        const used = sheet.usedBox(box);
        holder.where = used ? { sheet, box: used } : null;
        this.batch.onResponse(() => range.receiveNullness(holder.where === null));
        return holder.where === null;
      },
    });
    return range;
  }

  /** ExcelApi 1.13: the merged areas that start in this range, or a null object when none (mergedAreas.ts). */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    this.batch.requirements.use('Range.getMergedAreasOrNullObject');
    return new FakeMergedAreas(this.batch, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const { sheet, box } = this.target();
      return { sheet, areas: mergedAreasIn(sheet, box) };
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.batch, `${this.path}.format`, this.target);
  }

  get dataValidation(): FakeDataValidation {
    return this.child('Range.dataValidation', FakeDataValidation, this.target);
  }

  get conditionalFormats(): FakeConditionalFormats {
    return this.child('Range.conditionalFormats', FakeConditionalFormats, this.target);
  }

  /** Where the range is, for chart and freeze calls that take a Range. */
  resolve(): { sheet: SheetModel; box: Box } {
    return this.target();
  }
}

function nullObjectError(): FakeOfficeError {
  return new FakeOfficeError(CODES.invalidOperation, 'The object is a null object.');
}

/** A Range from an `…OrNullObject` method: `isNullObject` after the next sync; a null one has nothing to read or write. */
export class FakeRangeOrNullObject extends FakeRange {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly where: () => { sheet: SheetModel; box: Box } | null,
  ) {
    super(batch, path, () => {
      const w = where();
      if (!w) throw nullObjectError();
      return w;
    });
  }
  protected fetch(property: string): unknown {
    return this.where() ? super.fetch(property) : null;
  }
  protected read<T>(property: string): T {
    if (this.loaded.get('isNullObject') === true) throw nullObjectError();
    return super.read(property);
  }
  receiveNullness(isNull: boolean): void {
    this.loaded.set('isNullObject', isNull);
  }
  get isNullObject(): boolean {
    if (!this.loaded.has('isNullObject')) throw new FakeOfficeError(CODES.propertyNotLoaded, "The property 'isNullObject' is not available. Call context.sync() first.");
    return this.loaded.get('isNullObject') as boolean;
  }
}
