import type { Bilingual, Lang } from '../methodology/bilingual';

/** A cell value as a host passes it: number, text, boolean, a Date (Sheets), blank as '' or null. */
export type Cell = unknown;

/** A rectangular range, rows of cells; a single cell is a 1×1 matrix. */
export type Matrix = Cell[][];

/** What a function returns to the sheet: always a rectangle; 1×1 shows as one cell. */
export type ResultMatrix = (string | number | boolean)[][];

/** An argument as the host hands it over: a scalar (Sheets, one cell), a 2-D array, or nothing. */
export type RawArg = unknown;

export interface ParamDeclaration {
  /** The parameter's identifier in Apps Script and in functions.json: lower snake case, ASCII. */
  readonly id: string;
  readonly name: Bilingual;
  readonly description: Bilingual;
  readonly optional?: boolean;
}

/** The type shown in Excel's metadata for the result's cells. */
export type ResultType = 'number' | 'string' | 'any';

/**
 * One custom function, declared once: both hosts, the metadata and the reference are derived
 * from this. `id` never changes once published (spreadsheets store it in their formulas).
 */
export interface FunctionDeclaration {
  readonly id: string;
  readonly name: Bilingual;
  readonly description: Bilingual;
  readonly params: readonly ParamDeclaration[];
  /** The result's cell type; every result is a matrix (a single value is 1×1). */
  readonly result: ResultType;
  /** Example formula (without the Excel namespace) and what it returns, in both languages. */
  readonly example: { readonly formula: string; readonly result: Bilingual };
  /** Takes the arguments exactly as the host passed them; throws MethodError on bad input. */
  readonly implementation: (args: readonly RawArg[], lang: Lang) => ResultMatrix;
}
