import { parseScore } from './cells/score';
import { MethodError } from './errors';
import { FACTORS, FACTOR_MAX, type Factor } from './methodology/factors';

/** Reads the five scores (problem, power, vision, value, control), each 0..20, blank 0. */
export function readScores(cells: ArrayLike<unknown>): number[] {
  if (cells.length !== FACTORS.length) throw new MethodError('FACTOR_COUNT', { count: cells.length });
  const scores = new Array<number>(FACTORS.length);
  for (let i = 0; i < FACTORS.length; i++) scores[i] = parseScore(cells[i], FACTORS[i]);
  return scores;
}

/** Sales intensity: the sum of the five factor scores, 0..100. */
export function salesIntensity(scores: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < FACTORS.length; i++) sum += scores[i];
  return sum;
}

/** The 5K index: the product of score/20 over the five factors, 0..1; any zero factor makes it 0. */
export function fiveKIndex(scores: readonly number[]): number {
  let product = 1;
  for (let i = 0; i < FACTORS.length; i++) product *= scores[i] / FACTOR_MAX;
  return product;
}

/** The factor with the lowest score; the first in factor order on ties. */
export function weakestFactor(scores: readonly number[]): Factor {
  let weakest = 0;
  for (let i = 1; i < FACTORS.length; i++) if (scores[i] < scores[weakest]) weakest = i;
  return FACTORS[weakest];
}
