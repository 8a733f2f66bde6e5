/**
 * An in-memory Google Sheets for the Apps Script bundle: the SpreadsheetApp subset the add-on
 * uses (sheets; ranges with getValues/setValues; checkboxes and list validations; conditional
 * formats; protections; charts), the Ui, HtmlService, LockService and CacheService. It behaves
 * like Sheets where it bites: 1-based ranges that must fit the sheet's grid (a new sheet has
 * 1000 × 26 cells), text parsed on write unless quoted (dates at midnight in the spreadsheet's
 * time zone, "#N/A" an error), duplicate sheet names refused, and every call counted. Formulas
 * are computed (HyperFormula, evaluate.ts), so getValues returns what Sheets shows.
 */
import { CallLog, counted } from './calls';
import { SheetModel, SpreadsheetModel } from './model';
import { FakeCache, FakeCacheService, FakeHtmlService, FakeLockService, FakeUi, FakeUtilities, LockState } from './services';
import { FakeSpreadsheetApp } from './spreadsheet';
import { interpret } from './typed';
import { writeCell } from './range';
import { HyperFormulaSheets } from './evaluate';
import { FakeClock, type CostModel } from './cost';

export { CallLog } from './calls';
export * from './model';
export { LockState, FakeUi } from './services';
export { FakeClock, SHEETS_COSTS, scaled, type CostModel } from './cost';

export interface FakeOptions {
  /** The project's HTML files HtmlService can serve (by name, without .html). */
  readonly htmlFiles?: readonly string[];
  readonly locale?: string;
  /** The spreadsheet's time zone (File › Settings); Asia/Shanghai by default. */
  readonly timeZone?: string;
  /** Compute formulas (HyperFormula), as Sheets does; false: formula cells read as "" (faster, for call counts at 50 000 rows). */
  readonly evaluate?: boolean;
  /** false: getDocumentLock() returns null, as Google documents for a script without a containing document. */
  readonly documentLock?: boolean;
  /** Time passes as Sheets would take it (cost.ts); the script's Date.now() reads that clock. */
  readonly costs?: CostModel;
}

export class FakeAppsScript {
  readonly book = new SpreadsheetModel();
  readonly log = new CallLog();
  readonly lock = new LockState();
  readonly ui = new FakeUi();
  /** Sheets' time, when the fake has a cost model. */
  clock: FakeClock | null = null;
  private readonly caches = new Map<string, FakeCache>();

  constructor(private readonly options: FakeOptions = {}) {
    if (options.locale) this.book.locale = options.locale;
    if (options.timeZone) this.book.timeZone = options.timeZone;
    if (options.evaluate !== false) this.book.evaluator = new HyperFormulaSheets();
    if (options.costs) this.clock = this.log.clock = new FakeClock(options.costs);
  }

  /** A sheet with cells as a user typed them (numbers, text, "=formulas"), grown to fit. */
  addSheet(name: string, rows: readonly (readonly unknown[] | undefined)[] = []): SheetModel {
    const sheet = new SheetModel(name, Math.max(1000, rows.length), Math.max(26, ...rows.map((r) => r?.length ?? 0)));
    sheet.book = this.book;
    rows.forEach((row, r) => row?.forEach((v, c) => writeCell(sheet, r, c, interpret(v, this.book.timeZone))));
    this.book.sheets.push(sheet);
    this.book.active ??= sheet;
    return sheet;
  }

  cache(user: string): FakeCache {
    let c = this.caches.get(user);
    if (!c) this.caches.set(user, (c = new FakeCache()));
    return c;
  }

  /** The globals one user's execution of the script sees; every call through them is counted. */
  globalsFor(user = 'user-a'): Record<string, unknown> {
    return {
      SpreadsheetApp: counted(this.log, new FakeSpreadsheetApp(this.book, this.ui)),
      // Enums only: reading one is no service call.
      Charts: { ChartHiddenDimensionStrategy: { IGNORE_BOTH: 'IGNORE_BOTH', IGNORE_ROWS: 'IGNORE_ROWS', IGNORE_COLUMNS: 'IGNORE_COLUMNS', SHOW_BOTH: 'SHOW_BOTH' } },
      LockService: counted(this.log, new FakeLockService(this.lock, user, this.options.documentLock !== false)),
      CacheService: counted(this.log, new FakeCacheService(this.cache(user))),
      HtmlService: counted(this.log, new FakeHtmlService(this.options.htmlFiles ?? ['Sidebar'])),
      Utilities: counted(this.log, new FakeUtilities()),
    };
  }
}
