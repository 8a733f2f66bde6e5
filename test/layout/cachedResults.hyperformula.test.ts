import fc from 'fast-check';
import { MS, applyPlan, planSetup, type SnapshotCell } from '../../core/layout';
import type { Lang } from '../../core/methodology';
import { ZH_HEADERS, workbook } from './fixtures';
import { toHyperFormula, value } from './hyperformula';
import { expectClose } from '../support/closeTo';

/**
 * The cached result the plan gives each filled formula (written beside the formula in the .xlsx,
 * for previews and viewers that do not calculate) is what a real engine computes.
 */
// Amounts a cell can hold, from a millionth up: Excel keeps no subnormal number (below 2.2251E-308
// it stores 0), and HyperFormula computes NaN for numbers near the bottom of the range, even
// =SUM(1E-300, 0) (fast-check found 5e-324, 2.2250738585072014e-308 and 1e-300; 1e-200 works).
// Such amounts are not money; the rule for money typed as junk is oneTruth's.
const amount = fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.constant(null), fc.constant(''), fc.double({ min: 0, max: 1e7, noNaN: true }).filter((x) => x === 0 || x >= 1e-6));
const name = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== '' && !s.startsWith('='));

describe('cached results of the formula columns a set-up fills', () => {
  it.each<Lang>(['zh', 'en'])('equal what HyperFormula computes on the written workbook (%s)', (lang) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, name, fc.constantFrom('李明', '张伟', 'Ann'), amount), { minLength: 1, maxLength: 8 }), (rows) => {
        const tracker: SnapshotCell[][] = [ZH_HEADERS, ...rows.map(([o, c, rep, a], i) => [`${o}-${i}`, c, rep, a, null, null])];
        const snap = workbook({ name: 'T', rows: tracker, tables: [] });
        const setup = planSetup(snap, { lang });
        const hf = toHyperFormula(applyPlan(snap, setup));
        const filled = setup.fills.filter((f) => f.results);
        expect(filled.length).toBeGreaterThanOrEqual(13);
        for (const f of filled) {
          for (let r = f.top; r <= f.bottom; r++) {
            const cached = f.results![r - f.top];
            if (cached === undefined) continue;
            const computed = value(hf, f.sheet, r, f.col);
            if (typeof cached === 'number') expectClose(computed, cached);
            else expect(computed).toBe(cached);
          }
        }
      }),
      // The case CI found: HyperFormula's result rounded to eleven significant digits (closeTo.ts).
      { numRuns: 20, examples: [[[['!', '!', '李明', 0.8040514823410001], ['!', '!', '李明', 0]]]] },
    );
  });

  // Issue 12 changed this case: it was "leaves the cache out where the formula would give an
  // error (an amount typed as words)" and found the weighted fill's result undefined. The
  // formula never gave an error there (text weighs 0), and the one rule now says so: an amount
  // the formulas cannot use counts as 0, in the cache as in the cell.
  it('caches 0 for the weighted amount of an amount typed as words, as the formula computes', () => {
    const snap = workbook({ name: 'T', rows: [ZH_HEADERS, ['甲', '乙', '李明', '一百万', null, null]], tables: [] });
    const setup = planSetup(snap);
    const weighted = setup.fills.find((f) => f.sheet === setup.tabs.milestones && f.col === MS.weighted)!;
    expect(weighted.results).toEqual([0]);
    expect(value(toHyperFormula(applyPlan(snap, setup)), weighted.sheet, weighted.top, weighted.col)).toBe(0);
  });
});
