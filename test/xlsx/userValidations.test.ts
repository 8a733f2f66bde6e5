/**
 * Issue 10 (C4): a user's own validations on our milestone tab, run once and again in place.
 * The new rows of the run (45–50) take cells from them: a custom rule keeps checking the same
 * cells, an Excel 2010 (x14) list no longer overlaps ours, the user's sheets stay byte for byte,
 * and a rule our rows do not reach is left exactly as it was.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runApply } from '../../xlsx/run';
import { pcss } from '../support/commandLine';
import { readPackage, text, type Pkg } from './corpus/package';
import { markerSheets, sheetsOf } from './corpus/readCells';
import { SAMPLE, X14_URI, customRule, ourPart, overlaps, readRules, sampleWithUserRules, x14ListRule } from './userValidationsFixture';

/** The workbook run once into a new file, then that file again in place a week later. */
async function runTwice(name: string, input: Buffer): Promise<Pkg[]> {
  const dir = mkdtempSync(join(tmpdir(), `pcss-uv-${name}-`));
  const path = join(dir, `${name}.xlsx`);
  const out = join(dir, `${name}-pcss.xlsx`);
  writeFileSync(path, input);
  await runApply({ input: path, output: out, date: '2027-01-04' });
  const first = readPackage(readFileSync(out));
  await runApply({ input: out, output: out, date: '2027-01-11' });
  return [first, readPackage(readFileSync(out))];
}

const milestones = (pkg: Pkg) => readRules(text(pkg, ourPart(pkg, 'milestones')));

/** Parts of sheets that are not ours. */
function userSheetParts(pkg: Pkg): string[] {
  const ours = new Set(markerSheets(pkg).map((m) => m.sheet));
  return sheetsOf(pkg).filter((s) => !ours.has(s.name)).map((s) => s.part);
}

describe('a user’s custom rule on our tab whose first cells our new rows take', () => {
  const input = sampleWithUserRules([customRule('AH45:AH60', 'LEN(AH45)&lt;=10'), customRule('AJ3:AJ200', 'LEN(AJ3)&lt;=50')]);
  const runs = runTwice('custom', input);

  it('starts where its formula counts from, after one run and after two', async () => {
    for (const pkg of await runs) {
      const rule = milestones(pkg).find((r) => r.type === 'custom' && r.formula.startsWith('LEN(AH'))!;
      const first = rule.sqref.split(/[ :]/)[0];
      expect(rule.formula).toBe(`LEN(${first})&lt;=10`);
      expect(first).toBe('AH51');
    }
  });

  it('keeps a rule whose first cell stays exactly as the user wrote it, less our rows', async () => {
    for (const pkg of await runs) expect(milestones(pkg).find((r) => r.formula.startsWith('LEN(AJ'))!.formula).toBe('LEN(AJ3)&lt;=50');
  });

  it('leaves no cell under two rules, and the user’s sheets byte for byte', async () => {
    const original = readPackage(input);
    for (const pkg of await runs) {
      expect(overlaps(milestones(pkg))).toEqual([]);
      for (const part of userSheetParts(original)) expect(pkg.get(part)!.equals(original.get(part)!)).toBe(true);
    }
  });
});

describe('a user’s Excel 2010 (x14) list on our tab', () => {
  const input = sampleWithUserRules([], [x14ListRule('AH45:AH60')]);
  const runs = runTwice('x14', input);

  it('no longer overlaps our rules, after one run and after two', async () => {
    for (const pkg of await runs) {
      const rules = milestones(pkg);
      expect(overlaps(rules)).toEqual([]);
      expect(rules.filter((r) => r.x14)).toEqual([expect.objectContaining({ sqref: 'AH51:AH60', formula: "'评分标准'!$C$3:$C$8" })]);
    }
  });

  it('keeps the rest of the extension as the user’s Excel wrote it', async () => {
    for (const pkg of await runs) {
      const xml = text(pkg, ourPart(pkg, 'milestones'));
      expect(xml).toContain(`<extLst><ext uri="${X14_URI}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">${x14ListRule('AH51:AH60')}</x14:dataValidations></ext></extLst></worksheet>`);
    }
  });
});

describe('a user’s rule our rows do not reach', () => {
  it('leaves the tab as a run without it writes, but for the rule itself', async () => {
    const rule = customRule('AR3:AR60', 'LEN(AR3)&lt;=10');
    const [withRule] = await runTwice('untouched', sampleWithUserRules([rule]));
    const [plain] = await runTwice('plain', readFileSync(SAMPLE));
    const part = ourPart(plain, 'milestones');
    const a = text(withRule, part);
    const b = text(plain, part);
    expect(a).toContain(rule);
    expect(a.replace(rule, '').replace(/<dataValidations count="(\d+)"/, (_, n: string) => `<dataValidations count="${Number(n) - 1}"`)).toBe(b);
  });
});

describe('a user’s rule whose cut would push a reference off the sheet', () => {
  const rule = customRule('AH45:AH60', 'LEN(AH1048572)&lt;=10');

  it('is kept whole, our drop-down stays off its cells, and the run names those cells', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-uv-whole-'));
    const path = join(dir, 'whole.xlsx');
    writeFileSync(path, sampleWithUserRules([rule]));
    const result = await runApply({ input: path, output: join(dir, 'out.xlsx'), date: '2027-01-04' });
    const rules = milestones(readPackage(readFileSync(join(dir, 'out.xlsx'))));
    expect(rules.filter((r) => r.formula.startsWith('LEN(AH'))).toEqual([expect.objectContaining({ sqref: 'AH45:AH60', formula: 'LEN(AH1048572)&lt;=10' })]);
    expect(overlaps(rules)).toEqual([]);
    const tab = result.setup.tabs.milestones;
    expect(result.notes).toEqual([{ code: 'FILE_VALIDATION_KEPT', zh: expect.stringContaining(`“${tab}”的 AH45:AH50 `), en: expect.stringContaining(`on AH45:AH50 of "${tab}"`) }]);
  });

  it('is printed by pcss apply with the run’s other warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-uv-cli-'));
    const path = join(dir, 'whole.xlsx');
    writeFileSync(path, sampleWithUserRules([rule]));
    const r = pcss(['apply', path, '--date', '2027-01-04']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^! “[^”]+”的 AH45:AH50 保留了您自己的数据验证.* \/ your own data validation on AH45:AH50 of "[^"]+" was kept whole/m);
  }, 120_000);

  it('says nothing when no rule of the user’s had to be kept whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-uv-cut-'));
    const path = join(dir, 'cut.xlsx');
    writeFileSync(path, sampleWithUserRules([customRule('AH45:AH60', 'LEN(AH45)&lt;=10')]));
    expect((await runApply({ input: path, output: join(dir, 'out.xlsx'), date: '2027-01-04' })).notes).toEqual([]);
  });
});
