import { columnLetter } from '../../core/layout/a1';
import { LEVEL_FILLS } from '../../core/layout/columns';
import { MS } from '../../core/layout/milestonesTab';
import { gatherOwnRules, ownRulesOf } from '../../xlsx/write/ownRules';

const L = columnLetter(MS.level);
const own = ownRulesOf('milestones')!;
/** dxf n fills with level n's colour; dxf 7 with another colour. */
const colour = (dxf: number) => (dxf < LEVEL_FILLS.length ? LEVEL_FILLS[dxf] : '123456');
let priority = 0;
const set = (top: number, bottom: number, guarded = false) =>
  `<conditionalFormatting sqref="A${top}:AP${bottom}">${LEVEL_FILLS.map((_, n) => `<cfRule type="expression" dxfId="${n}" priority="${++priority}"><formula>${guarded && n === 0 ? `AND($${L}${top}&lt;&gt;&quot;&quot;,$${L}${top}=0)` : `$${L}${top}=${n}`}</formula></cfRule>`).join('')}</conditionalFormatting>`;
const sheet = (rules: string) => `<worksheet><sheetData/>${rules}<pageMargins/></worksheet>`;
const sqrefs = (xml: string) => [...xml.matchAll(/<conditionalFormatting sqref="([^"]*)">([^]*?)<\/conditionalFormatting>/g)].map((m) => [m[1], (m[2].match(/<cfRule /g) ?? []).length]);

describe('our colour rules gathered to one set per block of rows', () => {
  it('joins an earlier version\'s sets with the first block this version gives, into one set', () => {
    const xml = sheet(set(3, 5) + set(6, 6) + set(7, 7) + set(8, 1000, true));
    expect(sqrefs(gatherOwnRules(xml, '', own, colour))).toEqual([['A3:AP1000', 7]]);
  });

  it('reads sets written with white space between their rules, as some programs save them', () => {
    const spaced = (xml: string) => xml.replace(/<cfRule /g, '\n  <cfRule ').replace(/<\/conditionalFormatting>/g, '\n</conditionalFormatting>');
    expect(sqrefs(gatherOwnRules(sheet(spaced(set(3, 5) + set(6, 6))), '', own, colour))).toEqual([['A3:AP6', 7]]);
  });

  it('joins an earlier version\'s sets across a block\'s end, as a first set-up\'s one set spans blocks', () => {
    const xml = sheet(set(3, 1500) + set(1501, 1501) + set(1502, 2000, true));
    expect(sqrefs(gatherOwnRules(xml, '', own, colour))).toEqual([['A3:AP2000', 7]]);
  });

  it('leaves sets ending where blocks end as they are, byte for byte: one per block, or one spanning blocks', () => {
    for (const xml of [sheet(set(3, 1000, true) + set(1001, 2000, true) + set(2001, 64000, true)), sheet(set(3, 64000, true))]) expect(gatherOwnRules(xml, '', own, colour, 63_999)).toBe(xml);
  });

  it('brings our rules back down to the tab\'s bound when deleted rows shortened them (the intensity total\'s older scale left as it is)', () => {
    const total = `<conditionalFormatting sqref="Q3:Q9"><cfRule type="colorScale" priority="${++priority}"><colorScale><cfvo type="num" val="0"/><cfvo type="num" val="50"/><cfvo type="num" val="100"/><color rgb="FFF8696B"/><color rgb="FFFFEB84"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting>`;
    expect(sqrefs(gatherOwnRules(sheet(set(3, 997, true)), '', own, colour, 999))).toEqual([['A3:AP1000', 7]]);
    expect(sqrefs(gatherOwnRules(sheet(set(3, 1000, true) + set(1001, 1996, true)), '', own, colour, 1999))).toEqual([['A3:AP1000', 7], ['A1001:AP2000', 7]]);
    const scales = sheet(total.replace('Q3:Q9', 'L3:P997').replace(/val="50"/, 'val="10"').replace(/val="100"/, 'val="20"') + total);
    expect(sqrefs(gatherOwnRules(scales, '', ownRulesOf('intensity')!, colour, 999))).toEqual([['L3:P1000', 1], ['Q3:Q9', 1]]);
  });

  it('takes for ours no rule counted from another row, in another colour, or beside a rule of the user\'s', () => {
    const other = (sqref: string, dxf: number, formula: string) => `<conditionalFormatting sqref="${sqref}"><cfRule type="expression" dxfId="${dxf}" priority="${++priority}"><formula>${formula}</formula></cfRule></conditionalFormatting>`;
    const theirs = [other('A3:AP9', 1, `$${L}4=1`), other('A3:AP9', 7, `$${L}3=1`), set(3, 9).replace('</conditionalFormatting>', `<cfRule type="expression" dxfId="7" priority="99"><formula>$D3&gt;0</formula></cfRule></conditionalFormatting>`)];
    const xml = sheet(theirs.join('') + set(3, 9) + set(10, 10));
    const out = gatherOwnRules(xml, '', own, colour);
    for (const t of theirs) expect(out).toContain(t);
    expect(sqrefs(out).filter(([, n]) => n === 7)).toEqual([['A3:AP10', 7]]);
  });
});
