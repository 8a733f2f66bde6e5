import { MethodError, showValue } from '../errors';
import { FACTOR_MAX } from '../methodology/factors';
import { isBlank } from './cellValue';
import type { Bilingual } from '../methodology/bilingual';

const NO_FACTOR: Bilingual = { zh: '', en: 'the' };

/**
 * Reads a factor score: a number from 0 to 20; a blank cell is 0. Text, booleans and numbers
 * out of range are errors naming the factor in each language.
 */
export function parseScore(value: unknown, factor: Bilingual = NO_FACTOR): number {
  const names = { factor: factor.zh, factorEn: factor.en };
  if (typeof value === 'number') {
    if (value >= 0 && value <= FACTOR_MAX) return value;
    if (Number.isNaN(value)) throw new MethodError('SCORE_TYPE', { ...names, value: 'NaN' });
    throw new MethodError('SCORE_RANGE', { ...names, value });
  }
  if (isBlank(value)) return 0;
  throw new MethodError('SCORE_TYPE', { ...names, value: showValue(value) });
}
