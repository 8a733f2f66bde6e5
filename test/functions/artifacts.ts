import { readFileSync } from 'fs';
import { createContext, runInContext, type Context } from 'vm';
import { DIST, ensureBuilt } from './buildOnce';
import { dayNumber } from '../../core/cells/calendar';

/** What a call gives back, the same shape for both hosts: a value or an error's message. */
export type Outcome = { value: unknown } | { error: string };

/** Stand-in for Excel's CustomFunctions.Error. */
export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface GsheetsBundle {
  context: Context;
  call(name: string, args: readonly unknown[]): Outcome;
}

/** dist/gsheets/Code.js in a fresh vm context, with a spreadsheet of the given locale (or none). */
export function loadGsheets(locale?: string | (() => string)): GsheetsBundle {
  ensureBuilt();
  const sandbox: Record<string, unknown> = {};
  if (locale !== undefined) {
    const read = typeof locale === 'function' ? locale : () => locale;
    sandbox.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: read }) };
  }
  const context = createContext(sandbox);
  runInContext(readFileSync(DIST.gsheetsCode, 'utf8'), context, { filename: 'Code.js' });
  return {
    context,
    call(name, args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js defines no function ${name}`);
      try {
        return { value: copy(fn(...args.map((a) => inRealm(a, context)))) };
      } catch (e) {
        // An Error from inside the vm is not an instance of this realm's Error.
        return { error: String((e as { message?: unknown }).message) };
      }
    },
  };
}

export interface ExcelBundle {
  associated: Map<string, (...args: unknown[]) => unknown>;
  call(id: string, args: readonly unknown[]): Outcome;
}

/**
 * dist/excel-addin/functions.js in a plain context providing CustomFunctions.associate and bare
 * Office and window stand-ins. `withErrorClass` adds CustomFunctions.Error as Excel has it.
 */
export function loadExcel(options: { displayLanguage?: string; withErrorClass?: boolean } = {}): ExcelBundle {
  ensureBuilt();
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions: Record<string, unknown> = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
  };
  if (options.withErrorClass !== false) {
    CustomFunctions.Error = FakeExcelError;
    CustomFunctions.ErrorCode = { invalidValue: '#VALUE!', notAvailable: '#N/A' };
  }
  const Office = options.displayLanguage === undefined ? {} : { context: { displayLanguage: options.displayLanguage } };
  const context = createContext({ CustomFunctions, Office, window: {} });
  runInContext(readFileSync(DIST.excelFunctionsJs, 'utf8'), context, { filename: 'functions.js' });
  return {
    associated,
    call(id, args) {
      const fn = associated.get(id);
      if (!fn) throw new Error(`functions.js associates no ${id}`);
      try {
        return { value: copy(fn(...args, { address: 'Sheet1!A1' })) };
      } catch (e) {
        if (e instanceof FakeExcelError) {
          if (e.code !== '#VALUE!') return { error: `wrong error code ${e.code}` };
          return { error: String(e.message) };
        }
        return { error: String((e as { message?: unknown }).message) };
      }
    },
  };
}

/** An argument as Sheets passes it to Code.js: its dates are Dates of the script's own realm. */
function inRealm(value: unknown, context: Context): unknown {
  if (value instanceof Date) return runInContext(`new Date(${value.getTime()})`, context);
  return Array.isArray(value) ? value.map((x) => inRealm(x, context)) : value;
}

/** A value from another realm, as plain data of this one (so toEqual compares contents). */
function copy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/**
 * The arguments as Excel passes them to a function whose parameters are all `matrix`: every
 * declared parameter present, a single cell as 1×1, a left-out one as null.
 */
export function asExcelArgs(args: readonly unknown[], paramCount: number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < paramCount; i++) {
    const a = args[i];
    // Excel hands a date cell over as its day number (1900 system), Sheets as a Date.
    const cells = a === undefined ? null : Array.isArray(a) ? a : [[a]];
    out.push(cells && (cells as unknown[][]).map((row) => row.map((x) => (x instanceof Date ? dayNumber(x) : x))));
  }
  return out;
}
