/**
 * Whatever a cell holds, the public functions either answer with a real value (never NaN or
 * undefined) or throw a MethodError with both languages: never a TypeError, never a guess.
 */
import fc from 'fast-check';
import {
  activityMix,
  checklistReport,
  customerGrade,
  evaluatePipeline,
  isMethodError,
  parseAmount,
  parseCheckmark,
  parseMilestone,
  parseScore,
  parseSellerStep,
  readScores,
  rubricLevels,
  rubricScore,
} from '../../core';

/** Anything a host might hand over for a cell, and some things it should not. */
const cell = fc.oneof(
  fc.constantFrom(true, false, null, undefined, '', ' ', 0, 1, -1, 20, 21, NaN, Infinity, '√', '是', 'x', 'P5', '问题', '高', '12万', '¥1,200', '50%'),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.date({ noInvalidDate: true }),
);

/** Runs `fn`; it must return something with no NaN or undefined in it, or throw a MethodError. */
function answersOrRefuses(fn: () => unknown): boolean {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (!isMethodError(e)) throw e;
    return e.zh.length > 0 && e.en.length > 0;
  }
  return isReal(result, 0);
}

function isReal(value: unknown, depth: number): boolean {
  if (value === undefined) return false;
  if (typeof value === 'number') return !Number.isNaN(value);
  if (depth > 4 || value === null || typeof value !== 'object') return true;
  if (ArrayBuffer.isView(value)) return !Array.from(value as unknown as ArrayLike<number>).some((n) => Number.isNaN(n));
  return Object.values(value as object).every((v) => isReal(v, depth + 1));
}

describe('bad input is refused in both languages, never answered with NaN or undefined', () => {
  it('for every cell parser', () => {
    fc.assert(
      fc.property(cell, (v) =>
        [() => parseCheckmark(v), () => parseAmount(v), () => parseScore(v), () => parseMilestone(v), () => parseSellerStep(v)].every(answersOrRefuses),
      ),
    );
  });

  it('for rubric scores and levels', () => {
    fc.assert(fc.property(cell, cell, cell, (f, l, r) => answersOrRefuses(() => rubricScore(f, l, r)) && answersOrRefuses(() => rubricLevels(f, r))));
  });

  it('for customer grades', () => {
    fc.assert(fc.property(cell, cell, cell, (r, a, t) => answersOrRefuses(() => customerGrade(r, a, t))));
  });

  it('for checklists, scores and activity counts of any content and length', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 24 }), (cells) =>
        [() => checklistReport(cells), () => readScores(cells), () => activityMix([{ rep: 'x', counts: cells }])].every(answersOrRefuses),
      ),
    );
  });

  it('for the pipeline over rows of anything: bad rows are listed, the rest add up', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 29, maxLength: 29 }), { maxLength: 30 }), (rows) => {
        const result = evaluatePipeline(rows, { rep: 0, amount: 1, checklist: 2, scores: 24 });
        return isReal(result, 0) && result.errors.length + result.funnel.count === rows.length;
      }),
    );
  });
});
