import { isMethodError, MethodError } from '../core/errors';
import { FUNCTION_BY_ID, invoke, langOfLocale, type Lang, type RawArg, type ResultMatrix } from '../core/functions';

interface SheetsGlobals {
  SpreadsheetApp?: { getActiveSpreadsheet(): { getSpreadsheetLocale(): string } | null };
}

const host = globalThis as unknown as SheetsGlobals;

/**
 * zh when the spreadsheet's locale is Chinese, en otherwise. Reading the locale needs no
 * authorization, so custom functions may call it; any failure falls back to en.
 */
export function sheetsLang(): Lang {
  try {
    return langOfLocale(host.SpreadsheetApp?.getActiveSpreadsheet()?.getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

/**
 * Runs one custom function as Sheets calls it (a single cell as a value, a range as a 2-D
 * array). Bad input throws an Error whose message Sheets shows with #ERROR!, in both languages.
 */
export function callFromSheets(id: string, args: readonly RawArg[]): ResultMatrix {
  const lang = sheetsLang();
  try {
    const declaration = FUNCTION_BY_ID.get(id);
    if (!declaration) throw new MethodError('INTERNAL', { detail: `unknown function ${id}` });
    return invoke(declaration, args, lang);
  } catch (e) {
    throw new Error((isMethodError(e) ? e : new MethodError('INTERNAL', { detail: String(e) })).messageFor(lang));
  }
}
