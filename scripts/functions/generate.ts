/**
 * npm run build:functions — derives from core/functions/catalogue.ts:
 *   gsheets/customFunctions.ts          (the Apps Script functions with their JSDoc; committed)
 *   docs/functions.md                   (the reference, zh and en; committed)
 *   dist/excel-addin/functions.json     (Excel metadata, en)
 *   dist/excel-addin/functions-zh-cn.json (the same ids, zh names and descriptions)
 *   dist/excel-addin/help.html          (every helpUrl and the SupportUrl)
 * Then webpack bundles the code.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'fs';
import { dirname, join } from 'path';
import { CATALOGUE } from '../../core/functions';
import { excelMetadata } from './excelMetadata';
import { gsheetsEntrySource } from './gsheetsEntry';
import { referenceHtml, referenceMarkdown } from './reference';

const ROOT = join(__dirname, '..', '..');

/** The files the declarations produce, relative to the repo root. */
export function generatedFiles(): Record<string, string> {
  return {
    'gsheets/customFunctions.ts': gsheetsEntrySource(CATALOGUE),
    'docs/functions.md': referenceMarkdown(CATALOGUE),
    'dist/excel-addin/functions.json': JSON.stringify(excelMetadata(CATALOGUE, 'en'), null, 2) + '\n',
    'dist/excel-addin/functions-zh-cn.json': JSON.stringify(excelMetadata(CATALOGUE, 'zh'), null, 2) + '\n',
    'dist/excel-addin/help.html': referenceHtml(CATALOGUE),
  };
}

function writeIfChanged(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return true;
}

if (require.main === module) {
  for (const [file, text] of Object.entries(generatedFiles())) {
    const changed = writeIfChanged(join(ROOT, file), text);
    console.log(`${changed ? 'wrote    ' : 'unchanged'} ${file}`);
  }
}
