import { columnLetter, quoteSheet, shiftRows } from '../../core/layout/a1';

describe('A1 helpers', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('quotes every sheet name and doubles a quote inside', () => {
    expect(quoteSheet("Bob's 里程碑")).toBe("'Bob''s 里程碑'");
  });

  it('fills a formula down: relative rows move, absolute rows, whole columns and quoted text stay', () => {
    expect(shiftRows(`IF(F3<>TRUE(),INDEX('评分标准'!$F$37:$F$58,1),"A1")`, 4)).toBe(`IF(F7<>TRUE(),INDEX('评分标准'!$F$37:$F$58,1),"A1")`);
    expect(shiftRows(`COUNTIF('里程碑'!$AB:$AB,0)+LOG10(B3)+SUM(B3:C3)+'Q1 2027'!A$3`, 2)).toBe(`COUNTIF('里程碑'!$AB:$AB,0)+LOG10(B5)+SUM(B5:C5)+'Q1 2027'!A$3`);
  });
});
