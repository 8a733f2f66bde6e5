import { isMethodError, MethodError, withDayFormat } from '../core/errors';
import { FUNCTION_BY_ID, invoke, langOfLocale, type Lang, type RawArg, type ResultMatrix } from '../core/functions';

interface SheetsGlobals {
  SpreadsheetApp?: { getActiveSpreadsheet(): { getSpreadsheetLocale(): string; getSpreadsheetTimeZone(): string } | null };
  Utilities?: { formatDate(date: Date, timeZone: string, format: string): string };
}

const host = globalThis as unknown as SheetsGlobals;

/**
 * What a custom function asks of the spreadsheet, each at most once per execution and only when
 * needed: each custom function cell is a separate call to the Apps Script server, and each
 * question is a Spreadsheet service call on top of it
 * (https://developers.google.com/apps-script/guides/sheets/functions#optimization). Reading
 * the locale and the time zone needs no authorization, so custom functions may ask; any failure
 * falls back to en and UTC.
 */
const memo: { lang?: Lang; zone?: string } = {};

/** zh when the spreadsheet's locale is Chinese, en otherwise. */
export function sheetsLang(): Lang {
  if (memo.lang) return memo.lang;
  try {
    return (memo.lang = langOfLocale(host.SpreadsheetApp?.getActiveSpreadsheet()?.getSpreadsheetLocale()));
  } catch {
    return (memo.lang = 'en');
  }
}

/** A date argument's day, named in the spreadsheet's time zone (only an error message names one). */
function sheetsDay(date: Date): string {
  try {
    memo.zone ??= host.SpreadsheetApp?.getActiveSpreadsheet()?.getSpreadsheetTimeZone() ?? 'UTC';
    if (host.Utilities) return host.Utilities.formatDate(date, memo.zone, 'yyyy-MM-dd');
  } catch {
    // Fall through to UTC.
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Runs one custom function as Sheets calls it (a single cell as a value, a range as a 2-D
 * array). Bad input throws an Error whose message Sheets shows with #ERROR!, in both languages,
 * the spreadsheet's first.
 *
 * A function whose results are numbers shows the same in either language, so it never asks for
 * the locale unless it has an error to tell: SALES_INTENSITY, FIVEK_INDEX, RUBRIC_SCORE,
 * MILESTONE_PROBABILITY and WEIGHTED_AMOUNT over good input cost no service call. Functions that
 * answer in words (MILESTONE, FUNNEL…) ask once per execution; pass them whole ranges.
 */
export function callFromSheets(id: string, args: readonly RawArg[]): ResultMatrix {
  try {
    const declaration = FUNCTION_BY_ID.get(id);
    if (!declaration) throw new MethodError('INTERNAL', { detail: `unknown function ${id}` });
    const lang: Lang = declaration.result === 'number' ? 'en' : sheetsLang();
    return withDayFormat(sheetsDay, () => invoke(declaration, args, lang));
  } catch (e) {
    throw new Error((isMethodError(e) ? e : new MethodError('INTERNAL', { detail: String(e) })).messageFor(sheetsLang()));
  }
}
