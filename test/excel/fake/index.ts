/**
 * An in-memory Excel for tests and for the pane's browser test: the subset of the Excel
 * JavaScript API the add-in uses, with the behaviours that bite in real Excel (see each file).
 * Pure TypeScript, no Node APIs.
 */
import { FakeBatch, PAYLOAD_LIMIT, type SyncRecord } from './context';
import { WorkbookModel, SheetModel } from './model';
import { FakeRequirements } from './requirements';
import { FakeWorkbook } from './workbook';

export { FakeOfficeError, CODES } from './errors';
export { WorkbookModel, SheetModel } from './model';
export type { Scalar, TableModel, ChartModel } from './model';
export { FakeRequirements, MEMBER_VERSIONS } from './requirements';
export { parseAddress, formatAddress, r1c1ToA1, colLetters } from './address';
export { PAYLOAD_LIMIT } from './context';
export type { SyncRecord } from './context';

export interface FakeExcelOptions {
  /** The ExcelApi version the host supports (default 1.13). */
  hostVersion?: string;
  /** The manifest's minimum ExcelApi version (default 1.1, as manifest.xml declares). */
  manifestVersion?: string;
  payloadLimit?: number;
  /** Largest response accepted (default 5 MB, as Excel on the web); Infinity to turn off. */
  responseLimit?: number;
}

/** `Excel.RequestContext` as far as the add-in uses it. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  constructor(private readonly batch: FakeBatch) {
    this.workbook = new FakeWorkbook(batch);
  }
  sync<T>(passThroughValue?: T): Promise<T> {
    return this.batch.sync().then(() => passThroughValue as T);
  }
}

export class FakeExcel {
  readonly model = new WorkbookModel();
  readonly requirements: FakeRequirements;
  private readonly batch: FakeBatch;
  readonly context: FakeRequestContext;
  /** `Office` as far as the add-in uses it. */
  readonly office: { context: { requirements: FakeRequirements } };

  constructor(options: FakeExcelOptions = {}) {
    this.requirements = new FakeRequirements(options.hostVersion ?? '1.13', options.manifestVersion ?? '1.1');
    this.batch = new FakeBatch(this.model, this.requirements, options.payloadLimit ?? PAYLOAD_LIMIT, options.responseLimit ?? PAYLOAD_LIMIT);
    this.context = new FakeRequestContext(this.batch);
    this.office = { context: { requirements: this.requirements } };
  }

  get syncs(): readonly SyncRecord[] {
    return this.batch.syncs;
  }

  get syncCount(): number {
    return this.batch.syncs.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.batch.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.batch.syncs.map((s) => s.responseBytes));
  }

  /** Makes the sync with this index (counting from the first) fail after `after` of its operations. */
  failSync(sync: number, after: number, error: Error): void {
    this.batch.fault = { sync, after, error };
  }

  resetCounters(): void {
    this.batch.syncs.length = 0;
  }

  /** Test set-up, outside any batch: a sheet with values (a string "=..." is a formula). */
  addSheet(name: string, rows: readonly (readonly unknown[] | undefined)[] = []): SheetModel {
    const sheet = new SheetModel(name);
    rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        if (typeof v === 'string' && v.startsWith('=')) sheet.setCell(r, c, undefined, v);
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') sheet.setCell(r, c, v, undefined);
        else if (v instanceof Date) sheet.setCell(r, c, v.toISOString().slice(0, 10), undefined);
        else throw new Error(`fake: cannot seed ${JSON.stringify(v)}`);
      }),
    );
    this.model.sheets.push(sheet);
    return sheet;
  }

  /** Test set-up: a table over a box whose first row is the header. */
  addTable(sheet: SheetModel, name: string, box: { top: number; left: number; bottom: number; right: number }): void {
    const columns: string[] = [];
    for (let c = box.left; c <= box.right; c++) columns.push(String(sheet.value(box.top, c) ?? `Column${c - box.left + 1}`));
    this.model.tables.push({ name, sheet, box, columns });
  }
}
