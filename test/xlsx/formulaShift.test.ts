/**
 * A validation formula read from another top-left cell (xlsx/write/formulaShift.ts), and what
 * becomes of a rule when our new rules take some of its cells (xlsx/write/ruleCut.ts).
 */
import { parseRange } from '../../core/layout/a1';
import { translateFormula } from '../../xlsx/write/formulaShift';
import { cutRule } from '../../xlsx/write/ruleCut';

const range = (ref: string) => parseRange(ref)!;

describe('a formula moved to another top-left cell', () => {
  it.each([
    ['LEN(AH45)<=10', 6, 0, 'LEN(AH51)<=10'],
    ['$A$1+A$1+$A1+A1', 2, 1, '$A$1+B$1+$A3+B3'],
    ['SUM(B2:C3)', 1, 1, 'SUM(C3:D4)'],
    ['SUM(B:B)+SUM(3:4)+SUM($C:$C)+SUM($5:$5)', 1, 1, 'SUM(C:C)+SUM(4:5)+SUM($C:$C)+SUM($5:$5)'],
    ["'My Sheet'!B2+Other!C3+'It''s'!D4", 1, 0, "'My Sheet'!B3+Other!C4+'It''s'!D5"],
    ['AB1!C2', 1, 0, 'AB1!C3'],
    ['"A1"&LOG10(B2)&ATAN2(C3,D4)', 1, 0, '"A1"&LOG10(B3)&ATAN2(C4,D5)'],
    ['COUNTIF($A$3:$A$500,A3)=1', 4, 0, 'COUNTIF($A$3:$A$500,A7)=1'],
    ['XYZ1+TAX_2019+Rate+_xlfn.DAYS(A1,B1)', 1, 0, 'XYZ1+TAX_2019+Rate+_xlfn.DAYS(A2,B2)'],
    ['Table1[[#This Row],[Q1]]+[1]Sheet1!A1', 1, 0, 'Table1[[#This Row],[Q1]]+[1]Sheet1!A2'],
    ['1E5+A1*2.5', 1, 0, '1E5+A2*2.5'],
  ])('%s moved by (%i, %i) is %s', (formula, rows, cols, expected) => {
    expect(translateFormula(formula, rows, cols)).toBe(expected);
  });

  it('gives up on a reference that would leave the sheet, and on an unpaired quote', () => {
    expect(translateFormula('A1048576', 1, 0)).toBeNull();
    expect(translateFormula('XFD1', 0, 1)).toBeNull();
    expect(translateFormula('"open', 1, 0)).toBeNull();
    expect(translateFormula('A1', 0, 0)).toBe('A1');
  });
});

describe('a rule that gives up cells to ours', () => {
  it('keeps checking the same cells when the cut takes its first rows', () => {
    expect(cutRule('AH45:AH60', ['LEN(AH45)<=10'], [range('AH45:AH50')])).toEqual({ whole: false, parts: [{ sqref: 'AH51:AH60', formulas: ['LEN(AH51)<=10'] }] });
  });

  it('changes nothing when the cut leaves its first cell, or takes none of its cells', () => {
    expect(cutRule('AJ3:AJ200', ['LEN(AJ3)<=50'], [range('AJ45:AJ50')])).toEqual({ whole: false, parts: [{ sqref: 'AJ3:AJ44 AJ51:AJ200', formulas: ['LEN(AJ3)<=50'] }] });
    expect(cutRule('B2:B9', ['LEN(B2)<4'], [range('C1:C9')])).toEqual({ whole: false, parts: [{ sqref: 'B2:B9', formulas: ['LEN(B2)<4'] }] });
  });

  it('leaves absolute formulas as they are', () => {
    expect(cutRule('A1:A9', ["'评分标准'!$C$3:$C$8"], [range('A1:A2')])).toEqual({ whole: false, parts: [{ sqref: 'A3:A9', formulas: ["'评分标准'!$C$3:$C$8"] }] });
  });

  it('splits a block whose corner was taken into rules anchored at their own corners', () => {
    expect(cutRule('A1:C10', ['A1>B1'], [range('A1:A5')])).toEqual({
      whole: false,
      parts: [
        { sqref: 'A6:C10', formulas: ['A6>B6'] },
        { sqref: 'B1:C5', formulas: ['B1>C1'] },
      ],
    });
  });

  it('cuts a rule whose first cell readers disagree on only when none of their cells moves', () => {
    // First range C1, corner of all A1, LibreOffice's A3: taking A3:A4 moves LibreOffice's to A9.
    expect(cutRule('C1:C2 A3:A4 A9:B9', ['LEN(C1)>0'], [range('A3:A4')])).toEqual({ whole: true, cells: [range('C1:C2'), range('A3:A4'), range('A9:B9')] });
    expect(cutRule('C1:C2 A3:A4 A9:B9', ['LEN(C1)>0'], [range('B9')])).toEqual({ whole: false, parts: [{ sqref: 'C1:C2 A3:A4 A9', formulas: ['LEN(C1)>0'] }] });
  });

  it('stays whole, with its cells kept from ours, when a reference would leave the sheet', () => {
    expect(cutRule('A1:A9', ['A1<>A1048576'], [range('A1:A2')])).toEqual({ whole: true, cells: [range('A1:A9')] });
  });
});
