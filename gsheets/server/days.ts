import type { DayFormat } from '../../core/errors';
import { services } from './sheetsApi';

/**
 * Dates from getValues are the instant of midnight in the spreadsheet's time zone ("Google
 * Sheets stores time … using the time zone set in the spreadsheet", read with
 * Spreadsheet.getSpreadsheetTimeZone(): https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()),
 * so their day is named in that zone with Utilities.formatDate
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)),
 * never with toISOString, which gives the day before east of UTC (Asia/Shanghai: 2027-03-01 is
 * 2027-02-28T16:00Z). The zone is asked for once, and only when a date is named.
 */
export function spreadsheetDays(timeZone: () => string): DayFormat {
  let zone: string | null = null;
  return (date) => services().Utilities.formatDate(date, (zone ??= timeZone()), 'yyyy-MM-dd');
}
