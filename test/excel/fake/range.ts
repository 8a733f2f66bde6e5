import { FakeProxy } from './base';
import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import { formatAddress, r1c1ToA1, type Box } from './address';
import { contains, overlaps, type ConditionalFormatModel, type Scalar, type SheetModel } from './model';

export type RangeTarget = () => { sheet: SheetModel; box: Box };

type Grid = unknown[][] | unknown;

function cellAt(grid: Grid, r: number, c: number): unknown {
  return Array.isArray(grid) ? (grid[r] as unknown[])[c] : grid;
}

function checkShape(grid: Grid, box: Box): void {
  if (!Array.isArray(grid)) return;
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  if (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError(CODES.invalidArgument, `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
  }
}

export function checkWritable(sheet: SheetModel, box: Box): void {
  if (sheet.protected) throw new FakeOfficeError(CODES.accessDenied, `The sheet '${sheet.name}' is protected.`);
  const single = box.top === box.bottom && box.left === box.right;
  if (single) return;
  for (const m of sheet.merges) {
    if (overlaps(m, box) && !contains(box, m)) throw new FakeOfficeError(CODES.invalidOperation, 'Cannot change part of a merged cell.');
  }
}

/** Text Excel turns into another type when entered (en-US): numbers, TRUE/FALSE, ISO dates as serials. */
function parsed(text: string): number | boolean | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return Math.round((Date.UTC(+iso[1], +iso[2] - 1, +iso[3]) - Date.UTC(1899, 11, 30)) / 86400000);
  return undefined;
}

/**
 * How Excel takes an entered cell: numbers, booleans and dates typed as text become those types; text starting with "=", "+" or "-" is a formula (as the
 * Range.values documentation warns), a leading apostrophe forces text.
 */
function enter(sheet: SheetModel, r: number, c: number, v: unknown, formulaFor: (f: string) => string): void {
  if (v === null || v === undefined) return;
  if (typeof v === 'string' && v.startsWith('=') && v.length > 1) sheet.setCell(r, c, undefined, formulaFor(v));
  else if (typeof v === 'string' && /^[+-]./.test(v)) sheet.setCell(r, c, undefined, `=${v}`);
  else if (typeof v === 'string' && v.startsWith("'")) sheet.setCell(r, c, v.slice(1), undefined);
  else if (v === '') sheet.setCell(r, c, undefined, undefined);
  else if (typeof v === 'string' && parsed(v) !== undefined) sheet.setCell(r, c, parsed(v), undefined);
  else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') sheet.setCell(r, c, v, undefined);
  else throw new FakeOfficeError(CODES.invalidArgument, `Unsupported cell value: ${JSON.stringify(v)}`);
}

export class FakeRange extends FakeProxy {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly target: RangeTarget,
  ) {
    super(batch, path);
  }

  protected scalarProperties(): string[] {
    return ['address', 'values', 'formulas', 'numberFormat', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
  }

  protected fetch(property: string): unknown {
    const { sheet, box } = this.target();
    const grid = <T>(f: (r: number, c: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: T[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(f(r, c));
        out.push(row);
      }
      return out;
    };
    switch (property) {
      case 'address':
        return formatAddress(sheet.name, box);
      case 'rowIndex':
        return box.top;
      case 'columnIndex':
        return box.left;
      case 'rowCount':
        return box.bottom - box.top + 1;
      case 'columnCount':
        return box.right - box.left + 1;
      case 'values':
        return grid((r, c) => this.batch.shownValue(sheet, r, c));
      case 'formulas':
        return grid((r, c) => sheet.formula(r, c) ?? sheet.value(r, c) ?? '');
      case 'numberFormat':
        return grid(() => 'General');
      default:
        throw new FakeOfficeError(CODES.invalidArgument, `fake: Range.${property} cannot be loaded`);
    }
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
  set values(v: Grid) {
    this.writeCells('values', v, (f) => f);
  }
  get formulas(): Scalar[][] {
    return this.read('formulas');
  }
  set formulas(v: Grid) {
    this.writeCells('formulas', v, (f) => f);
  }
  get formulasR1C1(): Scalar[][] {
    this.batch.requirements.use('Range.formulasR1C1');
    return this.read('formulasR1C1');
  }
  set formulasR1C1(v: Grid) {
    this.batch.requirements.use('Range.formulasR1C1');
    this.writeCells('formulasR1C1', v, (f, r, c) => r1c1ToA1(f, r, c));
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: Grid) {
    this.write('numberFormat', v, () => {
      const { sheet, box } = this.target();
      checkWritable(sheet, box);
      checkShape(v, box);
      sheet.numberFormats.push({ box, format: v });
    });
  }
  set rowHidden(v: boolean) {
    this.batch.requirements.use('Range.rowHidden');
    this.write('rowHidden', v, () => {
      const { sheet, box } = this.target();
      for (let r = box.top; r <= box.bottom; r++) if (v) sheet.hiddenRows.add(r);
      else sheet.hiddenRows.delete(r);
    });
  }

  private writeCells(property: string, v: Grid, formula: (f: string, r: number, c: number) => string): void {
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

  /** ExcelApi 1.13: the merged areas overlapping this range, or a null object when none. */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    this.batch.requirements.use('Range.getMergedAreasOrNullObject');
    return new FakeMergedAreas(this.batch, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const { sheet, box } = this.target();
      return { sheet, areas: sheet.merges.filter((m) => overlaps(m, box)) };
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.batch, `${this.path}.format`, this.target);
  }

  get dataValidation(): FakeDataValidation {
    this.batch.requirements.use('Range.dataValidation');
    return new FakeDataValidation(this.batch, `${this.path}.dataValidation`, this.target);
  }

  get conditionalFormats(): FakeConditionalFormats {
    this.batch.requirements.use('Range.conditionalFormats');
    return new FakeConditionalFormats(this.batch, `${this.path}.conditionalFormats`, this.target);
  }

  /** Where the range is, for chart and freeze calls that take a Range. */
  resolve(): { sheet: SheetModel; box: Box } {
    return this.target();
  }
}

class Setter {
  constructor(
    protected readonly batch: FakeBatch,
    protected readonly path: string,
  ) {}
  protected set(property: string, value: unknown, apply: () => void): void {
    this.batch.queue({ wire: { op: 'set', path: this.path, property, value }, run: apply });
  }
}

export class FakeRangeFormat extends Setter {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly target: RangeTarget,
  ) {
    super(batch, path);
  }
  set columnWidth(points: number) {
    this.set('columnWidth', points, () => {
      const { sheet, box } = this.target();
      for (let c = box.left; c <= box.right; c++) sheet.widths.set(c, points);
    });
  }
  get fill(): { color: string } {
    const self = { set: (p: string, v: unknown, a: () => void) => this.set(p, v, a), target: this.target };
    return {
      set color(color: string) {
        self.set('fill.color', color, () => {
          const { sheet, box } = self.target();
          checkWritable(sheet, box);
          sheet.fills.push({ box, color });
        });
      },
      get color(): string {
        throw new FakeOfficeError(CODES.propertyNotLoaded, 'fake: fill.color is write-only here');
      },
    };
  }
  get font(): { bold: boolean; color: string } {
    const self = { set: (p: string, v: unknown, a: () => void) => this.set(p, v, a), target: this.target };
    return {
      set bold(bold: boolean) {
        self.set('font.bold', bold, () => {
          const { sheet, box } = self.target();
          checkWritable(sheet, box);
          sheet.bold.push({ box, bold });
        });
      },
      get bold(): boolean {
        throw new FakeOfficeError(CODES.propertyNotLoaded, 'fake: font.bold is write-only here');
      },
      set color(color: string) {
        self.set('font.color', color, () => {
          const { sheet, box } = self.target();
          sheet.fontColors.push({ box, color });
        });
      },
      get color(): string {
        throw new FakeOfficeError(CODES.propertyNotLoaded, 'fake: font.color is write-only here');
      },
    };
  }
}

export class FakeDataValidation extends Setter {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly target: RangeTarget,
  ) {
    super(batch, path);
  }
  set rule(rule: unknown) {
    this.set('rule', rule, () => {
      const { sheet, box } = this.target();
      checkWritable(sheet, box);
      if (sheet.validations.some((v) => overlaps(v.box, box))) {
        // Excel refuses a rule over cells that already have a different one; clear() first.
        throw new FakeOfficeError(CODES.invalidOperation, 'The range already has data validation; clear it first.');
      }
      sheet.validations.push({ box, rule });
    });
  }
  clear(): void {
    this.batch.queue({
      wire: { op: 'call', path: this.path, method: 'clear', args: [] },
      run: () => {
        const { sheet, box } = this.target();
        for (let i = sheet.validations.length - 1; i >= 0; i--) if (contains(box, sheet.validations[i].box)) sheet.validations.splice(i, 1);
      },
    });
  }
}

export class FakeConditionalFormats {
  constructor(
    private readonly batch: FakeBatch,
    private readonly path: string,
    private readonly target: RangeTarget,
  ) {}
  add(type: string): FakeConditionalFormat {
    const holder: { model?: ConditionalFormatModel } = {};
    this.batch.queue({
      wire: { op: 'call', path: this.path, method: 'add', args: [type] },
      run: () => {
        const { sheet, box } = this.target();
        checkWritable(sheet, box);
        holder.model = { box, type };
        sheet.conditionalFormats.push(holder.model);
      },
    });
    return new FakeConditionalFormat(this.batch, `${this.path}.add`, holder);
  }
}

export class FakeConditionalFormat {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  constructor(batch: FakeBatch, path: string, holder: { model?: ConditionalFormatModel }) {
    const set = (property: string, value: string, apply: (m: ConditionalFormatModel) => void) =>
      batch.queue({ wire: { op: 'set', path, property, value }, run: () => apply(holder.model!) });
    let formula = '';
    let fill = '';
    let font = '';
    this.custom = {
      rule: {
        get formula() {
          return formula;
        },
        set formula(v: string) {
          formula = v;
          set('custom.rule.formula', v, (m) => (m.formula = v));
        },
      },
      format: {
        fill: {
          get color() {
            return fill;
          },
          set color(v: string) {
            fill = v;
            set('custom.format.fill.color', v, (m) => (m.fill = v));
          },
        },
        font: {
          get color() {
            return font;
          },
          set color(v: string) {
            font = v;
            set('custom.format.font.color', v, (m) => (m.font = v));
          },
        },
      },
    };
  }
}

export class FakeMergedAreas extends FakeProxy {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly target: () => { sheet: SheetModel; areas: Box[] },
  ) {
    super(batch, path);
  }
  protected scalarProperties(): string[] {
    return ['address', 'areaCount'];
  }
  protected fetch(property: string): unknown {
    const { sheet, areas } = this.target();
    if (property === 'address') return areas.map((a) => formatAddress(sheet.name, a)).join(',');
    if (property === 'areaCount') return areas.length;
    throw new FakeOfficeError(CODES.invalidArgument, `fake: RangeAreas.${property} cannot be loaded`);
  }
  load(option?: Parameters<FakeProxy['load']>[0]): this {
    super.load(option);
    this.batch.queue({
      wire: { op: 'load', path: this.path, props: ['isNullObject'] },
      run: () => {
        const isNull = this.target().areas.length === 0;
        this.batch.onResponse(() => this.loaded.set('isNullObject', isNull));
        return isNull;
      },
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    if (this.loaded.get('isNullObject') === true) throw new FakeOfficeError(CODES.invalidOperation, 'The object is a null object.');
    return this.read('address');
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
