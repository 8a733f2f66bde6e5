/// <reference types="google-apps-script" />
/**
 * Compile-time proof (checked by `tsc --noEmit`, no test at run time) that the narrow API the
 * server code is written against, gsheets/server/sheetsApi.ts, is a true subset of Apps
 * Script's: each of Google's types must be assignable to ours.
 */
import type * as Api from '../../gsheets/server/sheetsApi';

type Assignable<Google, Ours> = Google extends Ours ? true : never;
type G = typeof GoogleAppsScript;

export const subset: [
  Assignable<GoogleAppsScript.Spreadsheet.Range, Api.Range>,
  Assignable<GoogleAppsScript.Spreadsheet.RangeList, Api.RangeList>,
  Assignable<GoogleAppsScript.Spreadsheet.Sheet, Api.Sheet>,
  Assignable<GoogleAppsScript.Spreadsheet.Spreadsheet, Api.Spreadsheet>,
  Assignable<GoogleAppsScript.Spreadsheet.SpreadsheetApp, Api.SpreadsheetService>,
  Assignable<GoogleAppsScript.Spreadsheet.DataValidationBuilder, Api.DataValidationBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, Api.ConditionalFormatRuleBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.Protection, Api.Protection>,
  Assignable<GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder, Api.EmbeddedBarChartBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder, Api.EmbeddedColumnChartBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.EmbeddedChart, Api.EmbeddedChart>,
  Assignable<GoogleAppsScript.Charts.Charts, Api.ChartsApi>,
  Assignable<GoogleAppsScript.Lock.LockService, Api.LockServiceApi>,
  Assignable<GoogleAppsScript.Cache.CacheService, Api.CacheServiceApi>,
  Assignable<GoogleAppsScript.HTML.HtmlService, Api.HtmlServiceApi>,
  Assignable<GoogleAppsScript.Base.Ui, Api.Ui>,
  Assignable<GoogleAppsScript.Base.Menu, Api.Menu>,
  Assignable<GoogleAppsScript.Utilities.Utilities, Api.UtilitiesApi>,
  Assignable<GoogleAppsScript.Spreadsheet.DeveloperMetadata, Api.DeveloperMetadata>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
export type Unused = G;
