/**
 * Our new validations take cells from rules already on our tab (a user's or an earlier run's),
 * in the main dataValidations block and in Excel 2010's extLst (x14): read back, every rule
 * left checks each of its cells against the same cells as before, and no cell is under two rules.
 */
import fc from 'fast-check';
import { columnIndex, parseRange, type CellRange } from '../../core/layout/a1';
import { SheetFrame } from '../../xlsx/write/sheetFrame';

const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const EXT = '{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}';
const ours = { attrs: 'type="list" allowBlank="1"', body: '<formula1>"进行中,赢单"</formula1>' };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function sheet(main: string, x14: string): string {
  const ext = x14 ? `<extLst><ext uri="${EXT}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}">${x14}</x14:dataValidations></ext></extLst>` : '';
  return `<worksheet xmlns="m" xmlns:r="rel"><sheetData/>${main ? `<dataValidations count="1">${main}</dataValidations>` : ''}<pageMargins/>${ext}</worksheet>`;
}
const mainRule = (sqref: string, formula: string) => `<dataValidation type="custom" allowBlank="1" sqref="${sqref}"><formula1>${esc(formula)}</formula1></dataValidation>`;
const x14Rule = (sqref: string, formula: string) => `<x14:dataValidation type="custom" allowBlank="1"><x14:formula1><xm:f>${esc(formula)}</xm:f></x14:formula1><xm:sqref>${sqref}</xm:sqref></x14:dataValidation>`;

interface Rule {
  readonly kind: 'ours' | 'main' | 'x14';
  readonly ranges: CellRange[];
  readonly formula: string;
}

/** Every rule of the part, read back with a reader of the test's own. */
function rulesOf(xml: string): Rule[] {
  const ranges = (sqref: string) => sqref.trim().split(/\s+/).map((p) => parseRange(p)!);
  const out: Rule[] = [];
  for (const m of xml.matchAll(/<dataValidation ([^>]*)sqref="([^"]*)"[^>]*><formula1>(.*?)<\/formula1>/g)) out.push({ kind: m[1].includes('list') ? 'ours' : 'main', ranges: ranges(m[2]), formula: unesc(m[3]) });
  for (const m of xml.matchAll(/<x14:dataValidation [^>]*><x14:formula1><xm:f>(.*?)<\/xm:f><\/x14:formula1><xm:sqref>(.*?)<\/xm:sqref>/g)) out.push({ kind: 'x14', ranges: ranges(m[2]), formula: unesc(m[1]) });
  return out;
}

const cellsOf = (ranges: readonly CellRange[]) => ranges.flatMap((r) => Array.from({ length: (r.bottom - r.top + 1) * (r.right - r.left + 1) }, (_, i) => `${r.top + Math.floor(i / (r.right - r.left + 1))},${r.left + (i % (r.right - r.left + 1))}`));

