import { FakeCollection } from './base';
import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import { SheetModel } from './model';
import { FakeNamedItemCollection } from './names';
import { FakeTableCollection } from './table';
import { FakeSheetProtection, FakeWorksheet, checkSheetName } from './worksheet';

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected itemProxies(): { proxy: FakeWorksheet; name: string }[] {
    return this.batch.model.sheets.map((s) => ({ proxy: new FakeWorksheet(this.batch, `worksheets[${s.name}]`, () => s), name: s.name }));
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.batch, `worksheets.getItem(${name})`, () => {
      const s = this.batch.model.sheet(name);
      if (!s) throw new FakeOfficeError(CODES.itemNotFound, `The worksheet '${name}' does not exist.`);
      return s;
    });
  }
  /** Adds a sheet at the end; a name taken by any sheet (case-insensitively) is refused, as in Excel. */
  add(name: string): FakeWorksheet {
    const holder: { s?: SheetModel } = {};
    this.batch.queue({
      wire: { op: 'call', path: this.path, method: 'add', args: [name] },
      run: () => {
        const model = this.batch.model;
        if (model.protected) throw new FakeOfficeError(CODES.accessDenied, 'The workbook structure is protected.', 'WorksheetCollection.add');
        checkSheetName(name);
        if (model.sheet(name)) throw new FakeOfficeError(CODES.itemAlreadyExists, `A worksheet named '${name}' already exists.`, 'WorksheetCollection.add');
        holder.s = new SheetModel(name);
        model.sheets.push(holder.s);
        model.touch();
      },
    });
    return new FakeWorksheet(this.batch, `worksheets.add(${name})`, () => holder.s!);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  /** Workbook-scoped defined names (the collection is ExcelApi 1.1; add and the OrNullObject methods 1.4). */
  readonly names: FakeNamedItemCollection;

  constructor(private readonly batch: FakeBatch) {
    this.worksheets = new FakeWorksheetCollection(batch, 'worksheets');
    this.tables = new FakeTableCollection(batch, 'tables', undefined);
    this.names = new FakeNamedItemCollection(batch, 'names');
  }

  get protection(): FakeSheetProtection {
    this.batch.requirements.use('Workbook.protection');
    return new FakeSheetProtection(this.batch, 'workbook.protection', () => this.batch.model);
  }
}
