import type { FunctionDeclaration } from '../../core/functions';

const RESULT_TYPE = { number: 'number|Array<Array<number>>', string: 'string|Array<Array<string>>', any: 'Array<Array<*>>' } as const;

/** A JSDoc line may not close the comment early. */
function safe(text: string): string {
  return text.replace(/\*\//g, '* /');
}

function jsDoc(f: FunctionDeclaration): string {
  const lines = [
    `${f.description.en}. ${f.description.zh}。`,
    `Example: ${f.example.formula} → ${f.example.result.en}`,
    '',
    ...f.params.map((p) => `@param {*} ${p.id} ${p.optional ? '(optional) ' : ''}${p.description.en}. ${p.description.zh}`),
    `@return {${RESULT_TYPE[f.result]}} ${f.description.en}`,
    '@customfunction',
  ];
  return ['/**', ...lines.map((l) => (l ? ` * ${safe(l)}` : ' *')), ' */'].join('\n');
}

/**
 * The Apps Script custom functions, one `global.NAME = (params) => ...` per declaration with
 * its JSDoc directly above: gas-webpack-plugin turns each into a top-level function that
 * Sheets lists with this help. Generated; committed; a test keeps it in step.
 */
export function gsheetsEntrySource(catalogue: readonly FunctionDeclaration[]): string {
  const blocks = catalogue.map((f) => {
    const names = f.params.map((p) => p.id);
    const params = names.map((n) => `${n}?: unknown`).join(', ');
    return `${jsDoc(f)}\nglobal.${f.id} = (${params}) => callFromSheets('${f.id}', [${names.join(', ')}]);\n`;
  });
  return blocks.join('\n');
}

const REGION = /(\/\/ <generated>\n)[\s\S]*?(\/\/ <\/generated>)/;

/**
 * gsheets/Code.ts with its generated region (between `// <generated>` and `// </generated>`)
 * holding the custom functions: the rest of the file, the add-on's own entry points, is written
 * by hand. One file, so that gas-webpack-plugin sees every top-level function in the one root
 * module of Code.js (gsheets/Code.ts says why).
 */
export function withGeneratedFunctions(codeTs: string, catalogue: readonly FunctionDeclaration[]): string {
  if (!REGION.test(codeTs)) throw new Error('gsheets/Code.ts has no // <generated> … // </generated> region');
  return codeTs.replace(REGION, (_, open: string, close: string) => `${open}${gsheetsEntrySource(catalogue)}${close}`);
}
