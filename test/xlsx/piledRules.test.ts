/**
 * Colour rules an earlier version piled up (one set per set-up that added rows, no bound on the
 * marker row) gathered back to one set per block by the next `pcss apply`, on the milestone,
 * intensity and activity tabs; a rule of the user's on those tabs stays as it was.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { columnLetter } from '../../core/layout/a1';
import { IN } from '../../core/layout/intensityTab';
import { ACT } from '../../core/layout/activityTab';
import { MS } from '../../core/layout/milestonesTab';
import { INTENSITY_MAX } from '../../core/methodology/factors';
import { runApply } from '../../xlsx/run';
import { ZH_HEADERS } from '../layout/fixtures';
import { trackerSheet } from '../scenarios/trackerSheet';
import { readPackage, text, type Pkg } from './corpus/package';
import { zipParts } from './corpus/parts';
import { readZip } from './corpus/zipEntries';
import { ourPart } from './userValidationsFixture';
import { workbookFile } from './xlsxHost';

const KINDS = ['milestones', 'intensity', 'activity'] as const;
const L = columnLetter(MS.level);
/** The rows (1-based) each set-up of an earlier version gave rules to: 3 deals, then one a week. */
const RUNS = [[3, 5], [6, 6], [7, 7], [8, 8], [9, 9]] as const;
const SCALE = (points: string) => `<colorScale>${points}<color rgb="FFF8696B"/><color rgb="FFFFEB84"/><color rgb="FF63BE7B"/></colorScale>`;
const FIXED = (max: number) => SCALE(`<cfvo type="num" val="0"/><cfvo type="num" val="${max / 2}"/><cfvo type="num" val="${max}"/>`);
const RELATIVE = SCALE('<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>');

/** The user's rules on the milestone tab: one on their own column, one with our formula and another colour. */
const USER_RULES = [
  `<conditionalFormatting sqref="D3:D9"><cfRule type="expression" dxfId="3" priority="90"><formula>$D3&gt;1003</formula></cfRule></conditionalFormatting>`,
  `<conditionalFormatting sqref="A3:C9"><cfRule type="expression" dxfId="0" priority="91"><formula>$${L}3=2</formula></cfRule></conditionalFormatting>`,
];

/** The rules an earlier version left on a tab of `kind` after five set-ups (their dxfs: the first run's 0–6). */
function piled(kind: (typeof KINDS)[number], right: string): string {
  let priority = 0;
  const block = (sqref: string, rules: string) => `<conditionalFormatting sqref="${sqref}">${rules}</conditionalFormatting>`;
  const scale = (inner: string) => `<cfRule type="colorScale" priority="${++priority}">${inner}</cfRule>`;
  return RUNS.map(([top, bottom]) => {
    if (kind === 'milestones') {
      const fills = [0, 1, 2, 3, 4, 5, 6].map((n) => `<cfRule type="expression" dxfId="${n}" priority="${++priority}"><formula>$${L}${top}=${n}</formula></cfRule>`).join('');
      return block(`A${top}:${right}${bottom}`, fills);
    }
    if (kind === 'activity') return block(`${columnLetter(ACT.askShare)}${top}:${columnLetter(ACT.askShare)}${bottom}`, scale(RELATIVE));
    const scores = block(`${columnLetter(IN.firstScore)}${top}:${columnLetter(IN.firstScore + 4)}${bottom}`, scale(FIXED(20)));
    return scores + block(`${columnLetter(IN.total)}${top}:${columnLetter(IN.total)}${bottom}`, scale(FIXED(INTENSITY_MAX)));
  }).join('') + (kind === 'milestones' ? USER_RULES.join('') : '');
}

const rulesOf = (xml: string) => [...xml.matchAll(/<conditionalFormatting\b[^]*?<\/conditionalFormatting>/g)].map((m) => m[0]);
const sqrefs = (xml: string) => rulesOf(xml).map((r) => /sqref="([^"]*)"/.exec(r)![1]);

