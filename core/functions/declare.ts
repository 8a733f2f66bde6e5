import type { Bilingual } from '../methodology/bilingual';
import type { FunctionDeclaration, ParamDeclaration } from './types';

/**
 * Builds declarations whose English name is their id, as every function's and parameter's is:
 * the id is what Apps Script and Excel's English locale show, and it never changes once
 * published, so the English name is never written a second time.
 *
 * Descriptions and examples stay in `description` and `example` properties of object literals:
 * the Apps Script build drops those (gsheets/bundler/stripFunctionDocs.js), so whatever computes
 * a description must sit inside one.
 */

export function param(id: string, zh: string, rest: Omit<ParamDeclaration, 'id' | 'name'>): ParamDeclaration {
  return { id, name: { zh, en: id }, ...rest };
}

export function declareFunction(id: string, zh: string, rest: Omit<FunctionDeclaration, 'id' | 'name'>): FunctionDeclaration {
  return { id, name: { zh, en: id }, ...rest };
}

/** A description with more said after it, in both languages (`;` in zh, `; ` in en). */
export function withTail(text: Bilingual, tail: Bilingual): Bilingual {
  return { zh: `${text.zh};${tail.zh}`, en: `${text.en}; ${tail.en}` };
}
