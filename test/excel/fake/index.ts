/**
 * An in-memory Excel for tests and for the pane's browser test: the subset of the Excel
 * JavaScript API the add-in uses, with the behaviours that bite in real Excel (see each file).
 * Pure TypeScript, no Node APIs.
 */
import { FakeBatch, PAYLOAD_LIMIT, type SyncRecord } from './context';
import { WorkbookModel, SheetModel, type FormulaEvaluator, type NameModel } from './model';
import { FakeRequirements, MANIFEST_EXCEL_API } from './requirements';
import { FakeWorkbook } from './workbook';
import { checkSheetName } from './worksheet';
import { CODES, FakeOfficeError } from './errors';
import { renameSheetIn } from './address';
import { defineName, parseReference } from './names';

export { FakeOfficeError, CODES } from './errors';
export { WorkbookModel, SheetModel, refBox } from './model';
export type { Scalar, TableModel, ChartModel, FormulaEvaluator, NameModel, NameRef } from './model';
export type { FakeNamedItem, FakeNamedItemCollection, FakeRangeOrNullObject } from './names';
export { FakeRequirements, MEMBER_VERSIONS, MANIFEST_EXCEL_API } from './requirements';
export { parseAddress, formatAddress, r1c1ToA1, colLetters, quoteSheetName, absoluteRef, renameSheetIn, mapOutsideQuotes } from './address';
export { PAYLOAD_LIMIT, CELL_LIMIT } from './context';
export type { SyncRecord } from './context';

export interface FakeExcelOptions {
  /** The ExcelApi version the host supports (default 1.13). */
  hostVersion?: string;
  /** The manifest's minimum ExcelApi version (default 1.9, as manifest.xml declares; see MANIFEST_EXCEL_API). */
  manifestVersion?: string;
  payloadLimit?: number;
  /** Largest response accepted (default 5 MB, as Excel on the web); Infinity to turn off. */
  responseLimit?: number;
  /**
   * Calculates formulas when `Range.values` reads them (and when copyFrom pastes 'Values'), as
   * Excel does. Without one a formula cell reads as '' (see test/excel/hyperformulaEvaluator.ts).
   */
  evaluate?: FormulaEvaluator;
  /** `Office.context.displayLanguage` (default en-US); with zh-CN, error messages come in Chinese. */
  displayLanguage?: string;
  /** The code of a refused response: ResponsePayloadSizeLimitExceeded (default) or GeneralException (see context.ts). */
  tooLargeCode?: string;
  /** Cells a values load may hold before Excel returns null instead (default five million, see context.ts). */
  cellLimit?: number;
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
  readonly office: { context: { requirements: FakeRequirements; displayLanguage: string } };

  constructor(options: FakeExcelOptions = {}) {
    this.requirements = new FakeRequirements(options.hostVersion ?? '1.13', options.manifestVersion ?? MANIFEST_EXCEL_API);
    const displayLanguage = options.displayLanguage ?? 'en-US';
    this.batch = new FakeBatch(this.model, this.requirements, options.payloadLimit ?? PAYLOAD_LIMIT, options.responseLimit ?? PAYLOAD_LIMIT, options.evaluate, displayLanguage, options.tooLargeCode, options.cellLimit);
    this.context = new FakeRequestContext(this.batch);
    this.office = { context: { requirements: this.requirements, displayLanguage } };
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

  /** Runs `change` (a user's edit, outside any batch) just before the sync with this index (counting from the first). */
  beforeSync(sync: number, change: () => void): void {
    this.batch.before.set(sync, change);
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
    this.model.touch();
    return sheet;
  }

  /**
   * A user renames a sheet (outside any batch). As in Excel, formulas and chart series that
   * refer to it are rewritten, and defined names follow it (they hold the sheet, not its name).
   */
  renameSheet(oldName: string, newName: string): SheetModel {
    const sheet = this.model.sheet(oldName);
    if (!sheet) throw new FakeOfficeError(CODES.itemNotFound, `The worksheet '${oldName}' does not exist.`);
    checkSheetName(newName);
    const other = this.model.sheet(newName);
    if (other && other !== sheet) throw new FakeOfficeError(CODES.itemAlreadyExists, `A worksheet named '${newName}' already exists.`);
    this.rewriteReferences(sheet.name, newName);
    sheet.name = newName;
    this.model.touch();
    return sheet;
  }

  /**
   * A user deletes a sheet (outside any batch): its tables go with it, formulas that referred to
   * it now say #REF! ("=#REF!A1"), and names that referred to it become errors ('#REF!').
   */
  deleteSheet(name: string): void {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new FakeOfficeError(CODES.itemNotFound, `The worksheet '${name}' does not exist.`);
    if (this.model.sheets.length === 1) throw new FakeOfficeError(CODES.invalidOperation, 'A workbook must contain at least one visible worksheet.');
    this.model.sheets.splice(this.model.sheets.indexOf(sheet), 1);
    for (let i = this.model.tables.length - 1; i >= 0; i--) if (this.model.tables[i].sheet === sheet) this.model.tables.splice(i, 1);
    this.rewriteReferences(sheet.name, null);
    this.model.touch();
  }

  /** Test set-up: a workbook-scoped name as a user defines it in Name Manager ("Data!$B$2:$B$9"). */
  addName(name: string, reference: string, comment = ''): NameModel {
    const parsed = parseReference(reference);
    const sheet = this.model.sheet(parsed.sheet);
    if (!sheet) throw new Error(`fake: no sheet ${parsed.sheet}`);
    return defineName(this.model, name, sheet, parsed.box, comment);
  }

  /** The workbook's defined names as the model holds them (the reference keeps the sheet itself). */
  get names(): readonly NameModel[] {
    return this.model.names;
  }

  private rewriteReferences(from: string, to: string | null): void {
    for (const s of this.model.sheets) {
      s.formulas.forEach((row, r) =>
        row?.forEach((f, c) => {
          if (f === undefined) return;
          const rewritten = renameSheetIn(f, from, to);
          if (rewritten !== f) s.setCell(r, c, undefined, rewritten);
        }),
      );
      for (const chart of s.charts) {
        for (const series of chart.series) {
          if (series.values !== undefined) series.values = renameSheetIn(series.values, from, to);
          if (series.xValues !== undefined) series.xValues = renameSheetIn(series.xValues, from, to);
        }
      }
    }
  }

  /** Test set-up: a table over a box whose first row is the header (and last row its Total Row, with `showTotals`). */
  addTable(sheet: SheetModel, name: string, box: { top: number; left: number; bottom: number; right: number }, showTotals = false): void {
    const columns: string[] = [];
    for (let c = box.left; c <= box.right; c++) columns.push(String(sheet.value(box.top, c) ?? `Column${c - box.left + 1}`));
    this.model.tables.push({ name, sheet, box, columns, ...(showTotals ? { showTotals } : {}) });
  }
}
