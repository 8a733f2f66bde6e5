import { Counted } from './calls';
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from './builders';
import { SheetModel, type SpreadsheetModel } from './model';
import { FakeSheet } from './sheet';
import { FakeRange } from './range';
import type { FakeUi } from './services';

export class FakeNamedRange extends Counted {
  readonly className = 'NamedRange';
  readonly service = 'spreadsheet' as const;
  constructor(
    private readonly name: string,
    private readonly range: FakeRange,
  ) {
    super();
  }
  getName(): string {
    return this.name;
  }
  getRange(): FakeRange {
    return this.range;
  }
}

export class FakeSpreadsheet extends Counted {
  readonly className = 'Spreadsheet';
  readonly service = 'spreadsheet' as const;

  constructor(readonly model: SpreadsheetModel) {
    super();
  }

  getSheets(): FakeSheet[] {
    return this.model.sheets.map((s) => new FakeSheet(s, this.model));
  }

  getNamedRanges(): FakeNamedRange[] {
    return this.model.namedRanges.filter((n) => this.model.sheets.includes(n.sheet)).map((n) => new FakeNamedRange(n.name, new FakeRange(n.sheet, n.box, () => new FakeSheet(n.sheet, this.model))));
  }

  getSheetByName(name: string): FakeSheet | null {
    const s = this.model.sheets.find((x) => x.name === name);
    return s ? new FakeSheet(s, this.model) : null;
  }

  /** A new sheet of 1000 × 26 cells at the end; a name already taken (in any case) is refused, as Sheets does. */
  insertSheet(name: string): FakeSheet {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Exception: Invalid argument: sheetName');
    if (this.model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new SheetModel(name);
    this.model.sheets.push(sheet);
    return new FakeSheet(sheet, this.model);
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
  readonly className = 'SpreadsheetApp';
  readonly service = 'spreadsheet' as const;
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

  constructor(
    private readonly book: SpreadsheetModel,
    private readonly ui: FakeUi,
  ) {
    super();
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
