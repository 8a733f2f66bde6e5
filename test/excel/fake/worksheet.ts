import { FakeObject, type Loadable } from './base';
import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import { parseAddress } from './address';
import type { SheetModel } from './model';
import { FakeRange } from './range';
import { FakeTableCollection } from './table';
import { FakeChartCollection } from './chart';
import { FakeNoteCollection } from './notes';

const INVALID_NAME = /[:\\/?*[\]]/;

export function checkSheetName(name: string): void {
  if (name.trim() === '' || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError(CODES.invalidArgument, `'${name}' is not a valid worksheet name.`);
  }
}

export class FakeWorksheet extends FakeObject<() => SheetModel> {
  protected readonly className = 'Worksheet';
  protected loadable(): Loadable {
    return { name: () => this.target().name };
  }
  get name(): string {
    return this.read('name');
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.batch, `${this.path}.getRange(${address ?? ''})`, () => {
      const parsed = address ? parseAddress(address) : { box: { top: 0, left: 0, bottom: 1048575, right: 16383 } };
      return { sheet: this.target(), box: parsed.box };
    });
  }
  /** The used range; an empty sheet's is A1, as in Excel. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.batch.requirements.use('Worksheet.getUsedRange(valuesOnly)');
    return new FakeRange(this.batch, `${this.path}.getUsedRange()`, () => {
      const sheet = this.target();
      return { sheet, box: sheet.usedBox() ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.batch, `${this.path}.tables`, this.target);
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.batch, `${this.path}.charts`, this.target);
  }
  get protection(): FakeSheetProtection {
    return this.child('Worksheet.protection', FakeSheetProtection, this.target);
  }
  /** Worksheet.activate (ExcelApi 1.1): the sheet Excel shows. */
  activate(): void {
    this.call('activate', [], () => (this.batch.model.activeSheet = this.target().name));
  }
  get freezePanes(): FakeFreezePanes {
    return this.child('Worksheet.freezePanes', FakeFreezePanes, this.target);
  }
  get pageLayout(): FakePageLayout {
    return this.child('Worksheet.pageLayout', FakePageLayout, this.target);
  }
  get notes(): FakeNoteCollection {
    return this.child('Worksheet.notes', FakeNoteCollection, this.target);
  }
}

/**
 * Worksheet.pageLayout (ExcelApi 1.9), the two settings the add-in sets: orientation
 * ("Landscape" or "Portrait", Excel.PageOrientation) and zoom (PageLayoutZoomOptions: pages to fit
 * wide and tall, or a scale of 10–400; Excel refuses a scale beside fit-to-pages values).
 */
export class FakePageLayout {
  constructor(
    private readonly batch: FakeBatch,
    private readonly path: string,
    private readonly target: () => SheetModel,
  ) {}
  private set(property: string, value: unknown, run: (s: SheetModel) => void): void {
    this.batch.queue({ wire: { op: 'set', path: this.path, property, value }, run: () => run(this.target()) });
  }
  private current(s: SheetModel): NonNullable<SheetModel['print']> {
    return (s.print ??= { orientation: 'Portrait', zoom: { scale: 100 } });
  }
  set orientation(value: 'Landscape' | 'Portrait') {
    if (value !== 'Landscape' && value !== 'Portrait') throw new FakeOfficeError(CODES.invalidArgument, `fake: ${String(value)} is not a PageOrientation`);
    this.set('orientation', value, (s) => (this.current(s).orientation = value));
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    const fit = value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined;
    const whole = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0);
    if ((fit && value.scale !== undefined) || !whole(value.horizontalFitToPages) || !whole(value.verticalFitToPages) || (value.scale !== undefined && (value.scale < 10 || value.scale > 400))) {
      throw new FakeOfficeError(CODES.invalidArgument, 'fake: PageLayoutZoomOptions takes pages to fit or a scale of 10–400');
    }
    this.set('zoom', value, (s) => (this.current(s).zoom = { ...value }));
  }
}

export class FakeSheetProtection extends FakeObject<() => { protected: boolean }> {
  protected readonly className = 'protection';
  protected loadable(): Loadable {
    return { protected: () => this.target().protected };
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

export class FakeFreezePanes {
  constructor(
    private readonly batch: FakeBatch,
    private readonly path: string,
    private readonly target: () => SheetModel,
  ) {}
  private call(method: string, args: unknown[], run: (s: SheetModel) => void): void {
    this.batch.queue({ wire: { op: 'call', path: this.path, method, args }, run: () => run(this.target()) });
  }
  freezeRows(count: number): void {
    this.call('freezeRows', [count], (s) => (s.freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count: number): void {
    this.call('freezeColumns', [count], (s) => (s.freeze = { rows: 0, cols: count }));
  }
  /** Freezes everything above and left of the range's bottom-right corner, inclusive. */
  freezeAt(range: string | FakeRange): void {
    const address = typeof range === 'string' ? range : range.path;
    this.call('freezeAt', [address], (s) => {
      const box = typeof range === 'string' ? parseAddress(range).box : range.resolve().box;
      s.freeze = { rows: box.bottom + 1, cols: box.right + 1 };
    });
  }
  unfreeze(): void {
    this.call('unfreeze', [], (s) => (s.freeze = { rows: 0, cols: 0 }));
  }
}
