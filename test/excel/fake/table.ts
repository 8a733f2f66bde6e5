import { FakeCollection, FakeObject, type Loadable } from './base';
import type { FakeBatch } from './context';
import { CODES, FakeOfficeError } from './errors';
import { parseAddress, type Box } from './address';
import { overlaps, type SheetModel, type TableModel, type WorkbookModel } from './model';
import { FakeRange } from './range';

function headerNames(sheet: SheetModel, box: Box, hasHeaders: boolean): string[] {
  const names: string[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const v = hasHeaders ? sheet.value(box.top, c) : undefined;
    let name = v === undefined || v === '' ? `Column${c - box.left + 1}` : String(v);
    while (names.some((n) => n.toLowerCase() === name.toLowerCase())) name = `${name}2`;
    names.push(name);
  }
  return names;
}

export function checkTableName(model: WorkbookModel, name: string, self?: TableModel): void {
  if (!/^[A-Za-z_\\\u0080-\uffff][A-Za-z0-9_.\\\u0080-\uffff]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
    throw new FakeOfficeError(CODES.invalidArgument, `'${name}' is not a valid table name.`);
  }
  const other = model.table(name);
  if (other && other !== self) throw new FakeOfficeError(CODES.itemAlreadyExists, `A table named '${name}' already exists.`, 'Table.name');
}

export class FakeTable extends FakeObject<() => TableModel> {
  protected readonly className = 'Table';
  protected loadable(): Loadable {
    return {
      name: () => this.target().name,
      showTotals: () => {
        this.batch.requirements.use('Table.showTotals');
        return this.target().showTotals ?? false;
      },
    };
  }
  get name(): string {
    return this.read('name');
  }
  get showTotals(): boolean {
    return this.read('showTotals');
  }
  set name(name: string) {
    this.write('name', name, () => {
      const t = this.target();
      checkTableName(this.batch.model, name, t);
      t.name = name;
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.batch, `${this.path}.getRange()`, () => {
      const t = this.target();
      return { sheet: t.sheet, box: t.box };
    });
  }
  /** The header row (ExcelApi 1.1). */
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.batch, `${this.path}.getHeaderRowRange()`, () => {
      const t = this.target();
      return { sheet: t.sheet, box: { ...t.box, bottom: t.box.top } };
    });
  }
  resize(address: string): void {
    this.batch.requirements.use('Table.resize');
    this.call('resize', [address], () => {
      const t = this.target();
      const box = parseAddress(address).box;
      if (box.top !== t.box.top || box.left !== t.box.left) throw new FakeOfficeError(CODES.invalidArgument, 'The header row must stay where it is.');
      for (const o of this.batch.model.tables) if (o !== t && o.sheet === t.sheet && overlaps(o.box, box)) throw new FakeOfficeError(CODES.invalidOperation, 'Tables cannot overlap.');
      t.box = box;
      t.columns = headerNames(t.sheet, box, true);
    });
  }
}

/** A sheet's tables, or the workbook's (when `sheet` is undefined). */
export class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly sheet: (() => SheetModel) | undefined,
  ) {
    super(batch, path);
  }
  private list(): TableModel[] {
    const all = this.batch.model.tables;
    if (!this.sheet) return all;
    const s = this.sheet();
    return all.filter((t) => t.sheet === s);
  }
  protected itemProxies(): { proxy: FakeTable; name: string }[] {
    return this.list().map((t) => ({ proxy: new FakeTable(this.batch, `${this.path}[${t.name}]`, () => t), name: t.name }));
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.batch, `${this.path}.getItem(${name})`, () => {
      const t = this.batch.model.table(name);
      if (!t || (this.sheet && t.sheet !== this.sheet())) throw new FakeOfficeError(CODES.itemNotFound, `The table '${name}' does not exist.`);
      return t;
    });
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const holder: { t?: TableModel } = {};
    const where = typeof address === 'string' ? address : '(range)';
    this.call('add', [where, hasHeaders], () => {
      if (!this.sheet) throw new FakeOfficeError(CODES.invalidArgument, 'fake: add tables through a worksheet');
      const sheet = this.sheet();
      const box = typeof address === 'string' ? parseAddress(address).box : address.resolve().box;
      if (sheet.protected) throw new FakeOfficeError(CODES.accessDenied, `The sheet '${sheet.name}' is protected.`, 'TableCollection.add');
      for (const o of this.batch.model.tables) if (o.sheet === sheet && overlaps(o.box, box)) throw new FakeOfficeError(CODES.invalidOperation, 'A table cannot overlap another table.');
      // A table over merged cells: MergedRangeConflict ("A table can't overlap with another table,
      // a PivotTable report, query results, merged cells, or an XML Map",
      // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
      for (const m of sheet.merges) if (overlaps(m, box)) throw new FakeOfficeError(CODES.mergedRangeConflict, "Cannot complete the operation. A table can't overlap with merged cells.", 'TableCollection.add');
      let n = this.batch.model.tables.length + 1;
      while (this.batch.model.table(`Table${n}`)) n++;
      holder.t = { name: `Table${n}`, sheet, box, columns: headerNames(sheet, box, hasHeaders) };
      this.batch.model.tables.push(holder.t);
    });
    return new FakeTable(this.batch, `${this.path}.add(${where})`, () => holder.t!);
  }
}
