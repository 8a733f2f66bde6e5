import fc from 'fast-check';
import {
  CHECKLIST_LENGTH,
  PROBABILITY_BY_LEVEL,
  evaluatePipeline,
  fiveKIndex,
  funnel,
  milestoneLevel,
  outOfOrderItems,
  readScores,
  salesIntensity,
  weakestFactor,
  type MilestoneLevel,
} from '../../core';

const checklist = fc.array(fc.boolean(), { minLength: CHECKLIST_LENGTH, maxLength: CHECKLIST_LENGTH });
// Scores as people enter them: whole numbers, or at most two decimals.
const score = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2000 }).map((x) => x / 100));
const scores = fc.array(score, { minLength: 5, maxLength: 5 });
const level = fc.integer({ min: 0, max: 6 }).map((l) => l as MilestoneLevel);
const opportunity = fc.record({ level, amount: fc.double({ min: 0, max: 1e9, noNaN: true }), rep: fc.constantFrom('李', '张', '王', '') });

describe('invariants', () => {
  it('never lowers the milestone when one more item is ticked', () => {
    fc.assert(
      fc.property(checklist, fc.nat(CHECKLIST_LENGTH - 1), (verified, i) => {
        const more = [...verified];
        more[i] = true;
        return milestoneLevel(more) >= milestoneLevel(verified);
      }),
    );
  });

  it('gives a probability that is one of 0, 0.1, 0.25, 0.5, 0.75, 0.9, 1', () => {
    fc.assert(
      fc.property(checklist, (verified) => [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1].includes(PROBABILITY_BY_LEVEL[milestoneLevel(verified)])),
    );
  });

  it('reports an item out of order exactly when it is ticked after the first gap', () => {
    fc.assert(
      fc.property(checklist, (verified) => {
        const first = verified.indexOf(false);
        const expected = first < 0 ? 0 : verified.slice(first + 1).filter(Boolean).length;
        return outOfOrderItems(verified).length === expected;
      }),
    );
  });

  it('keeps the sales intensity within 0..100', () => {
    fc.assert(fc.property(scores, (s) => {
      const total = salesIntensity(readScores(s));
      return total >= 0 && total <= 100;
    }));
  });

  it('makes the 5K index 0 exactly when a factor is 0, and keeps it within 0..1', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const index = fiveKIndex(readScores(s));
        return index >= 0 && index <= 1 && (index === 0) === s.some((x) => x === 0);
      }),
    );
  });

  it('names a weakest factor whose score no other factor undercuts', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const weakest = weakestFactor(s);
        const i = ['problem', 'power', 'vision', 'value', 'control'].indexOf(weakest.key);
        return s.every((x, j) => x > s[i] || (x === s[i] && j >= i));
      }),
    );
  });

  it('makes the funnel counts add up to the number of opportunities', () => {
    fc.assert(fc.property(fc.array(opportunity, { maxLength: 200 }), (ops) => funnel(ops).rows.reduce((n, r) => n + r.count, 0) === ops.length));
  });

  it('forecasts exactly the sum of the weighted amounts, and by rep the same total', () => {
    fc.assert(
      fc.property(fc.array(opportunity, { maxLength: 200 }), (ops) => {
        const f = funnel(ops);
        const expected = ops.reduce((sum, o) => sum + o.amount * PROBABILITY_BY_LEVEL[o.level], 0);
        const byRep = f.byRep.reduce((sum, r) => sum + r.forecast, 0);
        const tolerance = 1e-9 * Math.max(1, expected);
        return Math.abs(f.forecast - expected) <= tolerance && Math.abs(byRep - expected) <= tolerance;
      }),
    );
  });

  it('keeps every conversion within 0..1', () => {
    fc.assert(fc.property(fc.array(opportunity, { maxLength: 100 }), (ops) => funnel(ops).rows.every((r) => r.conversion === null || (r.conversion >= 0 && r.conversion <= 1))));
  });

  it('agrees row by row with the one-opportunity functions when run over whole columns', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(checklist, scores), { maxLength: 50 }), (rows) => {
        const cells = rows.map(([c, s]) => [...c, ...s]);
        const result = evaluatePipeline(cells, { checklist: 0, scores: 22 });
        return rows.every(([c, s], r) => result.levels[r] === milestoneLevel(c) && Math.abs(result.intensities[r] - salesIntensity(s)) < 1e-9);
      }),
    );
  });
});
