import { readFileSync } from 'fs';
import { join } from 'path';
import { CATALOGUE } from '../../core/functions';
import { excelMetadata } from '../../scripts/functions/excelMetadata';
import { generatedFiles } from '../../scripts/functions/generate';
import { ADDIN_ORIGIN } from '../../scripts/functions/origin';
import { DIST, ROOT, ensureBuilt } from './buildOnce';

const published = JSON.parse(readFileSync(join(__dirname, 'published-functions.json'), 'utf8')) as { functions: Record<string, string[]> };

describe('the generated metadata', () => {
  it('matches the reviewed snapshot (a change shows as a diff to review)', () => {
    expect({ en: excelMetadata(CATALOGUE, 'en'), zh: excelMetadata(CATALOGUE, 'zh') }).toMatchSnapshot();
  });

  it('never drops or renames a published id, nor reorders its parameters', () => {
    for (const [id, params] of Object.entries(published.functions)) {
      const f = CATALOGUE.find((d) => d.id === id);
      expect(f).toBeDefined();
      expect(f!.params.map((p) => p.id).slice(0, params.length)).toEqual(params);
    }
  });

  it('gives functions.json and functions-zh-cn.json the same ids and parameter counts, in their languages', () => {
    const en = excelMetadata(CATALOGUE, 'en').functions;
    const zh = excelMetadata(CATALOGUE, 'zh').functions;
    expect(zh.map((f) => f.id)).toEqual(en.map((f) => f.id));
    zh.forEach((f, i) => {
      expect(f.parameters).toHaveLength(en[i].parameters.length);
      expect(f.name).toMatch(/[\u4e00-\u9fff]/);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      expect(en[i].name).toBe(en[i].id);
    });
  });

  it('gives every function an https helpUrl on the add-in origin', () => {
    for (const f of excelMetadata(CATALOGUE, 'en').functions) {
      expect(f.helpUrl.startsWith(`${ADDIN_ORIGIN}/help.html#`)).toBe(true);
      expect(new URL(f.helpUrl).protocol).toBe('https:');
    }
  });

  it('keeps the committed generated files up to date (gsheets/Code.ts’s custom functions, docs/functions.md, manifest.xml’s version)', () => {
    const files = generatedFiles();
    for (const path of ['gsheets/Code.ts', 'docs/functions.md', 'manifest.xml']) {
      expect({ path, text: readFileSync(join(ROOT, path), 'utf8') }).toEqual({ path, text: files[path] });
    }
  });

  it('is what the build wrote to dist/excel-addin', () => {
    ensureBuilt();
    const files = generatedFiles();
    expect(readFileSync(DIST.excelMetadataEn, 'utf8')).toBe(files['dist/excel-addin/functions.json']);
    expect(readFileSync(DIST.excelMetadataZh, 'utf8')).toBe(files['dist/excel-addin/functions-zh-cn.json']);
    expect(readFileSync(DIST.excelMetadataZhTw, 'utf8')).toBe(files['dist/excel-addin/functions-zh-tw.json']);
    const help = readFileSync(DIST.excelHelp, 'utf8');
    for (const f of CATALOGUE) expect(help).toContain(`id="${f.id.toLowerCase()}"`);
  });
});
