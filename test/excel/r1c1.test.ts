import fc from 'fast-check';
import { applyPlan, cellRef, columnRef, planFunnel, planSetup, shiftRows } from '../../core/layout';
import { toR1C1 } from '../../excel-addin/workbook/r1c1';
import { r1c1ToA1 } from './fake';
import { zhTracker } from './support';

describe('A1 formulas in R1C1, as the applier fills columns with them', () => {
  it('turns every formula core plans back into itself through the fake’s own R1C1 reader', () => {
    const wb = zhTracker(12);
    const setup = planSetup(wb);
    const funnel = planFunnel(applyPlan(wb, setup), { date: '2027-01-01' });
    let checked = 0;
    for (const block of [...setup.writes, ...funnel.writes]) {
      block.values.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (cell === null || typeof cell !== 'object' || cell instanceof Date) return;
          const r = block.row + i;
          const c = block.col + j;
          const r1c1 = toR1C1(cell.formula, r, c);
          expect({ formula: cell.formula, back: r1c1 === null ? null : r1c1ToA1(`=${r1c1}`, r, c) }).toEqual({ formula: cell.formula, back: `=${cell.formula}` });
          checked++;
        }),
      );
    }
    for (const fill of [...setup.fills, ...funnel.fills]) {
      for (const r of [fill.top, fill.bottom]) {
        const formula = shiftRows(fill.formula, r - fill.top);
        const r1c1 = toR1C1(formula, r, fill.col);
        expect({ formula, back: r1c1 === null ? null : r1c1ToA1(`=${r1c1}`, r, fill.col) }).toEqual({ formula, back: `=${formula}` });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives the same R1C1 for a formula copied down a column', () => {
    expect(toR1C1('IF(ISNUMBER(D3),D3*AD3,0)', 2, 30)).toBe(toR1C1('IF(ISNUMBER(D4),D4*AD4,0)', 3, 30));
    expect(toR1C1("SUM('评分标准'!$E$3:$E$8)+A1", 0, 0)).toBe("SUM('评分标准'!R3C5:R8C5)+RC");
    expect(toR1C1('COUNTIF($D:$D,A1)', 0, 1)).toBe('COUNTIF(C4,RC[-1])');
  });

  it('leaves alone what it does not model: unquoted sheet names, structured references', () => {
    expect(toR1C1('Sheet1!A1', 0, 0)).toBeNull();
    expect(toR1C1('SUM(Table1[Amount])', 0, 0)).toBeNull();
    expect(toR1C1('LOG10(A1)+"A1"', 0, 0)).toBe('LOG10(RC)+"A1"');
  });

  it('round-trips any cell or column reference from any cell', () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(700), fc.nat(5000), fc.nat(700), fc.boolean(), fc.boolean(), (r, c, hr, hc, abs, col) => {
        const ref = col ? columnRef(c) : cellRef(r, c, abs);
        const formula = `SUM(${ref})*2`;
        const r1c1 = toR1C1(formula, hr, hc);
        expect(r1c1).not.toBeNull();
        expect(r1c1ToA1(`=${r1c1}`, hr, hc)).toBe(`=${formula}`);
      }),
    );
  });
});
