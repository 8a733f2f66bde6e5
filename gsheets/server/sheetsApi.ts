/**
 * The part of Apps Script's services the add-on uses, declared narrowly: the server code is
 * written against these, the test fake implements them, and test/gsheets/apiSubset.types.ts
 * proves at compile time that Google's own types (@types/google-apps-script) satisfy them, so
 * nothing here is invented.
 */

export type Cell = string | number | boolean | Date;

export interface DataValidation {
  getCriteriaType(): unknown;
}

export interface DataValidationBuilder {
  requireCheckbox(): DataValidationBuilder;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilder;
  requireValueInRange(range: Range, showDropdown: boolean): DataValidationBuilder;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder;
  build(): DataValidation;
}

export interface ConditionalFormatRule {
  getRanges(): Range[];
}

export interface ConditionalFormatRuleBuilder {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder;
  setBackground(color: string | null): ConditionalFormatRuleBuilder;
  setFontColor(color: string | null): ConditionalFormatRuleBuilder;
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder;
  /** A gradient's ends at the range's lowest and highest number. */
  setGradientMinpoint(color: string): ConditionalFormatRuleBuilder;
  setGradientMaxpoint(color: string): ConditionalFormatRuleBuilder;
  /** `type` is SpreadsheetApp.InterpolationType.NUMBER or .PERCENTILE; `value` the number as text. */
  setGradientMinpointWithValue(color: string, type: unknown, value: string): ConditionalFormatRuleBuilder;
  setGradientMidpointWithValue(color: string, type: unknown, value: string): ConditionalFormatRuleBuilder;
  setGradientMaxpointWithValue(color: string, type: unknown, value: string): ConditionalFormatRuleBuilder;
  build(): ConditionalFormatRule;
}

export interface Protection {
  setWarningOnly(warningOnly: boolean): Protection;
  setDescription(description: string): Protection;
  getDescription(): string;
  getRange(): Range;
  setRange(range: Range): Protection;
}

export interface Range {
  getSheet(): Sheet;
  /** A range of the same sheet, rowOffset rows down and columnOffset right of this one's top left. */
  offset(rowOffset: number, columnOffset: number, numRows: number, numColumns: number): Range;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getValues(): Cell[][];
  setValues(values: (Cell | null)[][]): Range;
  setDataValidations(rules: (DataValidation | null)[][]): Range;
  setFontWeights(fontWeights: ('bold' | 'normal' | null)[][]): Range;
  setNumberFormats(numberFormats: string[][]): Range;
  setWrap(isWrapEnabled: boolean): Range;
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range;
  setNotes(notes: (string | null)[][]): Range;
  protect(): Protection;
}

export interface RangeList {
  /** The ranges named, as Range handles: the cells were not read. */
  getRanges(): Range[];
  setNumberFormat(numberFormat: string): RangeList;
  setFontWeight(fontWeight: 'bold' | 'normal' | null): RangeList;
}

export interface EmbeddedChart {
  getChartId(): number | null;
  /** The source ranges, in the order they were added (our charts are found again by them). */
  getRanges(): Range[];
  /** A builder holding the chart's settings; Sheet.updateChart takes what it builds. */
  modify(): EmbeddedChartBuilder;
}

/** What every embedded chart builder offers (Google's addRange and friends return this type). */
export interface EmbeddedChartBuilder {
  asBarChart(): EmbeddedBarChartBuilder;
  asColumnChart(): EmbeddedColumnChartBuilder;
  addRange(range: Range): EmbeddedChartBuilder;
  clearRanges(): EmbeddedChartBuilder;
  /** Charts.ChartHiddenDimensionStrategy: whether hidden rows and columns are plotted (by default they are not). */
  setHiddenDimensionStrategy(strategy: unknown): EmbeddedChartBuilder;
  /** Rows of the source that are headers (the series' names). */
  setNumHeaders(headers: number): EmbeddedChartBuilder;
  setOption(option: string, value: unknown): EmbeddedChartBuilder;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilder;
  build(): EmbeddedChart;
}

/** The column chart's own settings; call them before the generic ones above. */
export interface EmbeddedColumnChartBuilder extends EmbeddedChartBuilder {
  setTitle(chartTitle: string): EmbeddedColumnChartBuilder;
}

/** The bar chart's own settings; call them before the generic ones above. */
export interface EmbeddedBarChartBuilder extends EmbeddedChartBuilder {
  setStacked(): EmbeddedBarChartBuilder;
  setTitle(chartTitle: string): EmbeddedBarChartBuilder;
}

