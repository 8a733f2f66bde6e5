/**
 * npm run build:functions — derives from core/functions/catalogue.ts and manifest.xml:
 *   gsheets/Code.ts, its generated region (the Apps Script custom functions with their JSDoc; committed)
 *   docs/functions.md                     (the reference, zh and en; committed)
 *   manifest.xml                          (the development manifest: its <Version> kept at package.json's)
 *   dist/excel-addin/functions.json       (Excel metadata, en)
 *   dist/excel-addin/functions-zh-cn.json (the same ids, Simplified Chinese names and descriptions)
 *   dist/excel-addin/functions-zh-tw.json (the same ids, Traditional Chinese, for zh-TW and zh-HK)
 *   dist/excel-addin/help.html            (every helpUrl), support.html (the SupportUrl), privacy.html
 *   dist/excel-addin/manifest.xml         (the manifest for the base URL the build is for)
 * Then webpack bundles the code.
 *
 * The base URL is ADDIN_ORIGIN (https only; docs/deploy.md), else the dev server's origin. A base
 * that is not https stops the build with a message in both languages and exit code 1.
 * `--excel-out DIR` writes the dist/excel-addin files to DIR instead (a test builds there).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'fs';
import { dirname, join } from 'path';
import { CATALOGUE } from '../../core/functions';
import { excelMetadata } from './excelMetadata';
import { withGeneratedFunctions } from './gsheetsEntry';
import { manifestFor, manifestVersion } from './manifest';
import { DEV_ORIGIN, parseAddinBase } from './origin';
import { pageFiles } from './pages';
import { referenceHtml, referenceMarkdown } from './reference';
import { runAsScript } from '../runAsScript';

const ROOT = join(__dirname, '..', '..');
const EXCEL_DIST = 'dist/excel-addin/';

/** package.json's version, which the manifest's and the pages' follow. */
export function packageVersion(): string {
  return String(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** The files the declarations produce for one base URL, relative to the repo root. */
export function generatedFiles(base: string = DEV_ORIGIN): Record<string, string> {
  const version = packageVersion();
  const devManifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const pages = pageFiles(version);
  return {
    'gsheets/Code.ts': withGeneratedFunctions(readFileSync(join(ROOT, 'gsheets/Code.ts'), 'utf8'), CATALOGUE),
    'docs/functions.md': referenceMarkdown(CATALOGUE),
    'manifest.xml': manifestFor(devManifest, DEV_ORIGIN, manifestVersion(version)),
    [`${EXCEL_DIST}functions.json`]: json(excelMetadata(CATALOGUE, 'en', base)),
    [`${EXCEL_DIST}functions-zh-cn.json`]: json(excelMetadata(CATALOGUE, 'zh', base)),
    [`${EXCEL_DIST}functions-zh-tw.json`]: json(excelMetadata(CATALOGUE, 'zh-Hant', base)),
    [`${EXCEL_DIST}help.html`]: referenceHtml(CATALOGUE),
    [`${EXCEL_DIST}support.html`]: pages['support.html'],
    [`${EXCEL_DIST}privacy.html`]: pages['privacy.html'],
    [`${EXCEL_DIST}manifest.xml`]: manifestFor(devManifest, base, manifestVersion(version)),
  };
}

function writeIfChanged(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return true;
}

function main(argv: readonly string[]): void {
  const at = argv.indexOf('--excel-out');
  const excelOut = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0 && !excelOut) throw new Error('--excel-out 需要一个目录 / --excel-out needs a folder');
  const base = parseAddinBase(process.env.ADDIN_ORIGIN);
  for (const [file, text] of Object.entries(generatedFiles(base))) {
    const target = excelOut && file.startsWith(EXCEL_DIST) ? join(excelOut, file.slice(EXCEL_DIST.length)) : join(ROOT, file);
    const changed = writeIfChanged(target, text);
    console.log(`${changed ? 'wrote    ' : 'unchanged'} ${excelOut && file.startsWith(EXCEL_DIST) ? target : file}`);
  }
  console.log(`Excel add-in URLs on ${base}${base === DEV_ORIGIN ? ' (development; set ADDIN_ORIGIN=https://… for a team, docs/deploy.md)' : ''}`);
}

runAsScript(module, () => main(process.argv.slice(2)));
