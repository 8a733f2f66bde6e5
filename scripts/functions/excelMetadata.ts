import type { FunctionDeclaration, Lang } from '../../core/functions';
import { helpUrl } from './origin';

/** The shape of Excel's custom functions metadata (functions.json). */
export interface ExcelFunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  result: { type: string; dimensionality: 'matrix' };
  parameters: { name: string; description: string; type: 'any'; dimensionality: 'matrix'; optional?: true }[];
}

/**
 * functions.json for one language: ids stay the same, names and descriptions are localized.
 * Every parameter is `any`/`matrix` so Excel hands over a cell or a whole range as a 2-D array;
 * every result is a matrix, which a single value fills as 1×1.
 */
export function excelMetadata(catalogue: readonly FunctionDeclaration[], lang: Lang): { functions: ExcelFunctionMetadata[] } {
  return {
    functions: catalogue.map((f) => ({
      id: f.id,
      name: f.name[lang],
      description: f.description[lang],
      helpUrl: helpUrl(f.id),
      result: { type: f.result, dimensionality: 'matrix' },
      parameters: f.params.map((p) => ({
        name: lang === 'en' ? p.id : p.name.zh,
        description: p.description[lang],
        type: 'any',
        dimensionality: 'matrix',
        ...(p.optional ? { optional: true as const } : {}),
      })),
    })),
  };
}
