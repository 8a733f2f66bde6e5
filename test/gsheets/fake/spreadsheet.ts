import { Counted, unwrap } from './calls';
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from './builders';
import { SheetModel, type SpreadsheetModel } from './model';
import { FakeSheet } from './sheet';
import { FakeRange } from './range';
import { parseSheetA1 } from './a1';
import type { FakeUi } from './services';

export class FakeNamedRange extends Counted {
  constructor(
    private readonly name: string,
    private readonly range: FakeRange,
  ) {
    super('NamedRange', 'spreadsheet');
  }
  getName(): string {
    return this.name;
  }
  getRange(): FakeRange {
    return this.range;
  }
}

/**
 * Developer metadata (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata):
 * key–value pairs a script keeps in the spreadsheet, invisible to users, with the
 * spreadsheets.currentonly scope. Several may share a key ("There may be multiple metadata in a
 * spreadsheet with the same key", https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata),
 * and a key is required. Only the spreadsheet's own level is modelled: the add-on keeps none on
 * sheets, rows or columns.
 */
export class FakeDeveloperMetadata extends Counted {
  constructor(private readonly item: { id: number; key: string; value: string | null }) {
    super('DeveloperMetadata', 'spreadsheet');
  }
  getKey(): string {
    return this.item.key;
  }
  /** null when the metadata has no value, as Google documents. */
  getValue(): string | null {
    return this.item.value;
  }
  setValue(value: string): this {
    if (typeof value !== 'string') throw new Error('Exception: The parameters (null) don’t match the method signature for DeveloperMetadata.setValue.');
    this.item.value = value;
    return this;
  }
}

/** Spreadsheet.createDeveloperMetadataFinder(): every metadata of the spreadsheet, narrowed by withKey. */
export class FakeDeveloperMetadataFinder extends Counted {
  private key: string | null = null;
  constructor(private readonly model: SpreadsheetModel) {
    super('DeveloperMetadataFinder', 'spreadsheet');
  }
  withKey(key: string): this {
    this.key = key;
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    return this.model.developerMetadata.filter((m) => this.key === null || m.key === this.key).map((m) => new FakeDeveloperMetadata(m));
  }
}

export class FakeSpreadsheet extends Counted {

  constructor(readonly model: SpreadsheetModel) {
    super('Spreadsheet', 'spreadsheet');
  }

  getSheets(): FakeSheet[] {
    return this.model.sheets.map((s) => new FakeSheet(s, this.model));
  }

  getNamedRanges(): FakeNamedRange[] {
    return this.model.namedRanges.filter((n) => this.model.sheets.includes(n.sheet)).map((n) => new FakeNamedRange(n.name, new FakeRange(n.sheet, n.box, () => new FakeSheet(n.sheet, this.model))));
  }

  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.model);
  }

  addDeveloperMetadata(key: string, value?: string): this {
    if (typeof key !== 'string' || key === '') throw new Error('Exception: Invalid argument: key');
    const list = this.model.developerMetadata;
    list.push({ id: list.reduce((n, m) => Math.max(n, m.id), 0) + 1, key, value: value ?? null });
    return this;
  }

  /**
   * A range in A1 notation naming its sheet; a sheet that does not exist is refused ("Range not
   * found"), and a range past the sheet's grid as Sheet.getRange refuses it.
   */
  getRange(a1: string): FakeRange {
    const { sheet: name, box } = parseSheetA1(a1);
    const sheet = this.model.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error('Exception: Range not found');
    return new FakeRange(sheet, { ...box, bottom: box.bottom ?? sheet.maxRows - 1 }, () => new FakeSheet(sheet, this.model));
  }

  /**
   * The developer metadata of the spreadsheet itself, in the order added ("Get all developer
   * metadata associated with the top-level spreadsheet",
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getDeveloperMetadata()).
   */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.model.developerMetadata.map((m) => new FakeDeveloperMetadata(m));
  }

  getNumSheets(): number {
    return this.model.sheets.length;
  }

  /**
   * The sheet of exactly that name. Google does not document whether another case matches; the
   * fake takes the exact case, the way that lets a user's "funnel" go unseen by a check for
   * "Funnel" (the add-on must not rely on it: gsheets/server/newTabs.ts).
   */
  getSheetByName(name: string): FakeSheet | null {
    const s = this.model.sheets.find((x) => x.name === name);
    return s ? new FakeSheet(s, this.model) : null;
  }

  /**
   * A new sheet of 1000 × 26 cells at `index` (the end by default), made the active sheet; a
   * name already taken is refused, in any case: Sheets ignores case in sheet names, and creating
   * two sheets whose names differ only in case fails in the UI and through the API alike
   * (https://github.com/socialpoint-labs/sheetfu/pull/26; insert "not case sensitive",
   * https://github.com/appsmithorg/appsmith/issues/5293).
   */
  insertSheet(name: string, index?: number): FakeSheet {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Exception: Invalid argument: sheetName');
    if (this.model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const at = index ?? this.model.sheets.length;
    if (!Number.isInteger(at) || at < 0 || at > this.model.sheets.length) throw new Error('Exception: Invalid argument: sheetIndex');
    const sheet = new SheetModel(name);
    sheet.book = this.model;
    this.model.sheets.splice(at, 0, sheet);
    this.model.active = sheet;
    return new FakeSheet(sheet, this.model);
  }

  /**
   * Deletes a sheet (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet));
   * Sheets keeps at least one sheet in a spreadsheet, so the last one is refused.
   */
  deleteSheet(sheet: unknown): void {
    const s = unwrap(sheet);
    if (!(s instanceof FakeSheet) || !this.model.sheets.includes(s.model)) throw new Error('Exception: The parameters (Sheet) don’t match the method signature for SpreadsheetApp.Spreadsheet.deleteSheet.');
    if (this.model.sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    this.model.sheets.splice(this.model.sheets.indexOf(s.model), 1);
    if (this.model.active === s.model) this.model.active = this.model.sheets[0];
  }

  getActiveSheet(): FakeSheet {
    const sheet = this.model.active && this.model.sheets.includes(this.model.active) ? this.model.active : this.model.sheets[0];
    return new FakeSheet(sheet, this.model);
  }

  setActiveSheet(sheet: unknown): FakeSheet {
    const s = unwrap(sheet);
    if (!(s instanceof FakeSheet)) throw new Error('Exception: The parameters (Sheet) don’t match the method signature');
    this.model.active = s.model;
    return s;
  }

  getSpreadsheetLocale(): string {
    return this.model.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }
  toast(message: string, title: string, _timeoutSeconds?: number): void {
    this.model.toasts.push({ message, title });
  }
}

export class FakeSpreadsheetApp extends Counted {
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
  readonly InterpolationType = { NUMBER: 'NUMBER', PERCENT: 'PERCENT', PERCENTILE: 'PERCENTILE', MIN: 'MIN', MAX: 'MAX' } as const;

  constructor(
    private readonly book: SpreadsheetModel,
    private readonly ui: FakeUi,
  ) {
    super('SpreadsheetApp', 'spreadsheet');
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    return new FakeSpreadsheet(this.book);
  }
  getActive(): FakeSpreadsheet {
    return new FakeSpreadsheet(this.book);
  }
  getUi(): FakeUi {
    return this.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
}
