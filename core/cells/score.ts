import { MethodError, showValue } from '../errors';
import { FACTOR_MAX } from '../methodology/factors';
import { isBlank } from './cellValue';

/**
 * Reads a factor score: a number from 0 to 20; a blank cell is 0. Text, booleans and numbers
 * out of range are errors naming the factor.
 */
export function parseScore(value: unknown, factor = ''): number {
  if (typeof value === 'number') {
    if (value >= 0 && value <= FACTOR_MAX) return value;
    if (Number.isNaN(value)) throw new MethodError('SCORE_TYPE', { factor, value: 'NaN' });
    throw new MethodError('SCORE_RANGE', { factor, value });
  }
  if (isBlank(value)) return 0;
  throw new MethodError('SCORE_TYPE', { factor, value: showValue(value) });
}
