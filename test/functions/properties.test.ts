import fc from 'fast-check';
import { isMethodError } from '../../core/errors';
import { FUNCTION_BY_ID, CATALOGUE, invoke, type RawArg, type ResultMatrix } from '../../core/functions';

const fn = (id: string) => FUNCTION_BY_ID.get(id)!;
const call = (id: string, args: RawArg[], lang: 'zh' | 'en' = 'en'): ResultMatrix => invoke(fn(id), args, lang);

// Scores as people type them: whole numbers, halves and tenths, or blank.
const score = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 200 }).map((t) => t / 10), fc.constant(''));
const scoreRow = fc.array(score, { minLength: 5, maxLength: 5 });
const asNumber = (s: unknown) => (s === '' ? 0 : (s as number));
const checkRow = fc.array(fc.boolean(), { minLength: 22, maxLength: 22 });

describe('properties of the custom functions', () => {
  it('gives the same results for five columns and for one range five columns wide', () => {
    fc.assert(
      fc.property(fc.array(scoreRow, { minLength: 1, maxLength: 30 }), (rows) => {
        const columns = [0, 1, 2, 3, 4].map((f) => rows.map((r) => [r[f]]));
        for (const id of ['SALES_INTENSITY', 'FIVEK_INDEX', 'WEAKEST_FACTOR']) {
          expect(call(id, columns)).toEqual(call(id, [rows]));
        }
      }),
    );
  });

  it('sums to the scores (0–100) and multiplies to a 5K index in 0–1 that is 0 exactly when a factor is 0', () => {
    fc.assert(
      fc.property(scoreRow, (row) => {
        const numbers = row.map(asNumber);
        const [[sum]] = call('SALES_INTENSITY', row) as number[][];
        const [[index]] = call('FIVEK_INDEX', row) as number[][];
        expect(sum).toBeCloseTo(numbers.reduce((a, b) => a + b, 0), 9);
        expect(sum).toBeGreaterThanOrEqual(0);
        expect(sum).toBeLessThanOrEqual(100);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThanOrEqual(1);
        expect(index === 0).toBe(numbers.some((n) => n === 0));
      }),
    );
  });

  it('names as weakest a factor whose score is the minimum, the first such', () => {
    const names = ['Problem', 'Power', 'Vision', 'Value', 'Control'];
    fc.assert(
      fc.property(scoreRow, (row) => {
        const numbers = row.map(asNumber);
        const min = Math.min(...numbers);
        expect(call('WEAKEST_FACTOR', row)).toEqual([[names[numbers.indexOf(min)]]]);
      }),
    );
  });

  it('gives a checklist the probability of the milestone it reaches, read back from its name in either language', () => {
    fc.assert(
      fc.property(checkRow, fc.constantFrom<'zh' | 'en'>('zh', 'en'), (row, lang) => {
        const [[name]] = call('MILESTONE', [[row]], lang);
        expect(call('MILESTONE_PROBABILITY', [name])).toEqual(call('MILESTONE_PROBABILITY', [[row]]));
      }),
    );
  });

  it('weights an amount by exactly the milestone probability', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), checkRow, (amount, row) => {
        const [[p]] = call('MILESTONE_PROBABILITY', [[row]]) as number[][];
        expect(call('WEIGHTED_AMOUNT', [amount, [row]])).toEqual([[amount * p]]);
      }),
    );
  });

  it('counts every non-blank milestone once in the funnel, with amounts and forecast adding up', () => {
    const milestone = fc.constantFrom('M1', 'M2', 'M3', 'M4', 'M5', 'M6', '未合格', 'Closed', '合格经办人', 0.5, 0.9);
    fc.assert(
      fc.property(fc.array(fc.tuple(milestone, fc.integer({ min: 0, max: 1_000_000 })), { minLength: 1, maxLength: 50 }), (opps) => {
        const rows = call('FUNNEL', [opps.map(([m]) => [m]), opps.map(([, a]) => [a])]) as [string, number, number, number, number | ''][];
        expect(rows).toHaveLength(7);
        expect(rows.reduce((s, r) => s + r[1], 0)).toBe(opps.length);
        expect(rows.reduce((s, r) => s + r[2], 0)).toBe(opps.reduce((s, [, a]) => s + a, 0));
        const weighted = opps.reduce((s, [m, a]) => s + a * ((call('MILESTONE_PROBABILITY', [m]) as number[][])[0][0]), 0);
        expect(rows.reduce((s, r) => s + r[3], 0)).toBeCloseTo(weighted, 3);
        for (const r of rows) if (r[4] !== '') expect(r[4]).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never crashes: any arguments give a rectangle of finite values or a bilingual MethodError', () => {
    const cell = fc.oneof(
      fc.integer({ min: -5, max: 30 }),
      fc.double(),
      fc.string({ maxLength: 6 }),
      fc.boolean(),
      fc.constantFrom('', null, undefined, 'P5', 'M3', 'x', '问题', 'high', '12万', new Date(0)),
    );
    const range = fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 4 }));
    const wide = fc.array(fc.array(cell, { minLength: 22, maxLength: 22 }), { minLength: 1, maxLength: 3 });
    const arg = fc.oneof(cell, range, wide, fc.constant([]));
    fc.assert(
      fc.property(fc.constantFrom(...CATALOGUE.map((f) => f.id)), fc.array(arg, { maxLength: 6 }), fc.constantFrom<'zh' | 'en'>('zh', 'en'), (id, args, lang) => {
        try {
          const result = call(id, args, lang);
          expect(result.length).toBeGreaterThan(0);
          const width = result[0].length;
          for (const row of result) {
            expect(row).toHaveLength(width);
            for (const value of row) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          }
        } catch (e) {
          expect(isMethodError(e)).toBe(true);
          if (isMethodError(e)) {
            expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
            expect(e.en).toMatch(/[a-z]{3,}/);
            expect(e.code).not.toBe('INTERNAL');
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
