import type { FunctionDeclaration } from '../../core/functions';
import { TRADITIONAL, type TraditionalText } from '../../core/functions/traditional';
import { DEV_ORIGIN, helpUrl } from './origin';

/** The languages of the metadata files: en, Simplified Chinese (zh-CN) and Traditional (zh-TW, zh-HK). */
export type MetadataLang = 'en' | 'zh' | 'zh-Hant';

/** The shape of Excel's custom functions metadata (functions.json). */
export interface ExcelFunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  result: { type: string; dimensionality: 'matrix' };
  parameters: { name: string; description: string; type: 'any'; dimensionality: 'matrix'; optional?: true }[];
}

function traditional(id: string, paramId?: string): TraditionalText {
  const entry = TRADITIONAL[id];
  const text = paramId === undefined ? entry : entry?.params[paramId];
  if (!text) throw new Error(`core/functions/traditional.ts has no Traditional Chinese for ${paramId ? `${id}(${paramId})` : id}`);
  return text;
}

/**
 * functions.json for one language: ids stay the same, names and descriptions are localized.
 * Every parameter is `any`/`matrix` so Excel hands over a cell or a whole range as a 2-D array;
 * every result is a matrix, which a single value fills as 1×1. Every helpUrl is on `base`.
 */
export function excelMetadata(catalogue: readonly FunctionDeclaration[], lang: MetadataLang, base: string = DEV_ORIGIN): { functions: ExcelFunctionMetadata[] } {
  return {
    functions: catalogue.map((f) => ({
      id: f.id,
      name: lang === 'zh-Hant' ? traditional(f.id).name : f.name[lang],
      description: lang === 'zh-Hant' ? traditional(f.id).description : f.description[lang],
      helpUrl: helpUrl(f.id, base),
      result: { type: f.result, dimensionality: 'matrix' },
      parameters: f.params.map((p) => ({
        name: lang === 'en' ? p.id : lang === 'zh' ? p.name.zh : traditional(f.id, p.id).name,
        description: lang === 'zh-Hant' ? traditional(f.id, p.id).description : p.description[lang],
        type: 'any',
        dimensionality: 'matrix',
        ...(p.optional ? { optional: true as const } : {}),
      })),
    })),
  };
}
