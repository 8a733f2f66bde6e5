/**
 * Issue 10 (C4b), read by another program: LibreOffice opens our result and says from which
 * cell each of the user's custom rules counts (base-cell-address in the .ods it converts to)
 * and what the rule checks there. After our new rows took the rules' first cells, a rule
 * still checks each cell against itself: AH51 against AH51, not AH45 as before the fix.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runApply } from '../../xlsx/run';
import { readZip } from './corpus/zipEntries';
import { findSoffice, toOds } from './libreoffice';
import { customRule, sampleWithUserRules } from './userValidationsFixture';

const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;
if (!soffice) console.warn('LibreOffice (soffice) not found: how LibreOffice anchors the user’s cut validations is not checked. Install libreoffice-calc to run it.');

/**
 * LibreOffice's validations, as [base cell, condition] pairs. Only the cell of base-cell-address
 * is taken: LibreOffice 7.4 writes its sheet part wrongly and not the same from run to run (the
 * milestone tab's rules came out as on the tracker, the brief or the rubric tab), so the user's
 * rules are told apart by their condition (LEN(…)<=10, which no rule of ours has).
 */
function validations(ods: string): string[][] {
  const content = readZip(readFileSync(ods)).find((e) => e.name === 'content.xml')!.data.toString('utf8');
  const out: string[][] = [];
  for (const m of content.matchAll(/<table:content-validation [^>]*?table:condition="([^"]*)"[^>]*?table:base-cell-address="[^"]*\.([A-Z]+\d+)"/g)) out.push([m[2], m[1].replace(/&lt;/g, '<')]);
  return out;
}

maybe('the user’s rules on our tab, as LibreOffice reads them after a run', () => {
  let read: string[][];
  const userRules = () => read.filter(([, condition]) => condition.includes('LEN('));

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-uv-lo-'));
    const input = join(dir, 'uv.xlsx');
    const output = join(dir, 'uv-pcss.xlsx');
    // A column below our list (AH), and a block over four of our checklist columns (Y:AB).
    writeFileSync(input, sampleWithUserRules([customRule('AH45:AH60', 'LEN(AH45)&lt;=10'), customRule('Y45:AB60', 'LEN(Y45)&lt;=10')]));
    await runApply({ input, output, date: '2027-01-04' });
    read = validations(toOds(soffice!, output));
  }, 180_000);

  it('counts a rule that lost its first rows from its new first cell', () => {
    expect(userRules()).toContainEqual(['AH51', 'of:is-true-formula(LEN([.AH51])<=10)']);
    expect(userRules().filter(([, condition]) => condition.includes('[.AH45]'))).toEqual([]);
  });

  it('reads each piece of a block that lost its corner from that piece’s own corner', () => {
    expect(userRules()).toContainEqual(['Y51', 'of:is-true-formula(LEN([.Y51])<=10)']);
    expect(userRules()).toContainEqual(['AB45', 'of:is-true-formula(LEN([.AB45])<=10)']);
    expect(userRules()).toHaveLength(3);
  });
});
