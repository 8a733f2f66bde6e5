import { isMethodError, MethodError } from '../core/errors';
import { invoke, langOfLocale, type FunctionDeclaration, type Lang, type RawArg, type ResultMatrix } from '../core/functions';

/**
 * The Excel side of the custom functions: what Excel's runtime provides, read through
 * globalThis so the bundle loads anywhere (a bare stand-in, a test context) without crashing.
 */
interface ExcelCustomFunctions {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error?: new (code: string, message?: string) => unknown;
  ErrorCode?: { invalidValue?: string };
}

interface ExcelGlobals {
  CustomFunctions?: ExcelCustomFunctions;
  Office?: { context?: { displayLanguage?: unknown } };
}

const host = globalThis as unknown as ExcelGlobals;

/** zh when Office shows Chinese, en otherwise (and whenever Office is not there yet). */
export function excelLang(): Lang {
  try {
    return langOfLocale(host.Office?.context?.displayLanguage);
  } catch {
    return 'en';
  }
}

/** #VALUE! with the message, the user's language first. */
function excelError(error: MethodError, lang: Lang): unknown {
  const message = error.messageFor(lang);
  const cf = host.CustomFunctions;
  if (cf?.Error) return new cf.Error(cf.ErrorCode?.invalidValue ?? '#VALUE!', message);
  return new Error(message);
}

/**
 * Runs one declaration as Excel calls it: Excel passes one argument per declared parameter
 * (null where left out), then possibly an invocation object, which is dropped.
 */
export function callFromExcel(declaration: FunctionDeclaration, args: readonly RawArg[]): ResultMatrix {
  const lang = excelLang();
  try {
    return invoke(declaration, args.slice(0, declaration.params.length), lang);
  } catch (e) {
    throw excelError(isMethodError(e) ? e : new MethodError('INTERNAL', { detail: String(e) }), lang);
  }
}

/** Associates every declared id with its implementation. Returns the ids associated. */
export function associateAll(catalogue: readonly FunctionDeclaration[]): string[] {
  const cf = host.CustomFunctions;
  if (!cf || typeof cf.associate !== 'function') return [];
  for (const declaration of catalogue) cf.associate(declaration.id, (...args: unknown[]) => callFromExcel(declaration, args));
  return catalogue.map((d) => d.id);
}