describe('pcss apply on tabs whose colour rules an earlier version piled up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pcss-piled-'));
  const path = join(dir, 'book.xlsx');
  const runs = (async () => {
    const deal = (i: number) => [`机会${i}`, `客户${i}`, `销售${i}`, 1000 + i, null, null];
    await workbookFile({ sheets: [trackerSheet('T', ZH_HEADERS, [0, 1, 2, 3, 4, 5, 6].map(deal), false)] }, path);
    await runApply({ input: path, output: path, date: '2027-01-04', lang: 'zh' });
    // Made into what an earlier version left: no bound in B1, one rule set per set-up.
    const first = readFileSync(path);
    const pkg = readPackage(first);
    const parts = new Map(KINDS.map((k) => [ourPart(pkg, k), k]));
    writeFileSync(
      path,
      zipParts(
        readZip(first).map((e) => {
          const kind = parts.get(e.name);
          if (!kind) return [e.name, e.data];
          const xml = text(pkg, e.name).replace(/<c r="B1"[^]*?<\/c>/, '');
          const right = /<conditionalFormatting sqref="A3:([A-Z]+)1000"/.exec(xml)?.[1] ?? '';
          const start = xml.indexOf('<conditionalFormatting');
          const end = xml.lastIndexOf('</conditionalFormatting>') + '</conditionalFormatting>'.length;
          return [e.name, xml.slice(0, start) + piled(kind, right) + xml.slice(end)];
        }),
      ),
    );
    const before = readPackage(readFileSync(path));
    await runApply({ input: path, output: path, date: '2027-01-11', lang: 'zh' });
    const once = readPackage(readFileSync(path));
    await runApply({ input: path, output: path, date: '2027-01-18', lang: 'zh' });
    return { before, once, twice: readPackage(readFileSync(path)) };
  })();
  const tab = (pkg: Pkg, kind: (typeof KINDS)[number]) => text(pkg, ourPart(pkg, kind));

  it('finds the rules piled up first (35 fills, 10 scales, 5 scales)', async () => {
    const { before } = await runs;
    expect(rulesOf(tab(before, 'milestones')).join('').match(/<cfRule /g)!.length).toBe(35 + USER_RULES.length);
    expect(rulesOf(tab(before, 'intensity'))).toHaveLength(10);
    expect(rulesOf(tab(before, 'activity'))).toHaveLength(5);
  });

  it('gathers them to one set over the rows they covered, the level-0 fill guarded against blank levels', async () => {
    const { once } = await runs;
    const milestones = rulesOf(tab(once, 'milestones'));
    const ours = milestones.filter((r) => !USER_RULES.includes(r));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(new RegExp(`^<conditionalFormatting sqref="A3:[A-Z]+9">`));
    expect([...ours[0].matchAll(/<formula>([^<]*)<\/formula>/g)].map((m) => m[1])).toEqual([`AND($${L}3&lt;&gt;&quot;&quot;,$${L}3=0)`, ...[1, 2, 3, 4, 5, 6].map((n) => `$${L}3=${n}`)]);
    expect([...ours[0].matchAll(/dxfId="(\d+)"/g)].map((m) => m[1])).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(sqrefs(tab(once, 'intensity'))).toEqual([`${columnLetter(IN.firstScore)}3:${columnLetter(IN.firstScore + 4)}9`, `${columnLetter(IN.total)}3:${columnLetter(IN.total)}9`]);
    expect(sqrefs(tab(once, 'activity'))).toEqual([`${columnLetter(ACT.askShare)}3:${columnLetter(ACT.askShare)}9`]);
  });

  it('keeps the user\'s rules on the tab byte for byte, our formula in another colour included, and every priority once', async () => {
    const { once } = await runs;
    const xml = tab(once, 'milestones');
    for (const rule of USER_RULES) expect(xml).toContain(rule);
    const priorities = [...xml.matchAll(/priority="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it('rewrites a tab the plans write nothing on only for its rules: its rows stay byte for byte', async () => {
    const { before, once } = await runs;
    const rows = (pkg: Pkg) => /<sheetData[^]*<\/sheetData>/.exec(tab(pkg, 'intensity'))![0];
    expect(rows(once)).toBe(rows(before));
  });

  it('leaves the gathered rules as they are on the next run', async () => {
    const { once, twice } = await runs;
    for (const kind of KINDS) expect(rulesOf(tab(twice, kind))).toEqual(rulesOf(tab(once, kind)));
  });
});

describe('pcss apply on a tab whose rows a user deleted inside the colour rules', () => {
  it('brings the rules back down to the bound on its marker row, so the rows at the block\'s end are coloured when data reaches them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcss-deleted-'));
    const path = join(dir, 'book.xlsx');
    const deal = (i: number) => [`机会${i}`, `客户${i}`, `销售${i}`, 1000 + i, null, null];
    await workbookFile({ sheets: [trackerSheet('T', ZH_HEADERS, [0, 1, 2].map(deal), false)] }, path);
    await runApply({ input: path, output: path, date: '2027-01-04', lang: 'zh' });
    // Three blank rows deleted inside the rules (rows 500–502): the spreadsheet shortens them, B1 stays 999.
    const first = readFileSync(path);
    const part = ourPart(readPackage(first), 'milestones');
    const shortened = text(readPackage(first), part).replace(/(<conditionalFormatting sqref="A3:[A-Z]+)1000"/, '$1997"');
    expect(sqrefs(shortened)).toEqual([expect.stringMatching(/^A3:[A-Z]+997$/)]);
    writeFileSync(path, zipParts(readZip(first).map((e) => [e.name, e.name === part ? shortened : e.data])));
    await runApply({ input: path, output: path, date: '2027-01-11', lang: 'zh' });
    expect(sqrefs(text(readPackage(readFileSync(path)), part))).toEqual([expect.stringMatching(/^A3:[A-Z]+1000$/)]);
  });
});