/** The cells a formula names from one cell of its rule, anchored at `anchor` (the test's own reading of A1 references). */
function targets(formula: string, anchor: { row: number; col: number }, cell: string): string[] {
  const [row, col] = cell.split(',').map(Number);
  const bare = formula.replace(/"[^"]*"/g, '""');
  return [...bare.matchAll(/((?:'[^']*'|\w+)!)?(\$?)([A-Z]+)(\$?)(\d+)(?![\d(])/g)].map((m) => {
    const r = m[4] ? Number(m[5]) : Number(m[5]) + row - anchor.row;
    const c = m[2] ? columnIndex(m[3]) : columnIndex(m[3]) + col - anchor.col;
    return `${m[1] ?? ''}${r},${c}`;
  });
}

const anchorOf = (rule: Rule) => ({ row: rule.ranges[0].top, col: rule.ranges[0].left });
const bboxCorner = (rule: Rule) => ({ row: Math.min(...rule.ranges.map((r) => r.top)), col: Math.min(...rule.ranges.map((r) => r.left)) });
/** LibreOffice's reading: the corner of the range leftmost, then topmost. */
const leastCorner = (rule: Rule) => {
  const r = [...rule.ranges].sort((a, b) => a.left - b.left || a.top - b.top)[0];
  return { row: r.top, col: r.left };
};

describe('validations of ours taking cells from rules already there', () => {
  it('moves a user’s custom rule’s references with its first cell', () => {
    const frame = new SheetFrame(sheet(mainRule('AH45:AH60', 'LEN(AH45)<=10') + mainRule('AJ3:AJ200', 'LEN(AJ3)<=50'), ''), '');
    frame.validations([{ range: parseRange('AH45:AH50')!, ...ours }, { range: parseRange('AJ45:AJ50')!, ...ours }]);
    expect(frame.xml).toContain('sqref="AH51:AH60"><formula1>LEN(AH51)&lt;=10</formula1>');
    expect(frame.xml).toContain('sqref="AJ3:AJ44 AJ51:AJ200"><formula1>LEN(AJ3)&lt;=50</formula1>');
    expect(frame.xml).toContain('sqref="AH45:AH50 AJ45:AJ50"');
  });

  it('cuts an Excel 2010 (x14) list the same way and keeps the rest of its extension byte for byte', () => {
    const rule = `<x14:dataValidation type="list" allowBlank="1" showErrorMessage="1" xr:uid="{1}"><x14:formula1><xm:f>'评分标准'!$C$3:$C$8</xm:f></x14:formula1><xm:sqref>AH45:AH60</xm:sqref></x14:dataValidation>`;
    const frame = new SheetFrame(sheet('', rule), '');
    frame.validations([{ range: parseRange('AH45:AH50')!, ...ours }]);
    expect(frame.xml).toContain(`<extLst><ext uri="${EXT}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}">${rule.replace('AH45:AH60', 'AH51:AH60')}</x14:dataValidations></ext></extLst>`);
  });

  it('removes an x14 extension left with no rule, and leaves an unrelated prefix alone', () => {
    const frame = new SheetFrame(sheet('', x14Rule('B2:B3', 'B2>0')), '');
    frame.validations([{ range: parseRange('B1:B9')!, ...ours }]);
    expect(frame.xml).not.toContain('x14:dataValidation');
    expect(frame.xml).toContain('<extLst></extLst>');
    const other = `<worksheet xmlns="m"><sheetData/><extLst><ext uri="{X}" xmlns:x14="urn:other"><x14:dataValidations><x14:dataValidation><xm:sqref>B2</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`;
    const frame2 = new SheetFrame(other, '');
    frame2.validations([{ range: parseRange('B1:B9')!, ...ours }]);
    expect(frame2.xml).toContain('<xm:sqref>B2</xm:sqref>');
  });

  it('splits a block that lost its corner into rules at their own corners, the revision id kept by the first only', () => {
    const rule = '<dataValidation type="custom" allowBlank="1" xr:uid="{A1}" sqref="Y45:AB60"><formula1>LEN(Y45)&lt;=10</formula1></dataValidation>';
    const frame = new SheetFrame(sheet(rule, ''), '');
    frame.validations([{ range: parseRange('Y45:AA50')!, ...ours }]);
    expect(frame.xml).toContain('<dataValidations count="3"><dataValidation type="custom" allowBlank="1" xr:uid="{A1}" sqref="Y51:AB60"><formula1>LEN(Y51)&lt;=10</formula1></dataValidation>');
    expect(frame.xml).toContain('<dataValidation type="custom" allowBlank="1" sqref="AB45:AB50"><formula1>LEN(AB45)&lt;=10</formula1></dataValidation>');
  });

  it('leaves every byte of the rules it does not cut', () => {
    const before = sheet(mainRule('C3:C9', 'LEN(C3)<5'), x14Rule('D3:D9', 'D3>0'));
    const frame = new SheetFrame(before, '');
    frame.validations([{ range: parseRange('B3:B9')!, ...ours }]);
    expect(frame.xml.replace(/<dataValidation type="list"[^]*?<\/dataValidation>/, '').replace('count="2"', 'count="1"')).toBe(before);
  });

  const ref = fc.record({ row: fc.integer({ min: 0, max: 30 }), col: fc.integer({ min: 0, max: 12 }), absRow: fc.boolean(), absCol: fc.boolean(), sheet: fc.constantFrom('', 'Other!', "'My Sheet'!") });
  const a1 = (r: { row: number; col: number; absRow: boolean; absCol: boolean; sheet: string }) => `${r.sheet}${r.absCol ? '$' : ''}${String.fromCharCode(65 + r.col)}${r.absRow ? '$' : ''}${r.row + 1}`;
  const rect = fc.record({ top: fc.integer({ min: 0, max: 14 }), left: fc.integer({ min: 0, max: 8 }), h: fc.integer({ min: 0, max: 6 }), w: fc.integer({ min: 0, max: 3 }) }).map((r) => ({ top: r.top, left: r.left, bottom: r.top + r.h, right: r.left + r.w }));
  const disjoint = (a: CellRange, b: CellRange) => a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left;
  const ref2 = (r: CellRange) => `${String.fromCharCode(65 + r.left)}${r.top + 1}:${String.fromCharCode(65 + r.right)}${r.bottom + 1}`;

  it('property: for every cell a rule keeps, its formula names the same cells as before; no cell is under two rules', () => {
    fc.assert(
      fc.property(fc.array(rect, { minLength: 1, maxLength: 2 }), fc.array(ref, { minLength: 1, maxLength: 3 }), fc.array(rect, { minLength: 1, maxLength: 2 }), fc.boolean(), (ranges, refs, cuts, inX14) => {
        fc.pre(ranges.length < 2 || disjoint(ranges[0], ranges[1]));
        // Our own new rules never overlap one another (the plan gives each cell one rule).
        fc.pre(cuts.length < 2 || disjoint(cuts[0], cuts[1]));
        const rule: Rule = { kind: inX14 ? 'x14' : 'main', ranges, formula: `AND(LEN(${refs.map(a1).join('&')})<=10,"A1"<>${a1(refs[0])},LOG10(2)>0)` };
        // The rule as written has one top-left cell for every reader (the first range's is the corner).
        fc.pre([bboxCorner(rule), leastCorner(rule)].every((c) => c.row === anchorOf(rule).row && c.col === anchorOf(rule).col));
        const sqref = ranges.map(ref2).join(' ');
        const frame = new SheetFrame(inX14 ? sheet('', x14Rule(sqref, rule.formula)) : sheet(mainRule(sqref, rule.formula), ''), '');
        frame.validations(cuts.map((range) => ({ range, ...ours })));
        const after = rulesOf(frame.xml);
        const theirs = after.filter((r) => r.kind === rule.kind);
        const mine = after.filter((r) => r.kind === 'ours');
        // No cell twice.
        const all = after.flatMap((r) => cellsOf(r.ranges));
        expect(new Set(all).size).toBe(all.length);
        // Their cells: all of theirs less ours (ours stay off a rule that had to stay whole).
        const kept = new Set(cellsOf(theirs.flatMap((r) => r.ranges)));
        const taken = new Set(cellsOf(mine.flatMap((r) => r.ranges)));
        for (const c of cellsOf(ranges)) expect(kept.has(c) || taken.has(c)).toBe(true);
        for (const c of cellsOf(cuts)) expect(taken.has(c) || kept.has(c)).toBe(true);
        // Whichever cell a reader counts from (the first range's, the corner of all, LibreOffice's), the same cells.
        for (const r of theirs) {
          for (const c of cellsOf(r.ranges)) {
            expect(targets(r.formula, anchorOf(r), c)).toEqual(targets(rule.formula, anchorOf(rule), c));
            expect(targets(r.formula, bboxCorner(r), c)).toEqual(targets(rule.formula, anchorOf(rule), c));
            expect(targets(r.formula, leastCorner(r), c)).toEqual(targets(rule.formula, anchorOf(rule), c));
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