export interface Sheet {
  getName(): string;
  getDataRange(): Range;
  /** 1-based, as Apps Script counts. */
  getRange(row: number, column: number, numRows: number, numColumns: number): Range;
  getRangeList(a1Notations: string[]): RangeList;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): Sheet;
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet;
  hideRows(rowIndex: number, numRows: number): void;
  hideColumns(columnIndex: number, numColumns: number): void;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet;
  /** Heights in pixels. */
  setRowHeights(startRow: number, numRows: number, height: number): Sheet;
  getConditionalFormatRules(): ConditionalFormatRule[];
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void;
  newChart(): EmbeddedChartBuilder;
  insertChart(chart: EmbeddedChart): void;
  updateChart(chart: EmbeddedChart): void;
  getCharts(): EmbeddedChart[];
  /** `type` is SpreadsheetApp.ProtectionType.RANGE or .SHEET. */
  getProtections(type: unknown): Protection[];
}

export interface NamedRange {
  getName(): string;
  getRange(): Range;
}

/** A key–value pair the add-on keeps in the spreadsheet, invisible to users (anchors.ts). */
export interface DeveloperMetadata {
  getKey(): string;
  getValue(): string | null;
  setValue(value: string): DeveloperMetadata;
}

export interface Spreadsheet {
  getSheets(): Sheet[];
  getSheetByName(name: string): Sheet | null;
  getNumSheets(): number;
  /** A range named in A1 notation with its sheet ("'漏斗'!A1:Z", rows to the last of the grid). */
  getRange(a1Notation: string): Range;
  /** The spreadsheet's own developer metadata (not its sheets', rows' or columns'), in one call. */
  getDeveloperMetadata(): DeveloperMetadata[];
  addDeveloperMetadata(key: string, value: string): Spreadsheet;
  getNamedRanges(): NamedRange[];
  /** Inserts at `sheetIndex` (0-based) and makes the new sheet the active one, as Sheets does. */
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
  /** Only a sheet the same run inserted, when a name it chose is taken (newTabs.ts). */
  deleteSheet(sheet: Sheet): void;
  getActiveSheet(): Sheet;
  setActiveSheet(sheet: Sheet): Sheet;
  getSpreadsheetLocale(): string;
  getSpreadsheetTimeZone(): string;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface Menu {
  addItem(caption: string, functionName: string): Menu;
  addSeparator(): Menu;
  addToUi(): void;
}

export interface HtmlOutput {
  setTitle(title: string): HtmlOutput;
}

export interface Ui {
  createAddonMenu(): Menu;
  showSidebar(userInterface: HtmlOutput): void;
}

export interface SpreadsheetService {
  readonly ProtectionType: { readonly RANGE: unknown };
  readonly InterpolationType: { readonly NUMBER: unknown; readonly PERCENTILE: unknown };
  getActiveSpreadsheet(): Spreadsheet;
  getUi(): Ui;
  newDataValidation(): DataValidationBuilder;
  newConditionalFormatRule(): ConditionalFormatRuleBuilder;
}

/** The Charts service's enums our charts need. */
export interface ChartsApi {
  readonly ChartHiddenDimensionStrategy: { readonly SHOW_BOTH: unknown };
}

export interface Lock {
  tryLock(timeoutInMillis: number): boolean;
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
  hasLock(): boolean;
}

export interface LockServiceApi {
  getDocumentLock(): Lock | null;
}

export interface Cache {
  get(key: string): string | null;
  put(key: string, value: string, expirationInSeconds: number): void;
}

export interface CacheServiceApi {
  getUserCache(): Cache | null;
}

export interface HtmlServiceApi {
  createHtmlOutputFromFile(filename: string): HtmlOutput;
}

export interface UtilitiesApi {
  /** A date in a time zone, in Java's SimpleDateFormat pattern ("yyyy-MM-dd"). */
  formatDate(date: Date, timeZone: string, format: string): string;
}

/** The globals Apps Script provides, as this code sees them. */
export interface AppsScriptGlobals {
  SpreadsheetApp: SpreadsheetService;
  Charts: ChartsApi;
  LockService: LockServiceApi;
  CacheService: CacheServiceApi;
  HtmlService: HtmlServiceApi;
  Utilities: UtilitiesApi;
}

/** The services, read from the global object at call time (Apps Script defines them there). */
export function services(): AppsScriptGlobals {
  return globalThis as unknown as AppsScriptGlobals;
}
