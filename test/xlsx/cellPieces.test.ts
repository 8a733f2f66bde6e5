import type { PlanCell } from '../../core/layout';
import { blockCell, cellOpen, followerCell } from '../../xlsx/write/cellPieces';
import { cellXml, sharedFormulaXml } from '../../xlsx/write/cellXml';

const ctx = { date1904: false };
const VALUES: PlanCell[] = [
  '机会-1',
  'plain',
  ' leading space',
  'trailing space ',
  'a & b <c> "d"',
  'bell\u0007',
  'literal _x0041_ escape',
  '',
  null,
  0,
  1,
  -2.5,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  new Date(Date.UTC(2027, 0, 4)),
  new Date(Number.NaN),
  { formula: 'B1*2', result: 4 },
];

describe('cells written from pieces made once', () => {
  it('starts a cell with its column letters', () => {
    expect(cellOpen(0)).toBe('<c r="A');
    expect(cellOpen(27)).toBe('<c r="AB');
  });

  it('writes a block cell exactly as cellXml does, for every kind of value and style', () => {
    for (const style of [0, 1, 7]) {
      for (const value of VALUES) {
        expect(blockCell(27, '12', value, style, ctx)).toBe(cellXml('AB12', value, style, ctx));
        // Twice: the second answer comes from the pieces made by the first.
        expect(blockCell(27, '13', value, style, ctx)).toBe(cellXml('AB13', value, style, ctx));
      }
    }
  });

  it('writes dates of a 1904 workbook as cellXml does', () => {
    const date = new Date(Date.UTC(2027, 0, 4));
    expect(blockCell(2, '5', date, 3, { date1904: true })).toBe(cellXml('C5', date, 3, { date1904: true }));
  });

  it('writes a shared formula follower exactly as sharedFormulaXml does, whatever its cached result', () => {
    const results: (PlanCell | undefined)[] = [undefined, 0, 3, 1023, 1024, 0.25, -1, Number.NaN, 'M1 合格潜在客户', '', 'x<y', true, false, new Date(Date.UTC(2027, 0, 4)), null];
    for (const si of [0, 5]) {
      for (const style of [0, 4]) {
        for (const result of results) {
          expect(followerCell(30, '99', style, si, result, ctx)).toBe(sharedFormulaXml('AE99', style, si, result, ctx));
          expect(followerCell(30, '100', style, si, result, ctx)).toBe(sharedFormulaXml('AE100', style, si, result, ctx));
        }
      }
    }
  });
});
